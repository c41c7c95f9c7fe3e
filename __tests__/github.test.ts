import { describe, expect, it } from 'vitest'
import { buildReport } from '../src/core/analyze.js'
import type { Finding, PackageReport } from '../src/core/types.js'
import { acceptFindings, acceptableFingerprints, findingFingerprint, parseAcceptanceRecord, renderAcceptanceRecord } from '../src/github/accept.js'
import type { GitHubApi, IssueComment } from '../src/github/api.js'
import { ANNOTATIONS_PER_LEVEL, filesFieldLine, planAnnotations } from '../src/github/annotations.js'
import { readInputs } from '../src/github/inputs.js'
import { upsertStickyComment } from '../src/github/sticky-comment.js'

function pkg(findings: Finding[]): PackageReport {
  return {
    name: 'p', version: '1.0.0', baseline: { version: '0.9.0', source: 'x' },
    packed: { before: 1, after: 2 }, unpacked: { before: 1, after: 2 }, fileCount: { before: 1, after: 1 },
    files: { added: [], removed: [], changed: [] }, findings,
  }
}
const finding = (rule: Finding['rule'], severity: Finding['severity'], path?: string): Finding => ({ rule, severity, path, message: `${rule} on ${path}` })

describe('planAnnotations', () => {
  it('sends at most 10 per level, errors first, and counts the rest in the last slot', () => {
    const findings = [
      ...Array.from({ length: 15 }, (_, i) => finding('files/forbidden', 'error', `e${i}`)),
      ...Array.from({ length: 3 }, (_, i) => finding('files/dev-leftover', 'warning', `w${i}`)),
    ]
    const plan = planAnnotations(buildReport([pkg(findings)], { failOn: 'error' }, '0'), () => ({}))
    const errors = plan.filter((a) => a.level === 'error')
    expect(errors).toHaveLength(ANNOTATIONS_PER_LEVEL)
    expect(errors.at(-1)?.message).toMatch(/^6 more errors are not shown/)
    expect(plan.filter((a) => a.level === 'warning')).toHaveLength(3)
    expect(plan[0]).toMatchObject({ level: 'error', title: 'pack-guard files/forbidden' })
  })

  it('skips accepted findings', () => {
    const packages = [pkg([finding('files/forbidden', 'error', 'a')])]
    const report = buildReport(acceptFindings(packages, 'ok', 'bob', acceptableFingerprints(packages)), { failOn: 'error' }, '0')
    expect(planAnnotations(report, () => ({}))).toEqual([])
    expect(report.verdict).toBe('pass')
  })

  it('finds the files line of package.json', () => {
    expect(filesFieldLine('{\n  "name": "x",\n  "files": [\n    "dist"\n  ]\n}')).toBe(3)
    expect(filesFieldLine('{"name":"x"}')).toBeUndefined()
  })
})

describe('acceptFindings', () => {
  it('never accepts secrets, and leaves its input alone', () => {
    const input = [pkg([finding('secrets/npm-token', 'error', '.npmrc'), finding('size/total-jump', 'warning')])]
    const copy = structuredClone(input)
    const [accepted] = acceptFindings(input, 'pack-guard: accept', 'alice', new Set([findingFingerprint('p', input[0].findings[0]), findingFingerprint('p', input[0].findings[1])]))
    expect(accepted.findings[0].suppressed).toBeUndefined()
    expect(accepted.findings[1].suppressed).toEqual({ by: 'label', reason: 'accepted by @alice with the "pack-guard: accept" label' })
    expect(input).toEqual(copy)
    expect(buildReport([accepted], { failOn: 'error' }, '0').verdict).toBe('fail')
  })
})

