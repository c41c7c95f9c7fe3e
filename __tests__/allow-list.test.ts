import { describe, expect, it } from 'vitest'
import { analyzePackage, buildReport } from '../src/core/analyze.js'
import { applyPolicy, failsAt, reachesFailOn, sortFindings, strictestFailOn } from '../src/core/findings.js'
import { DEFAULT_POLICY, type Policy } from '../src/core/policy.js'
import type { Finding, PackageSnapshot } from '../src/core/types.js'
import { SecretScanner, fingerprint } from '../src/inspect/secret-scanner.js'
import { sourceMap } from './helpers/tarball.js'
import { type SnapshotFile, snapshot } from './helpers/snapshot.js'

/**
 * Allow-lists in the negative: an entry hides what it names and nothing else.
 * The secrets are fixed literals (made up, in the real shapes), and their
 * fingerprints are written out below, computed outside the code under test
 * (`printf %s VALUE | sha256sum | cut -c1-12`): a change of the fingerprint
 * function would break every user's `secrets.allow`, and must fail here.
 */
const GITHUB = 'ghp_Pq7Rk2Vx9Lm4Tz8Wb3Nc6Hd1Jf5Gs0Ya2Ue7'
const GITHUB_PRINT = 'sha256:7b56602e80f1'
const NPM = 'npm_Zt4Lq9Wm2Xr7Kp3Vb8Nc5Hd1Jf6Gs0Ya4Ue2'
const NPM_PRINT = 'sha256:68d7d3ae8692'
const AWS_KEY_ID = 'AKIAQ7XK2M4P6R3T5V7W'
const AWS_KEY_ID_PRINT = 'sha256:79e83097bd93'

const BASE: SnapshotFile[] = [
  ['package.json', '{"name":"fixture-pkg","version":"1.0.0"}'],
  ['dist/index.js', 'export const x = 1\n'],
]

function findingsOf(added: SnapshotFile[], policy: Partial<Policy>): Finding[] {
  const before = snapshot(BASE)
  const after = snapshot([...BASE, ...added], { version: '1.1.0' })
  return analyzePackage({ before, after, baseline: { version: '1.0.0', source: 'test' }, policy: { ...DEFAULT_POLICY, ...policy } }).findings
}

const shown = (findings: Finding[]) => findings.map((f) => `${f.rule} ${f.path ?? '-'} ${f.suppressed ? `allowed(${f.suppressed.reason})` : 'counts'}`)

describe('pinned fingerprints (literal values, literal sha256 prefixes)', () => {
  it('fingerprint() is "sha256:" and the first 12 hex digits of the SHA-256 of the value', () => {
    expect(fingerprint(GITHUB)).toBe(GITHUB_PRINT)
    expect(fingerprint(NPM)).toBe(NPM_PRINT)
    expect(fingerprint(AWS_KEY_ID)).toBe(AWS_KEY_ID_PRINT)
    expect(fingerprint('')).toBe('sha256:e3b0c44298fc')
  })

  it('the scanner fingerprints the token itself, not its line or its quotes', () => {
    const scanner = new SecretScanner('dist/a.js')
    scanner.write(Buffer.from(`const a = "${GITHUB}";\nconst b = '${NPM}'\nid=${AWS_KEY_ID}\n`))
    expect(scanner.end()?.matches).toEqual([
      { kind: 'github-token', line: 1, preview: 'ghp_', fingerprint: GITHUB_PRINT },
      { kind: 'npm-token', line: 2, preview: 'npm_', fingerprint: NPM_PRINT },
      { kind: 'aws-access-key', line: 3, preview: 'AKIA', fingerprint: AWS_KEY_ID_PRINT },
    ])
  })

  it('an allow entry written with the literal fingerprint (as a user copies it from the report) hides the secret', () => {
    const findings = findingsOf([['dist/gh.js', `t="${GITHUB}"`]], { secretAllow: [{ fingerprint: GITHUB_PRINT, reason: 'revoked demo token' }] })
    expect(shown(findings)).toEqual(['secrets/github-token dist/gh.js allowed(revoked demo token)'])
    expect(findings[0].message).toContain(GITHUB_PRINT)
  })
})

