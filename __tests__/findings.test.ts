import { describe, expect, it } from 'vitest'
import { analyzePackage } from '../src/core/analyze.js'
import { diffSnapshots } from '../src/core/diff.js'
import { DEFAULT_POLICY, type Policy } from '../src/core/policy.js'
import { commonFolder } from '../src/core/rules/collapse.js'
import type { FileEntry, PackageSnapshot } from '../src/core/types.js'
import { FAKE, PEM } from './helpers/secrets.js'
import { type SnapshotFile, snapshot } from './helpers/snapshot.js'
import { sourceMap } from './helpers/tarball.js'

/**
 * Whole findings (severity, path, message, hint, details) of every rule on one
 * case each, pinned in __snapshots__/findings.test.ts.snap: the wording is the
 * product, and a rule that reports the wrong count, path or size must fail here.
 * Review a snapshot change like code (`npx vitest run -u` rewrites it).
 */
const BASE: SnapshotFile[] = [
  ['package.json', '{"name":"fixture-pkg","version":"1.0.0"}'],
  ['dist/index.js', 'export const x = 1\n'],
]

function findings(base: SnapshotFile[], added: SnapshotFile[], policy: Partial<Policy> = {}, extra: { before?: Partial<PackageSnapshot>; after?: Partial<PackageSnapshot> } = {}) {
  const before = { ...snapshot([...BASE, ...base], { version: '1.0.0' }), ...extra.before }
  const after = { ...snapshot([...BASE, ...base.filter(([p]) => !added.some(([a]) => a === p)), ...added], { version: '1.1.0' }), ...extra.after }
  return analyzePackage({ before, after, baseline: { version: '1.0.0', source: 'test' }, policy: { ...DEFAULT_POLICY, ...policy } }).findings.map(({ rule, severity, path, message, hint, details, suppressed }) => ({
    rule,
    severity,
    path,
    message,
    hint,
    details,
    ...(suppressed ? { suppressed } : {}),
  }))
}

const inline = (map: string) => `x()\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(map).toString('base64')}\n`
const many = (n: number, path: (i: number) => string, content: (i: number) => string | number): SnapshotFile[] => Array.from({ length: n }, (_, i) => [path(i), content(i)])

