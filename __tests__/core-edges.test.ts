import { describe, expect, it } from 'vitest'
import { analyzePackage, buildReport } from '../src/core/analyze.js'
import { chooseBaseline } from '../src/core/baseline-version.js'
import { failsAt, sortFindings } from '../src/core/findings.js'
import { DEFAULT_POLICY, type Policy } from '../src/core/policy.js'
import { compileGlobs } from '../src/core/rules/file-patterns.js'
import { RULES, findRule } from '../src/core/rules/index.js'
import { type Finding, type PackageReport, type PackageSnapshot, isFailOn } from '../src/core/types.js'

/** What is left of the core once the rules' findings are pinned: the report's frame, ordering, globs, baselines. */
const snap = (version: string, packedSize: number, unpackedSize: number): PackageSnapshot => ({ name: 'p', version, files: [], packedSize, unpackedSize, fileCount: 0 })

describe('the report', () => {
  it('buildReport: the frame around the packages, and skipped packages only when there are some', () => {
    const pkg = analyzePackage({ before: null, after: snap('1.0.0', 1, 2), baseline: { version: null, source: 'none' }, policy: DEFAULT_POLICY })
    expect(pkg).toEqual({
      name: 'p',
      version: '1.0.0',
      baseline: { version: null, source: 'none' },
      packed: { before: null, after: 1 },
      unpacked: { before: null, after: 2 },
      fileCount: { before: null, after: 0 },
      files: { added: [], removed: [], changed: [] },
      findings: [],
    })
    const skipped = [{ name: 's', path: 'packages/s', reason: 'private' }]
    const report = buildReport([pkg], { failOn: 'warning' }, '9.9.9', skipped)
    expect(report).toEqual({ schemaVersion: 1, tool: { name: 'pack-guard', version: '9.9.9' }, failOn: 'warning', verdict: 'pass', counts: { error: 0, warning: 0, notice: 0 }, packages: [pkg], skipped })
    expect(report.skipped).not.toBe(skipped)
    expect(buildReport([pkg], DEFAULT_POLICY, '0')).not.toHaveProperty('skipped')
  })

  it('with a baseline, the before sizes come from it', () => {
    const before = { ...snap('1.0.0', 5, 6), fileCount: 7 }
    const pkg = analyzePackage({ before, after: snap('1.1.0', 5, 6), baseline: { version: '1.0.0', source: 'x' }, policy: DEFAULT_POLICY })
    expect([pkg.packed, pkg.unpacked, pkg.fileCount]).toEqual([
      { before: 5, after: 5 },
      { before: 6, after: 6 },
      { before: 7, after: 0 },
    ])
  })

  it('findings of one severity come in rule order (the order of RULES), then by path; path-less ones first', () => {
    const f = (rule: Finding['rule'], path?: string): Finding => ({ rule, severity: 'error', message: 'm', ...(path ? { path } : {}) })
    const sorted = sortFindings([f('files/b', 'a'), f('files/a', 'b'), f('files/b'), f('files/a', 'a'), f('files/zzz', 'a')], ['files/a', 'files/b'])
    expect(sorted.map((x) => `${x.rule} ${x.path ?? '-'}`)).toEqual(['files/a a', 'files/a b', 'files/b -', 'files/b a', 'files/zzz a'])
    // analyzePackage sorts with the rules' own order: secrets before files.
    const after = { ...snap('1.0.0', 1, 1), files: [{ path: '.npmrc', size: 1, mode: 0o644, type: 'file' as const, facts: {} }, { path: '.env', size: 1, mode: 0o644, type: 'file' as const, facts: {} }] }
    const findings = analyzePackage({ before: null, after, baseline: { version: null, source: 'none' }, policy: DEFAULT_POLICY }).findings
    expect(findings.map((x) => x.rule)).toEqual(['secrets/file', 'files/forbidden'])
  })

  it('the gate fails when any package fails', () => {
    const pkg = (severity: Finding['severity']): PackageReport => ({ name: 'p', version: '1', baseline: { version: null, source: 'none' }, packed: { before: null, after: 1 }, unpacked: { before: null, after: 1 }, fileCount: { before: null, after: 1 }, files: { added: [], removed: [], changed: [] }, findings: [{ rule: 'files/x', severity, message: 'm' }] })
    expect(failsAt([pkg('notice'), pkg('error')], 'error')).toBe(true)
    expect(failsAt([pkg('error'), pkg('notice')], 'error')).toBe(true)
    expect(failsAt([pkg('notice'), pkg('warning')], 'error')).toBe(false)
    expect(failsAt([], 'warning')).toBe(false)
  })

  it('isFailOn and findRule', () => {
    expect(['error', 'warning', 'never', 'notice', 'off', '', undefined, 1].map(isFailOn)).toEqual([true, true, true, false, false, false, false, false])
    expect(findRule('secrets/file')).toBe(RULES.find((rule) => rule.id === 'secrets/file'))
    expect(findRule('secrets/nope')).toBeUndefined()
  })
})