describe('secrets.allow hides only what it names', () => {
  it('an entry with another fingerprint hides nothing', () => {
    const findings = findingsOf([['dist/gh.js', `t="${GITHUB}"`]], { secretAllow: [{ fingerprint: NPM_PRINT, reason: 'a different token' }] })
    expect(shown(findings)).toEqual(['secrets/github-token dist/gh.js counts'])
  })

  it('a fingerprint that differs in one digit hides nothing', () => {
    const near = `${GITHUB_PRINT.slice(0, -1)}${GITHUB_PRINT.endsWith('0') ? '1' : '0'}`
    const findings = findingsOf([['dist/gh.js', `t="${GITHUB}"`]], { secretAllow: [{ fingerprint: near, reason: 'near miss' }] })
    expect(shown(findings)).toEqual(['secrets/github-token dist/gh.js counts'])
  })

  it('allowing one of two secrets in a file leaves the file counting', () => {
    const file: SnapshotFile = ['dist/both.js', `a="${GITHUB}"\nb="${NPM}"\n`]
    const one = findingsOf([file], { secretAllow: [{ fingerprint: GITHUB_PRINT, reason: 'demo' }] })
    expect(shown(one)).toEqual(['secrets/github-token dist/both.js counts'])
    const other = findingsOf([file], { secretAllow: [{ fingerprint: NPM_PRINT, reason: 'demo' }] })
    expect(shown(other)).toEqual(['secrets/github-token dist/both.js counts'])
    // Both named: hidden, with each distinct reason once.
    const both = findingsOf([file], {
      secretAllow: [
        { fingerprint: GITHUB_PRINT, reason: 'revoked' },
        { fingerprint: NPM_PRINT, reason: 'test registry' },
        { fingerprint: AWS_KEY_ID_PRINT, reason: 'unused' },
      ],
    })
    expect(shown(both)).toEqual(['secrets/github-token dist/both.js allowed(revoked; test registry)'])
    const same = findingsOf([file], { secretAllow: [{ fingerprint: GITHUB_PRINT, reason: 'docs' }, { fingerprint: NPM_PRINT, reason: 'docs' }] })
    expect(shown(same)).toEqual(['secrets/github-token dist/both.js allowed(docs)'])
  })

  it('a secret allowed in one file still counts in a file where another secret sits too', () => {
    const findings = findingsOf(
      [
        ['dist/a.js', `a="${GITHUB}"`],
        ['dist/b.js', `a="${GITHUB}"\nb="${NPM}"`],
      ],
      { secretAllow: [{ fingerprint: GITHUB_PRINT, reason: 'demo' }] },
    )
    expect(shown(findings).sort()).toEqual(['secrets/github-token dist/a.js allowed(demo)', 'secrets/github-token dist/b.js counts'])
  })

  it('a file that is a secret by its nature (.env) is not hidden by fingerprints: it has no matches to allow', () => {
    const findings = findingsOf([['.env', 'DEBUG=1\n']], { secretAllow: [{ fingerprint: fingerprint('DEBUG=1\n'), reason: 'x' }, { fingerprint: fingerprint('1'), reason: 'x' }] })
    expect(shown(findings)).toEqual(['secrets/file .env counts'])
  })

  it('secrets.allow never touches findings of other families', () => {
    const findings = findingsOf([['.npmrc', 'x']], { secretAllow: [{ fingerprint: fingerprint('x'), reason: 'x' }] })
    expect(shown(findings)).toEqual(['files/forbidden .npmrc counts'])
  })
})

