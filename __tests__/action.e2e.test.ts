import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { visibleControls } from '../src/report/escape.js'
import { ROOT } from './helpers/cli.js'
import { foreignMarkup, renderGfm } from './helpers/gfm.js'
import { FakeGitHub } from './helpers/github-api.js'
import { pullRequestEvent, runAction } from './helpers/action.js'
import { readActionYml } from './helpers/action-yml.js'
import { type FixtureEntry, sourceMap, tempDir, writeTarball } from './helpers/tarball.js'

const MARKER = '<!-- pack-guard:sticky-comment -->'
let dir: string
let before: string
let leaky: string
let clean: string
let leakier: string
let hostile: string
const servers: FakeGitHub[] = []

const base: FixtureEntry[] = [{ path: 'README.md', content: '# widgets\n' }, { path: 'dist/index.js', content: 'export const x = 1\n' }]
const HOSTILE_NAMES = [
  'dist/a\n::error::pwned.js.map',
  'dist/<img src=x onerror=alert(1)>.js.map',
  'dist/@octocat-[x](http://evil.test)|b`c`.js.map',
  'dist/%0A::add-mask::x,y:z.js.map',
]

async function github(options: ConstructorParameters<typeof FakeGitHub>[0] = {}): Promise<FakeGitHub> {
  const server = await new FakeGitHub(options).start()
  servers.push(server)
  return server
}

beforeAll(async () => {
  dir = tempDir()
  before = await writeTarball(dir, 'before.tgz', base, { name: '@acme/widgets', version: '1.0.0' })
  leaky = await writeTarball(dir, 'leaky.tgz', [...base, { path: 'dist/index.js.map', content: sourceMap(120, true) }], { name: '@acme/widgets', version: '1.1.0' })
  leakier = await writeTarball(dir, 'leakier.tgz', [...base, { path: 'dist/index.js.map', content: sourceMap(120, true) }, { path: 'dist/other.js.map', content: sourceMap(30, true) }], { name: '@acme/widgets', version: '1.1.0' })
  clean = await writeTarball(dir, 'clean.tgz', [...base, { path: 'dist/extra.js', content: 'export const y = 2\n' }], { name: '@acme/widgets', version: '1.1.0' })
  hostile = await writeTarball(dir, 'hostile.tgz', [...base, ...HOSTILE_NAMES.map((path) => ({ path, content: sourceMap(2, true) }))], { name: '@acme/widgets', version: '1.1.0' })
})

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.stop()))
})