describe('every rule, its whole finding', () => {
  it.each<[string, SnapshotFile[], SnapshotFile[]]>([
    ['a new map with sources, one found by content, one that now embeds sources', [['dist/old.js.map', sourceMap(2, false)]], [['dist/a.js.map', sourceMap(3, true, 10)], ['dist/data.json', sourceMap(1, true, 10)], ['dist/old.js.map', sourceMap(2, true, 10)]]],
    ['a new map without sources, and a changed one that had none', [['dist/old.js.map', sourceMap(2, false)]], [['dist/a.js.map', sourceMap(4, false)], ['dist/old.js.map', sourceMap(3, false)]]],
    ['maps after a release that shipped maps with sources', [['dist/old.js.map', sourceMap(1, true, 10)], ['dist/other.js.map', sourceMap(1, false)]], [['dist/a.js.map', sourceMap(1, true, 10)], ['dist/b.js.map', sourceMap(1, false)]]],
    ['12 new maps with sources after a release with such maps: one notice', [['lib/old.js.map', sourceMap(1, true, 10)]], many(12, (i) => `lib/${i % 2 ? 'esm' : 'cjs'}/m${i}.js.map`, () => sourceMap(1, true, 10))],
    ['12 new maps with sources, no such practice: twelve errors', [], many(12, (i) => `dist/m${String(i).padStart(2, '0')}.js.map`, () => sourceMap(1, true, 10))],
    ['11 new maps without sources in two folders', [], many(11, (i) => `dist/${i % 2 ? 'a' : 'b'}/m${i}.js.map`, () => sourceMap(1, false))],
    ['11 new maps at the root and in a folder', [], many(11, (i) => (i ? `m${i}.js.map` : `dist/m${i}.js.map`), () => sourceMap(1, false))],
    ['inline maps, with and without sources', [['dist/was.js', inline(sourceMap(1, false))]], [['dist/a.js', inline(sourceMap(2, true, 10))], ['dist/b.js', inline(sourceMap(3, false))], ['dist/was.js', inline(sourceMap(2, true, 10))]]],
    ['an inline map that had sources before stays quiet', [['dist/a.js', inline(sourceMap(2, true, 10))]], [['dist/a.js', `y${inline(sourceMap(3, true, 10))}`]]],
    ['remote sources', [['dist/old.js.map', JSON.stringify({ version: 3, sources: ['a.ts'], mappings: 'A' })]], [['dist/old.js.map', JSON.stringify({ version: 3, sourceRoot: 'https://bucket.test/src/', sources: ['a.ts', 'b.ts'], mappings: 'A' })]]],
    ['unreadable maps', [], [['dist/a.js.map', '{"version":3,"sources":["a.ts"'], ['dist/b.map', '{"version":2,"sources":[]}'], ['dist/c.json', '{"version":3,']]],
    ['references: shipped, missing, remote, encoded, with a query', [['dist/same.js', 'x()\n//# sourceMappingURL=same.js.map']], [
      ['dist/a.js', 'x()\n//# sourceMappingURL=maps/a%20b.js.map?v=2#x'],
      ['dist/maps/a b.js.map', sourceMap(1, false)],
      ['dist/b.js', 'x()\n//# sourceMappingURL=../b.js.map'],
      ['dist/c.js', 'x()\n//# sourceMappingURL=https://maps.test/c.js.map'],
      ['dist/d.css', 'a{}\n/*# sourceMappingURL=%E0%A4%A.map */'],
      ['dist/same.js', 'y()\n//# sourceMappingURL=same.js.map'],
    ]],
    ['a .map that was not a map before and now is one', [['dist/x.js.map', '{"version":2}']], [['dist/x.js.map', sourceMap(1, false)]]],
    ['a root file named like a source tree is not one', [], [['specs', 'x'], ['src', 'y']]],
    ['a reference that moved from missing to shipped', [['dist/a.js', 'x()\n//# sourceMappingURL=a.js.map']], [['dist/a.js', 'x()\n//# sourceMappingURL=a.js.map'], ['dist/a.js.map', sourceMap(1, false)]]],
    ['11 missing references', [], many(11, (i) => `dist/f${i}.js`, (i) => `x()\n//# sourceMappingURL=f${i}.js.map`)],
    ['forbidden files of every group, and one from the config', [], [['.env.local', 'A=1'], ['id_ed25519', 'k'], ['.yarnrc.yml', 'x'], ['sub/.git/HEAD', 'x'], ['coverage/lcov.info', 'x'], ['Thumbs.db', 'x'], ['a.swp', 'x'], ['notes/secret.txt', 'x']]],
    ['dev leftovers of every group', [], [['a.tsbuildinfo', '{}'], ['__snapshots__/a.snap', 'x'], ['jsconfig.json', '{}'], ['Jenkinsfile', 'x'], ['.eslintcache', 'x'], ['.env.sample', 'A=']]],
    ['new source trees, counted with their bytes', [['lib/a.js', 'x']], [['src/a.ts', 'aaaa'], ['src/deep/b.ts', 'bb'], ['spec/c.ts', 'c'], ['lib/b.js', 'x'], ['docs/x.md', 'x']]],
    ['secrets of each kind, each file under its most important kind', [['dist/old.js', `k="${FAKE.stripe}"`]], [
      ['dist/keys.js', `a="${FAKE.github}"\n${PEM}\nb="${FAKE.google}"`],
      ['dist/slack.js', `post("${FAKE.slackWebhook}")`],
      ['dist/new.js', `k="${FAKE.stripe}"`],
      ['test/jwt.js', `t="${FAKE.jwt}"`],
      ['.env', `AWS_ACCESS_KEY_ID=${FAKE.awsKeyId}\nAWS_SECRET_ACCESS_KEY=${FAKE.awsSecret}\n`],
      ['.npmrc', `//registry.example.org/:_authToken=${FAKE.password}\n`],
    ]],
  ])('%s', (_name, base, added) => {
    expect(findings(base, added, { forbidden: ['notes/**'] })).toMatchSnapshot()
  })

  it('expect: files outside, one by one and collapsed', () => {
    expect(findings([], [['dist/ok.js', 'x'], ['README.md', 'x'], ['LICENSE.txt', 'x'], ['scripts/a.sh', 'x'], ['types/a.d.ts', 'x'], ['dist/.cache/x', 'x'], ['DIST/b.js', 'x']], { expect: ['./dist/**', '/types/**'] })).toMatchSnapshot()
    expect(findings([], many(11, (i) => `tools/t${i}.sh`, () => 'x'), { expect: ['dist/**'] })).toMatchSnapshot()
  })

  it('secrets scanned in part: over the cap, or dense', () => {
    const partial = (path: string, reason: 'size' | 'dense', size = 10): FileEntry => ({ path, size, mode: 0o644, type: 'file', facts: { secrets: { matches: [], partial: reason } } })
    const before = snapshot(BASE)
    const unchanged = partial('dist/same.bin', 'size', 7)
    const after = { ...snapshot(BASE, { version: '1.1.0' }), files: [...snapshot(BASE).files, partial('dist/big.js', 'size'), partial('dist/tokens.txt', 'dense'), unchanged] }
    const withSame = { ...before, files: [...before.files, unchanged] }
    expect(analyzePackage({ before: withSame, after, baseline: { version: '1.0.0', source: 'test' }, policy: DEFAULT_POLICY }).findings).toMatchSnapshot()
  })

  it('archive entries: links, special files, unsafe names, duplicates, several roots', () => {
    const entry = (path: string, more: Partial<FileEntry>): FileEntry => ({ path, size: 0, mode: 0o644, type: 'file', facts: {}, ...more })
    const files = [
      entry('passwd', { type: 'symlink', linkTarget: '/etc/passwd' }),
      entry('hard', { type: 'link', linkTarget: 'package/index.js' }),
      entry('orphan', { type: 'symlink' }),
      entry('fifo', { type: 'other', tarType: 'fifo' }),
      entry('odd', { type: 'other' }),
      entry('x', { rawName: '../x' }),
      entry('index.js', { size: 3 }),
    ]
    const after: PackageSnapshot = { name: 'p', version: '1.0.0', files, packedSize: 1, unpackedSize: 3, fileCount: 1, archive: { roots: ['package', '', 'other'], duplicates: ['index.js'] } }
    expect(analyzePackage({ before: null, after, baseline: { version: null, source: 'none' }, policy: DEFAULT_POLICY }).findings).toMatchSnapshot()
    // One root: no finding.
    const one = { ...after, files: [], archive: { roots: ['package'], duplicates: [] } }
    expect(analyzePackage({ before: null, after: one, baseline: { version: null, source: 'none' }, policy: DEFAULT_POLICY }).findings).toEqual([])
  })
})