describe('secrets that must be reported, whatever else is true', () => {
  const OTHER_GITHUB = 'ghp_Hs8Wq3Nv6Tx1Lk9Rb4Mc7Pd2Jf5Gz0Ya3Ue8' // the same length as GITHUB

  it('a token swapped for another of the same length (same file size) is a new secret', () => {
    expect(OTHER_GITHUB.length).toBe(GITHUB.length)
    const before = snapshot([...BASE, ['dist/gh.js', `t="${GITHUB}"`]])
    const after = snapshot([...BASE, ['dist/gh.js', `t="${OTHER_GITHUB}"`]], { version: '1.1.0' })
    expect(after.files.find((f) => f.path === 'dist/gh.js')?.size).toBe(before.files.find((f) => f.path === 'dist/gh.js')?.size)
    const findings = analyzePackage({ before, after, baseline: { version: '1.0.0', source: 'test' }, policy: DEFAULT_POLICY }).findings
    expect(findings.map((f) => `${f.severity} ${f.rule} ${f.path}`)).toEqual(['error secrets/github-token dist/gh.js'])
    expect(findings[0].details).not.toHaveProperty('alreadyPublicSince')
  })

  it('a file that keeps one old secret and swaps another at the same size is reported', () => {
    const OTHER_NPM = 'npm_Kx8Pw3Lm6Tq1Zr9Vb4Nd7Hc2Jf5Gs0Ya3Ue8'
    expect(OTHER_NPM.length).toBe(NPM.length)
    const before = snapshot([...BASE, ['dist/both.js', `a="${GITHUB}"\nb="${NPM}"`]])
    const after = snapshot([...BASE, ['dist/both.js', `a="${GITHUB}"\nb="${OTHER_NPM}"`]], { version: '1.1.0' })
    const findings = analyzePackage({ before, after, baseline: { version: '1.0.0', source: 'test' }, policy: DEFAULT_POLICY }).findings
    // Reported under the new secret's kind.
    expect(findings.map((f) => `${f.severity} ${f.rule} ${f.path}`)).toEqual(['error secrets/npm-token dist/both.js'])
  })

  it('a file that is a secret by its nature stays an error in a test folder; a token there is a warning', () => {
    const findings = findingsOf(
      [
        ['test/fixtures/.env', 'A=1\n'],
        ['test/fixtures/auth.js', `t="${GITHUB}"`],
      ],
      {},
    )
    expect(findings.map((f) => `${f.severity} ${f.rule} ${f.path}`)).toEqual([
      'error secrets/file test/fixtures/.env',
      'warning secrets/github-token test/fixtures/auth.js',
      'warning files/dev-leftover test/fixtures/.env',
      'warning files/dev-leftover test/fixtures/auth.js',
      'warning files/new-source-tree test/',
    ])
  })
})

describe('allow (by path) hides only the rules and paths it names', () => {
  const secretAndMap: SnapshotFile[] = [
    ['dist/gh.js', `t="${GITHUB}"`],
    ['dist/gh.js.map', sourceMap(2, false)],
  ]

  it('an allow scoped to another rule leaves a secret on that path counting', () => {
    const findings = findingsOf(secretAndMap, { allow: [{ path: 'dist/gh.js*', rules: ['source-map/new'], reason: 'maps ship' }] })
    expect(shown(findings)).toEqual(['secrets/github-token dist/gh.js counts', 'source-map/new dist/gh.js.map allowed(maps ship)'])
  })

  it('an allow scoped to the rule hides it; one with no rules hides every rule on the path', () => {
    const scoped = findingsOf(secretAndMap, { allow: [{ path: 'dist/gh.js', rules: ['source-map/new', 'secrets/github-token'], reason: 'demo' }] })
    expect(shown(scoped)).toEqual(['source-map/new dist/gh.js.map counts', 'secrets/github-token dist/gh.js allowed(demo)'])
    const all = findingsOf(secretAndMap, { allow: [{ path: 'dist/**', reason: 'everything' }] })
    expect(shown(all)).toEqual(['secrets/github-token dist/gh.js allowed(everything)', 'source-map/new dist/gh.js.map allowed(everything)'])
  })

  it('a glob for one path does not hide its neighbours', () => {
    const findings = findingsOf(
      [
        ['dist/a.js.map', sourceMap(1, true)],
        ['dist/ab.js.map', sourceMap(1, true)],
        ['lib/a.js.map', sourceMap(1, true)],
      ],
      { allow: [{ path: 'dist/a.js.map', reason: 'one map' }] },
    )
    expect(shown(findings)).toEqual([
      'source-map/sources-content dist/ab.js.map counts',
      'source-map/sources-content lib/a.js.map counts',
      'source-map/sources-content dist/a.js.map allowed(one map)',
    ])
  })

  it('findings without a path (total size) are never hidden by a path glob', () => {
    const before: PackageSnapshot = { name: 'p', version: '1.0.0', files: [], packedSize: 100_000, unpackedSize: 400_000, fileCount: 1 }
    const after: PackageSnapshot = { ...before, version: '1.1.0', packedSize: 2_000_000, unpackedSize: 400_000 }
    const policy: Policy = { ...DEFAULT_POLICY, allow: [{ path: '**', reason: 'all' }] }
    const findings = analyzePackage({ before, after, baseline: { version: '1.0.0', source: 'test' }, policy }).findings
    expect(shown(findings)).toEqual(['size/total-jump - counts'])
  })

  it('a rule turned off drops its findings; an override changes the severity and so the verdict', () => {
    const files: SnapshotFile[] = [['.npmrc', 'x'], ['tsconfig.json', '{}']]
    const off = findingsOf(files, { rules: { 'files/forbidden': 'off' } })
    expect(off.map((f) => `${f.rule}`)).toEqual(['files/dev-leftover'])
    const lowered = findingsOf(files, { rules: { 'files/forbidden': 'notice', 'files/dev-leftover': 'error' } })
    expect(lowered.map((f) => `${f.severity} ${f.rule}`)).toEqual(['error files/dev-leftover', 'notice files/forbidden'])
  })

  it('an allowed finding is shown but does not count and does not fail the gate', () => {
    const before = snapshot(BASE)
    const after = snapshot([...BASE, ['.npmrc', 'x']], { version: '1.1.0' })
    const pkg = (policy: Policy) => analyzePackage({ before, after, baseline: { version: '1.0.0', source: 'test' }, policy })
    const allowed = buildReport([pkg({ ...DEFAULT_POLICY, allow: [{ path: '.npmrc', reason: 'r' }] })], DEFAULT_POLICY, '0')
    expect([allowed.verdict, allowed.counts, allowed.packages[0].findings.length]).toEqual(['pass', { error: 0, warning: 0, notice: 0 }, 1])
    const counted = buildReport([pkg(DEFAULT_POLICY)], DEFAULT_POLICY, '0')
    expect([counted.verdict, counted.counts]).toEqual(['fail', { error: 1, warning: 0, notice: 0 }])
  })
})