describe('acceptance bound to what was shown', () => {
  it('accepts only the findings it covers: a new path, rule or a higher severity is a new finding', () => {
    const shown = [pkg([finding('source-map/new', 'warning', 'dist/a.js.map')])]
    const covers = acceptableFingerprints(shown)
    const later = [pkg([finding('source-map/new', 'warning', 'dist/a.js.map'), finding('source-map/new', 'warning', 'dist/b.js.map'), finding('source-map/sources-content', 'error', 'dist/a.js.map'), finding('source-map/new', 'error', 'dist/a.js.map')])]
    const [accepted] = acceptFindings(later, 'ok', 'alice', covers)
    expect(accepted.findings.map((f) => Boolean(f.suppressed))).toEqual([true, false, false, false])
  })

  it('pins the fingerprint: a change would silently drop every recorded acceptance', () => {
    // sha256("p\0files/forbidden\0a\0error"), first 16 hex digits, computed outside the code under test.
    expect(findingFingerprint('p', { rule: 'files/forbidden', path: 'a', severity: 'error' })).toBe('af4aa9a922addc31')
  })

  it('writes and reads its hidden record, and ignores what does not parse', () => {
    const record = { shown: new Set(['0123456789abcdef', 'fedcba9876543210']), accepted: { by: 'alice', fingerprints: new Set(['0123456789abcdef']) } }
    const body = ['<!-- pack-guard:sticky-comment -->', ...renderAcceptanceRecord(record), '## pack-guard'].join('\n')
    expect(parseAcceptanceRecord(body)).toEqual(record)
    expect(parseAcceptanceRecord('no record')).toEqual({ shown: new Set() })
    const forged = parseAcceptanceRecord('<!-- pack-guard:accepted v1 by=al!ce\"x nothex 0123456789abcdef -->')
    expect(forged.accepted).toEqual({ by: undefined, fingerprints: new Set(['0123456789abcdef']) })
    expect(renderAcceptanceRecord({ shown: new Set(), accepted: { by: 'x -->', fingerprints: new Set() } }).join('')).not.toContain('x -->')
  })
})

describe('upsertStickyComment', () => {
  function fakeApi(comments: IssueComment[], own = 'github-actions[bot]') {
    const calls: string[] = []
    const api: GitHubApi = {
      listComments: async () => comments,
      createComment: async (body) => (calls.push(`create ${body}`), { id: 9, body, html_url: 'u9', user: { login: own } }),
      updateComment: async (id, body) => (calls.push(`update ${id} ${body}`), { id, body, html_url: `u${id}`, user: { login: own } }),
      whoAddedLabel: async () => undefined,
      ownLogin: async () => own,
      labels: async () => [],
    }
    return { api, calls }
  }

  it('updates our marked comment, not another user\'s', async () => {
    const { api, calls } = fakeApi([
      { id: 1, body: 'M other', html_url: 'u1', user: { login: 'mallory' } },
      { id: 2, body: 'M ours', html_url: 'u2', user: { login: 'github-actions[bot]' } },
    ])
    expect(await upsertStickyComment(api, 'M', 'M new', true)).toEqual({ action: 'updated', url: 'u2' })
    expect(calls).toEqual(['update 2 M new'])
  })

  it('creates one when none exists, unless the run is clean', async () => {
    expect((await upsertStickyComment(fakeApi([]).api, 'M', 'M body', true)).action).toBe('created')
    const clean = fakeApi([])
    expect((await upsertStickyComment(clean.api, 'M', 'M body', false)).action).toBe('skipped')
    expect(clean.calls).toEqual([])
  })

  it('does not write when the body is the same', async () => {
    const { api, calls } = fakeApi([{ id: 2, body: 'M same', html_url: 'u2', user: { login: 'github-actions[bot]' } }])
    expect((await upsertStickyComment(api, 'M', 'M same', true)).action).toBe('unchanged')
    expect(calls).toEqual([])
  })
})

describe('readInputs', () => {
  const inputs = (values: Record<string, string>) => readInputs((name) => values[name] ?? '')
  it('reads several paths and defaults', () => {
    expect(inputs({ path: 'packages/a\n\n  packages/b  \n' })).toMatchObject({ paths: ['packages/a', 'packages/b'], baseline: 'auto', failOn: undefined, comment: true, runScripts: false, acceptLabel: 'pack-guard: accept' })
  })
  it('names a bad boolean', () => {
    expect(() => inputs({ comment: 'maybe' })).toThrow('input comment: expected true or false, got "maybe"')
  })
})