describe('the diff', () => {
  const entry = (path: string, size: number, type: FileEntry['type'] = 'file'): FileEntry => ({ path, size, mode: 0o644, type, facts: {} })
  const snap = (files: FileEntry[]): PackageSnapshot => ({ name: 'p', version: '1', files, packedSize: 1, unpackedSize: 1, fileCount: files.length })

  it('added, removed and changed (by size), each sorted by path in code-unit order; links and folders are not files', () => {
    const before = snap([entry('z.js', 1), entry('b.js', 2), entry('same.js', 5), entry('gone-b', 1), entry('gone-a', 2), entry('grew-b', 1), entry('grew-a', 1), entry('dir', 0, 'directory')])
    const after = snap([entry('same.js', 5), entry('z.js', 9), entry('b.js', 1), entry('new-b', 3), entry('new-a', 4), entry('B.js', 1), entry('grew-b', 2), entry('grew-a', 3), entry('link', 0, 'symlink'), entry('dir', 0, 'directory')])
    expect(diffSnapshots(before, after)).toEqual({
      added: [
        { path: 'B.js', size: 1 },
        { path: 'new-a', size: 4 },
        { path: 'new-b', size: 3 },
      ],
      removed: [
        { path: 'gone-a', size: 2 },
        { path: 'gone-b', size: 1 },
      ],
      changed: [
        { path: 'b.js', before: 2, after: 1 },
        { path: 'grew-a', before: 1, after: 3 },
        { path: 'grew-b', before: 1, after: 2 },
        { path: 'z.js', before: 1, after: 9 },
      ],
    })
  })

  it('with no baseline every file is added', () => {
    expect(diffSnapshots(null, snap([entry('b', 1), entry('a', 2)]))).toEqual({ added: [{ path: 'a', size: 2 }, { path: 'b', size: 1 }], removed: [], changed: [] })
  })

  it('commonFolder: the longest shared folder, or none', () => {
    expect(commonFolder([])).toBe('')
    expect(commonFolder(['dist/a/x.js', 'dist/a/y.js'])).toBe('dist/a/')
    expect(commonFolder(['dist/a/x.js', 'dist/b/y.js'])).toBe('dist/')
    expect(commonFolder(['dist/a/x.js', 'dist/ab/y.js'])).toBe('dist/')
    expect(commonFolder(['dist/x.js', 'lib/y.js'])).toBe('')
    expect(commonFolder(['x.js', 'dist/y.js'])).toBe('')
    expect(commonFolder(['a/b/c/d.js', 'a/b/e.js', 'a/b/c/f.js'])).toBe('a/b/')
  })
})