describe('the bundled action on a pull request', () => {
  it('fails on a map with embedded sources: annotation, summary, outputs, one comment; a second run updates it', async () => {
    const api = await github()
    const inputs = { path: leaky, baseline: before, 'github-token': 'token-x' }
    const first = await runAction(inputs, { event: pullRequestEvent(7), apiUrl: api.url })
    expect(first.code, first.stderr).toBe(1)
    const errors = first.commands.filter((c) => c.command === 'error')
    expect(errors.some((c) => c.line.includes('title=pack-guard source-map/sources-content') && c.line.includes('dist/index.js.map'))).toBe(true)
    expect(first.summary).toContain('`dist/index.js.map`')
    expect(first.summary).toContain('source-map/sources-content')
    expect(first.outputs.errors).toBe('1')
    // Every output action.yml declares is written, and nothing it does not declare.
    expect(Object.keys(first.outputs).sort()).toEqual(Object.keys(readActionYml().outputs).sort())
    expect(first.outputs.warnings).toBe('0')
    expect(Number(first.outputs['packed-size-delta'])).toBeGreaterThan(0)
    const report = JSON.parse(readFileSync(first.outputs.report, 'utf8'))
    expect(report.packages[0].findings[0]).toMatchObject({ rule: 'source-map/sources-content', path: 'dist/index.js.map' })
    expect(api.writes().map((r) => r.method)).toEqual(['POST'])
    expect(api.comments).toHaveLength(1)
    expect(api.comments[0].body).toContain(MARKER)
    // The comment guides: which commit it judged, each rule linked to its docs, how to accept and who may.
    expect(api.comments[0].body).toContain('Judged commit `abc1234def56`')
    expect(api.comments[0].body).toContain('[`source-map/sources-content`](https://github.com/pack-guard/pack-guard/blob/main/docs/rules.md#source-mapsources-content)')
    expect(api.comments[0].body).toMatch(/someone with triage or write access adds the `pack-guard: accept` label/)
    expect(first.outputs['comment-url']).toBe(api.comments[0].html_url)
    expect(first.commands.filter((c) => c.command === 'error').at(-1)?.line).toMatch(/^::error::pack-guard: 1 error\(s\) and 0 warning\(s\) found/)

    // The same report again: the comment already says it, so nothing is written.
    const second = await runAction(inputs, { event: pullRequestEvent(7), apiUrl: api.url })
    expect(second.code).toBe(1)
    expect(api.writes().map((r) => r.method)).toEqual(['POST'])
    // A push that changes the findings updates that comment in place.
    const third = await runAction({ ...inputs, path: leakier }, { event: pullRequestEvent(7), apiUrl: api.url })
    expect(third.code).toBe(1)
    expect(api.writes().map((r) => r.method)).toEqual(['POST', 'PATCH'])
    expect(api.writes()[1].path).toContain(`/issues/comments/${api.comments[0].id}`)
    expect(api.comments).toHaveLength(1)
    expect(api.comments[0].body).toMatch(/other(?:\.|&#46;)js/)
  })

  it('rewrites the comment to an all-clear when a later push is clean, and keeps it', async () => {
    const api = await github()
    await runAction({ path: leaky, baseline: before, 'github-token': 't' }, { event: pullRequestEvent(7), apiUrl: api.url })
    const later = await runAction({ path: clean, baseline: before, 'github-token': 't' }, { event: pullRequestEvent(7), apiUrl: api.url })
    expect(later.code, later.stderr).toBe(0)
    expect(api.comments).toHaveLength(1)
    expect(api.comments[0].body).toContain('PASS')
    expect(api.comments[0].body).not.toContain('sources-content')
    expect(api.writes().map((r) => r.method)).toEqual(['POST', 'PATCH'])
  })

  it('adds no comment on a clean run when there was none', async () => {
    const api = await github()
    const result = await runAction({ path: clean, baseline: before, 'github-token': 't' }, { event: pullRequestEvent(7), apiUrl: api.url })
    expect(result.code).toBe(0)
    expect(api.writes()).toEqual([])
  })

  it('finds its comment on page 3 among many, and ignores the marker in someone else\'s comment', async () => {
    const api = await github()
    api.addComment('mallory', `${MARKER} fake report`)
    for (let i = 0; i < 230; i++) api.addComment(`user${i}`, `comment ${i}`)
    const ours = api.addComment('github-actions[bot]', `${MARKER}\nold report`, 'Bot')
    const result = await runAction({ path: leaky, baseline: before, 'github-token': 't' }, { event: pullRequestEvent(7), apiUrl: api.url })
    expect(result.code).toBe(1)
    expect(api.requests.filter((r) => r.method === 'GET' && r.path.includes('/comments')).length).toBe(3)
    expect(api.writes()).toEqual([expect.objectContaining({ method: 'PATCH', path: `/repos/acme/widgets/issues/comments/${ours.id}` })])
    expect(api.comments.find((c) => c.user.login === 'mallory')?.body).toBe(`${MARKER} fake report`)
  })

  it('with a read-only token (fork PR) warns once, still fails the gate, and the summary has the full report', async () => {
    const api = await github({ readOnly: true })
    const result = await runAction({ path: leaky, baseline: before, 'github-token': 't' }, { event: pullRequestEvent(7), apiUrl: api.url })
    expect(result.code).toBe(1)
    const warnings = result.commands.filter((c) => c.command === 'warning' && c.line.includes('could not write the pull request comment'))
    expect(warnings).toHaveLength(1)
    expect(result.summary).toContain('source-map/sources-content')
    expect(result.summary).toContain('| packed |')
    expect(api.comments).toHaveLength(0)
  })

  it('keeps hostile file names inert in annotations, summary and comment', async () => {
    const api = await github()
    const result = await runAction({ path: hostile, baseline: before, 'github-token': 't' }, { event: pullRequestEvent(7), apiUrl: api.url })
    expect(result.code).toBe(1)
    // Only our own commands start lines: no injected ::error::pwned, ::add-mask:: or ::stop-commands::.
    for (const line of result.stdout.split(/\r?\n/)) {
      expect(line.startsWith('::error::pwned')).toBe(false)
      expect(line.startsWith('::add-mask::')).toBe(false)
      expect(line.startsWith('::stop-commands::')).toBe(false)
      if (line.startsWith('::')) expect(line).toMatch(/^::(error|warning|notice)( [^:]*)?::/)
    }
    for (const text of [result.summary, api.comments[0].body]) {
      expect(text).not.toContain('\n::error::pwned')
      // What a reviewer sees: every name as itself, in code; no tag, link, image or mention made of one.
      const rendered = renderGfm(text)
      expect(foreignMarkup(rendered)).toEqual([])
      expect(rendered.mentions).toEqual([])
      // Each file shows under the name npm writes: `//` in a name is one folder separator once installed.
      for (const name of HOSTILE_NAMES) expect(rendered.code).toContain(visibleControls(name.replace(/\/{2,}/g, '/')))
    }
  })

  it('the label accepts what the comment showed when it was added, over three pushes, and nothing that came later', async () => {
    const api = await github({ labelEvents: [['pack-guard: accept', 'alice']] })
    const inputs = { path: leaky, baseline: before, 'github-token': 't' }
    // Push 1: the finding is shown.
    const shown = await runAction(inputs, { event: pullRequestEvent(7), apiUrl: api.url })
    expect(shown.code).toBe(1)
    // The reviewer adds the label (the workflow runs again on `labeled`): what was shown is accepted.
    const labelled = await runAction(inputs, { event: pullRequestEvent(7, ['pack-guard: accept']), apiUrl: api.url })
    expect(labelled.code, labelled.stdout).toBe(0)
    expect(labelled.outputs.errors).toBe('0')
    expect(api.comments[0].body).toContain('**Accepted** by `@alice` with the `pack-guard: accept` label')
    const banner = renderGfm(api.comments[0].body).blocks.find((b) => b.startsWith('Accepted by'))
    expect(banner).toMatch(/^Accepted by @alice with the pack-guard: accept label: these findings do not fail the check/)
    expect(renderGfm(api.comments[0].body).mentions).toEqual([])
    expect(api.comments[0].body).toContain('removing the label')
    expect(labelled.commands.filter((c) => c.command === 'error')).toEqual([])
    // Push 3 adds a second map with sources: the label does not cover it, and the gate fails on it alone.
    const later = await runAction({ ...inputs, path: leakier }, { event: pullRequestEvent(7, ['pack-guard: accept']), apiUrl: api.url })
    expect(later.code).toBe(1)
    expect(later.outputs.errors).toBe('1')
    const errors = later.commands.filter((c) => c.command === 'error' && c.line.includes('source-map/sources-content'))
    expect(errors).toHaveLength(1)
    expect(errors[0].line).toMatch(/other/)
    expect(api.comments[0].body).toContain('Not covered by the label')
    expect(api.comments).toHaveLength(1)
    // The label removed: the record goes, and both findings count again.
    const removed = await runAction({ ...inputs, path: leakier }, { event: pullRequestEvent(7), apiUrl: api.url })
    expect(removed.outputs.errors).toBe('2')
    expect(api.comments[0].body).not.toContain('pack-guard:accepted')
    // Labelled again, it now covers both: what the comment showed at that moment.
    const again = await runAction({ ...inputs, path: leakier }, { event: pullRequestEvent(7, ['pack-guard: accept']), apiUrl: api.url })
    expect(again.code).toBe(0)
  })

  it('a label with no comment to bind to accepts nothing, and says why', async () => {
    const api = await github({ labelEvents: [['pack-guard: accept', 'alice']] })
    const result = await runAction({ path: leaky, baseline: before, 'github-token': 't' }, { event: pullRequestEvent(7, ['pack-guard: accept']), apiUrl: api.url })
    expect(result.code).toBe(1)
    expect(result.commands.some((c) => c.command === 'warning' && c.line.includes('nothing was accepted'))).toBe(true)
  })

  it('fails with one line on a bad input', async () => {
    const result = await runAction({ path: leaky, baseline: before, 'fail-on': 'sometimes' })
    expect(result.code).toBe(1)
    expect(result.commands.map((c) => c.line)).toEqual(['::error::input fail-on: expected one of error, warning, never, got "sometimes"'])
    expect(result.stderr).toBe('')
  })

  it('names an unreadable tarball in one line', async () => {
    const broken = join(dir, 'broken.tgz')
    writeFileSync(broken, 'nope')
    const result = await runAction({ path: broken, baseline: 'none' })
    expect(result.code).toBe(1)
    expect(result.commands.map((c) => c.line)).toEqual([`::error::${broken}: not a gzip file (incorrect header check)`])
  })

  it('points annotations of a workspace package at files in that package', async () => {
    const repo = tempDir()
    const write = (path: string, content: string) => {
      mkdirSync(join(repo, path, '..'), { recursive: true })
      writeFileSync(join(repo, path), content)
    }
    write('package.json', JSON.stringify({ name: 'monorepo', private: true, workspaces: ['packages/*'] }))
    write('packages/a/package.json', JSON.stringify({ name: '@acme/a', version: '1.0.0', files: ['index.js'] }))
    write('packages/a/index.js', 'export {}\n')
    write('packages/b/package.json', `{\n  "name": "@acme/b",\n  "version": "1.0.0",\n  "files": ["index.js", ".env"]\n}\n`)
    write('packages/b/index.js', 'export {}\n')
    write('packages/b/.env', 'DEBUG=1\n')
    write('packages/internal/package.json', JSON.stringify({ name: '@acme/internal', version: '1.0.0', private: true }))
    const result = await runAction({ path: '.', baseline: 'none' }, { workspace: repo })
    expect(result.code, result.stderr).toBe(1)
    const errors = result.commands.filter((c) => c.command === 'error' && c.line.includes('secrets/file'))
    expect(errors).toHaveLength(1)
    expect(errors[0].line).toContain('file=packages/b/.env')
    // The private workspace is listed as skipped in the report file and in the job summary.
    const report = JSON.parse(readFileSync(result.outputs.report, 'utf8'))
    expect(report.skipped).toEqual([{ name: '@acme/internal', path: 'packages/internal', reason: 'private' }])
    expect(result.summary).toMatch(/Skipped: .*internal.* \(private\)/)
  })
})

describe('the fork pattern: a workflow_run job posts a finished report', () => {
  it('finds the fork PR by its head and comments', async () => {
    const api = await github({ pullsByHead: { 'contributor:fix-build': 42 } })
    const first = await runAction({ path: leaky, baseline: before }, { event: {}, eventName: 'push' })
    const event = { workflow_run: { pull_requests: [], head_branch: 'fix-build', head_repository: { owner: { login: 'contributor' } } } }
    const post = await runAction({ 'report-file': first.outputs.report, 'github-token': 't' }, { event, eventName: 'workflow_run', apiUrl: api.url })
    expect(post.code).toBe(1)
    expect(api.writes()).toEqual([expect.objectContaining({ method: 'POST', path: '/repos/acme/widgets/issues/42/comments' })])
    expect(api.comments[0].body).toContain('source-map/sources-content')
  })

  it('posts the gate verdict: a posting job with fail-on never passes, but its comment says FAIL', async () => {
    const api = await github({ pullsByHead: { 'contributor:fix-build': 42 } })
    const first = await runAction({ path: leaky, baseline: before }, { event: {}, eventName: 'push' })
    expect(first.code).toBe(1)
    const event = { workflow_run: { pull_requests: [], head_branch: 'fix-build', head_repository: { owner: { login: 'contributor' } } } }
    const post = await runAction({ 'report-file': first.outputs.report, 'github-token': 't', 'fail-on': 'never' }, { event, eventName: 'workflow_run', apiUrl: api.url })
    expect(post.code, post.stdout).toBe(0)
    expect(api.comments[0].body).toMatch(/## pack-guard: FAIL: 1 error/)
    expect(api.comments[0].body).not.toMatch(/PASS/)
    expect(post.summary).toMatch(/pack-guard: FAIL/)
    expect(JSON.parse(readFileSync(post.outputs.report, 'utf8'))).toMatchObject({ verdict: 'fail', failOn: 'error' })
  })

  it('does not post a report of an older commit once the fork PR has moved on', async () => {
    const api = await github({ pullsByHead: { 'contributor:fix-build': { number: 42, sha: 'b'.repeat(40) } } })
    const first = await runAction({ path: leaky, baseline: before }, { event: {}, eventName: 'push' })
    const event = { workflow_run: { pull_requests: [], head_branch: 'fix-build', head_sha: 'a'.repeat(40), head_repository: { owner: { login: 'contributor' } } } }
    const post = await runAction({ 'report-file': first.outputs.report, 'github-token': 't' }, { event, eventName: 'workflow_run', apiUrl: api.url })
    expect(post.code).toBe(1) // the gate still holds
    expect(api.writes()).toEqual([])
    expect(post.stdout).toContain('has moved on to bbbbbbb since this report of aaaaaaa')
    // The same head: it posts.
    const current = { workflow_run: { ...event.workflow_run, head_sha: 'b'.repeat(40) } }
    await runAction({ 'report-file': first.outputs.report, 'github-token': 't' }, { event: current, eventName: 'workflow_run', apiUrl: api.url })
    expect(api.writes()).toEqual([expect.objectContaining({ method: 'POST', path: '/repos/acme/widgets/issues/42/comments' })])
  })

  it('recomputes the verdict of a report file and drops its label acceptances', async () => {
    const first = await runAction({ path: leaky, baseline: before }, { event: {}, eventName: 'push' })
    const forged = JSON.parse(readFileSync(first.outputs.report, 'utf8'))
    forged.verdict = 'pass'
    forged.counts = { error: 0, warning: 0, notice: 0 }
    forged.packages[0].findings[0].suppressed = { by: 'label', reason: 'accepted by @someone' }
    const file = join(dir, 'forged.json')
    writeFileSync(file, JSON.stringify(forged))
    const post = await runAction({ 'report-file': file }, { eventName: 'workflow_run' })
    expect(post.code).toBe(1)
    expect(post.outputs.errors).toBe('1')
    expect(post.summary).not.toContain('accepted by')
  })

  it('refuses a tampered report in one line', async () => {
    const file = join(dir, 'tampered.json')
    const measure = { before: null, after: 1 }
    const pkg = { name: 'x', version: '1', baseline: { version: null, source: 'none' }, packed: measure, unpacked: measure, fileCount: measure, files: { added: [], removed: [], changed: [] } }
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, failOn: 'error', packages: [{ ...pkg, findings: [{ rule: 'x`<b>', severity: 'error', message: 'm' }] }] }))
    const result = await runAction({ 'report-file': file }, { eventName: 'workflow_run' })
    expect(result.code).toBe(1)
    expect(result.commands.map((c) => c.line)).toEqual([`::error::${file}: not a pack-guard report (packages[0].findings[0].rule: not one of the known values)`])
  })
})

describe('secrets in the action', () => {
  it('masks each found value with add-mask, and no output, summary or comment holds it', async () => {
    const { FAKE } = await import('./helpers/secrets.js')
    const withSecret = await writeTarball(dir, 'secret.tgz', [...base, { path: 'dist/config.js', content: `module.exports={token:"${FAKE.github}"}\n` }], { name: '@acme/widgets', version: '1.1.0' })
    const api = await github({ labelEvents: [['pack-guard: accept', 'alice']] })
    const result = await runAction({ path: withSecret, baseline: before, 'github-token': 't' }, { event: pullRequestEvent(7, ['pack-guard: accept']), apiUrl: api.url })
    expect(result.code).toBe(1) // the label cannot accept a secret
    const masks = result.commands.filter((c) => c.command === 'add-mask')
    expect(masks.map((c) => c.line)).toEqual([`::add-mask::${FAKE.github}`])
    const rest = result.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n')
    for (const text of [rest, result.summary, api.comments[0].body, readFileSync(result.outputs.report, 'utf8')]) expect(text).not.toContain(FAKE.github.slice(4))
    expect(api.comments[0].body).toContain('Secrets cannot be accepted by a label')
  })
})