describe('the gate: severity ranks and fail-on', () => {
  it('fails at fail-on and above only', () => {
    const table = (['error', 'warning', 'never'] as const).map((failOn) => [failOn, (['error', 'warning', 'notice'] as const).filter((s) => reachesFailOn(s, failOn))])
    expect(table).toEqual([
      ['error', ['error']],
      ['warning', ['error', 'warning']],
      ['never', []],
    ])
  })

  it('a report holding only notices passes fail-on warning; one warning fails it', () => {
    const finding = (severity: Finding['severity'], suppressed = false): Finding => ({ rule: 'files/forbidden', severity, message: 'm', ...(suppressed ? { suppressed: { by: 'config' as const, reason: 'r' } } : {}) })
    const pkg = (findings: Finding[]) => [{ name: 'p', version: '1', baseline: { version: null, source: 'none' }, packed: { before: null, after: 1 }, unpacked: { before: null, after: 1 }, fileCount: { before: null, after: 1 }, files: { added: [], removed: [], changed: [] }, findings }]
    expect(failsAt(pkg([finding('notice'), finding('notice')]), 'warning')).toBe(false)
    expect(failsAt(pkg([finding('notice'), finding('warning')]), 'warning')).toBe(true)
    expect(failsAt(pkg([finding('warning')]), 'error')).toBe(false)
    expect(failsAt(pkg([finding('error', true)]), 'warning')).toBe(false)
    expect(failsAt(pkg([finding('error')]), 'never')).toBe(false)
  })

  it('sorts by severity (error, warning, notice), then rule order, then path; allowed ones last', () => {
    const f = (rule: Finding['rule'], severity: Finding['severity'], path: string, suppressed = false): Finding => ({ rule, severity, path, message: path, ...(suppressed ? { suppressed: { by: 'config' as const, reason: 'r' } } : {}) })
    const input = [f('files/a', 'notice', 'n'), f('files/b', 'error', 'z', true), f('files/b', 'warning', 'w2'), f('files/a', 'warning', 'w3'), f('files/b', 'warning', 'w1'), f('files/a', 'error', 'e')]
    const copy = [...input]
    expect(sortFindings(input, ['files/a', 'files/b']).map((x) => x.path)).toEqual(['e', 'w3', 'w1', 'w2', 'n', 'z'])
    expect(input).toEqual(copy)
  })

  it('of several runs, the strictest fail-on wins; none means error', () => {
    expect(strictestFailOn([])).toBe('error')
    expect(strictestFailOn(['never', 'error'])).toBe('error')
    expect(strictestFailOn(['error', 'warning', 'never'])).toBe('warning')
    expect(strictestFailOn(['never'])).toBe('never')
  })

  it('applyPolicy returns new findings and leaves the input as it was', () => {
    const input: Finding[] = [{ rule: 'files/forbidden', severity: 'error', path: 'a', message: 'm' }]
    const out = applyPolicy(input, { ...DEFAULT_POLICY, rules: { 'files/forbidden': 'warning' }, allow: [{ path: 'a', reason: 'r' }] })
    expect(out).toEqual([{ rule: 'files/forbidden', severity: 'warning', path: 'a', message: 'm', suppressed: { by: 'config', reason: 'r' } }])
    expect(input).toEqual([{ rule: 'files/forbidden', severity: 'error', path: 'a', message: 'm' }])
  })
})