describe('size thresholds of zero', () => {
  it('a package that did not grow is quiet even when every threshold is 0', () => {
    const zero = { warn: { percent: 0, bytes: 0 }, error: { ratio: 0, bytes: 0 } }
    const policy: Policy = { ...DEFAULT_POLICY, size: { ...DEFAULT_POLICY.size, packed: zero, unpacked: zero } }
    expect(analyzePackage({ before: snap('1.0.0', 10, 10), after: snap('1.1.0', 10, 10), baseline: { version: '1.0.0', source: 'x' }, policy }).findings).toEqual([])
    expect(analyzePackage({ before: snap('1.0.0', 10, 10), after: snap('1.1.0', 9, 9), baseline: { version: '1.0.0', source: 'x' }, policy }).findings).toEqual([])
    expect(analyzePackage({ before: snap('1.0.0', 10, 10), after: snap('1.1.0', 11, 10), baseline: { version: '1.0.0', source: 'x' }, policy }).findings.map((f) => f.severity)).toEqual(['error'])
  })
})

describe('globs', () => {
  it('a glob without a slash matches at any depth; with one it is anchored at the root; dotfiles match', () => {
    const match = compileGlobs(['*.log', '/build/**', 'docs/*.md'])
    expect(['a.log', 'x/y/a.log', '.hidden.log', 'build/a.js', 'docs/a.md', '.x/a.log'].filter(match)).toEqual(['a.log', 'x/y/a.log', '.hidden.log', 'build/a.js', 'docs/a.md', '.x/a.log'])
    expect(['src/build/a.js', 'x/docs/a.md', 'docs/x/a.md', 'a.log.txt'].filter(match)).toEqual([])
    expect(compileGlobs([])('anything')).toBe(false)
  })
})

describe('chooseBaseline, the odd cases', () => {
  const published = { versions: ['v1.0.0', '1.1.0', 'garbage', '2.0.0-rc.1'], distTags: { latest: '9.9.9', stable: '1.1.0' } }

  it('a dist-tag that points to a version not listed is not published', () => {
    expect(chooseBaseline('3.0.0', 'latest', published)).toEqual({ kind: 'not-published', spec: 'latest' })
    expect(chooseBaseline('3.0.0', 'stable', published)).toEqual({ kind: 'version', version: '1.1.0' })
  })

  it('a version matches a published one written differently (v1.0.0), and is returned as published', () => {
    expect(chooseBaseline('3.0.0', '1.0.0', published)).toEqual({ kind: 'version', version: 'v1.0.0' })
    expect(chooseBaseline('3.0.0', 'not-a-version', published)).toEqual({ kind: 'not-published', spec: 'not-a-version' })
  })

  it('auto skips versions that do not parse, and a candidate that does not parse has no baseline', () => {
    expect(chooseBaseline('1.5.0', 'auto', published)).toEqual({ kind: 'version', version: '1.1.0' })
    expect(chooseBaseline('1.0.0', 'auto', published)).toEqual({ kind: 'version', version: 'v1.0.0' })
    expect(chooseBaseline('not-semver', 'auto', published)).toEqual({ kind: 'first-release' })
    expect(chooseBaseline('2.0.0', 'auto', { versions: ['garbage'], distTags: {} })).toEqual({ kind: 'first-release' })
  })
})
