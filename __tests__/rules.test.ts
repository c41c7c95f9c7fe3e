import { describe, expect, it } from 'vitest'
import { analyzePackage } from '../src/core/analyze.js'
import { DEFAULT_POLICY, type Policy } from '../src/core/policy.js'
import { RULES } from '../src/core/rules/index.js'
import type { PackageSnapshot } from '../src/core/types.js'
import { sourceMap } from './helpers/tarball.js'
import { type SnapshotFile, snapshot } from './helpers/snapshot.js'

const BASE: SnapshotFile[] = [
  ['package.json', '{"name":"fixture-pkg","version":"1.0.0"}'],
  ['dist/index.js', 'export const x = 1\n'],
  ['README.md', '# fixture\n'],
]

function run(before: PackageSnapshot | null, after: PackageSnapshot, policy: Policy = DEFAULT_POLICY) {
  const report = analyzePackage({ before, after, baseline: { version: before?.version ?? null, source: before ? 'test' : 'first-release' }, policy })
  return report.findings
}

/** Runs the rules on BASE -> BASE plus `added`, and returns the ids that fired with their severity. */
function firedOnAdding(added: SnapshotFile[], baseExtra: SnapshotFile[] = []): string[] {
  const before = snapshot([...BASE, ...baseExtra])
  const after = snapshot([...BASE, ...baseExtra.filter(([p]) => !added.some(([a]) => a === p)), ...added], { version: '1.1.0' })
  return run(before, after).map((f) => `${f.severity} ${f.rule} ${f.path ?? ''}`.trim())
}

const inlineMap = (map: string) => `//# sourceMappingURL=data:application/json;base64,${Buffer.from(map).toString('base64')}\n`

describe('rules: each fires on its case and stays quiet on its twin', () => {
  const cases: Array<{ name: string; added: SnapshotFile[]; base?: SnapshotFile[]; fires: string[] }> = [
    { name: 'no change', added: [], fires: [] },
    { name: 'a new map with sources', added: [['dist/cli.js.map', sourceMap(40, true)]], fires: ['error source-map/sources-content dist/cli.js.map'] },
    { name: 'a new map without sources', added: [['dist/cli.js.map', sourceMap(40, false)]], fires: ['warning source-map/new dist/cli.js.map'] },
    { name: 'a map found by content under another name', added: [['dist/data.json', sourceMap(3, true)]], fires: ['error source-map/sources-content dist/data.json'] },
    { name: 'a map that shipped the same way before', added: [['dist/cli.js.map', sourceMap(41, true)]], base: [['dist/cli.js.map', sourceMap(40, true)]], fires: [] },
    { name: 'a map that now embeds sources', added: [['dist/cli.js.map', sourceMap(40, true)]], base: [['dist/cli.js.map', sourceMap(40, false)]], fires: ['error source-map/sources-content dist/cli.js.map'] },
    { name: 'an ordinary JSON file', added: [['dist/data.json', '{"version":3,"items":[1,2]}']], fires: [] },
    { name: 'an inline map with sources', added: [['dist/index.js', `x()\n${inlineMap(sourceMap(5, true))}`]], fires: ['error source-map/inline-sources-content dist/index.js'] },
    { name: 'an inline map without sources', added: [['dist/index.js', `x()\n${inlineMap(sourceMap(5, false))}`]], fires: ['warning source-map/inline dist/index.js'] },
    { name: 'an inline map that shipped before', added: [['dist/a.js', `y()\n${inlineMap(sourceMap(5, true))}`]], base: [['dist/a.js', `x()\n${inlineMap(sourceMap(5, true))}`]], fires: [] },
    {
      name: 'a reference to a shipped map',
      added: [['dist/a.js', 'x()\n//# sourceMappingURL=a.js.map'], ['dist/a.js.map', sourceMap(2, false)]],
      fires: ['warning source-map/new dist/a.js.map', 'notice source-map/url-shipped dist/a.js'],
    },
    { name: 'a reference to a missing map', added: [['dist/a.js', 'x()\n//# sourceMappingURL=a.js.map']], fires: ['notice source-map/url-missing dist/a.js'] },
    { name: 'the same missing reference as before', added: [['dist/a.js', 'y()\n//# sourceMappingURL=a.js.map']], base: [['dist/a.js', 'x()\n//# sourceMappingURL=a.js.map']], fires: [] },
    { name: 'a reference to a remote map', added: [['dist/a.js', 'x()\n//# sourceMappingURL=https://maps.example.com/a.js.map']], fires: ['warning source-map/url-external dist/a.js'] },
    {
      name: 'a map with remote sources',
      added: [['dist/a.js.map', JSON.stringify({ version: 3, sourceRoot: 'https://bucket.example.com/src/', sources: ['a.ts'], mappings: 'A' })]],
      fires: ['warning source-map/new dist/a.js.map', 'warning source-map/external-sources dist/a.js.map'],
    },
    { name: 'an unreadable .map', added: [['dist/a.js.map', '{"version":3,"sources":["a.ts"'] ], fires: ['warning source-map/unreadable dist/a.js.map'] },
    { name: 'a .env file', added: [['.env', 'A=1']], fires: ['error secrets/file .env'] },
    { name: 'a nested .env.production', added: [['config/.env.production', 'A=1']], fires: ['error secrets/file config/.env.production'] },
    { name: 'an .env.example', added: [['.env.example', 'A=']], fires: ['warning files/dev-leftover .env.example'] },
    { name: 'a private key', added: [['certs/server.key', 'k']], fires: ['error secrets/file certs/server.key'] },
    { name: 'a public key', added: [['keys/id_rsa.pub', 'ssh-rsa AAA']], fires: [] },
    { name: 'an .npmrc', added: [['.npmrc', 'x']], fires: ['error files/forbidden .npmrc'] },
    { name: 'git data', added: [['.git/config', 'x']], fires: ['error files/forbidden .git/config'] },
    { name: 'coverage', added: [['coverage/lcov.info', 'x']], fires: ['error files/forbidden coverage/lcov.info'] },
    { name: '.DS_Store', added: [['dist/.DS_Store', 'x']], fires: ['error files/forbidden dist/.DS_Store'] },
    { name: 'editor folder', added: [['.vscode/settings.json', '{}']], fires: ['error files/forbidden .vscode/settings.json'] },
    { name: 'a forbidden file that shipped before', added: [['.npmrc', 'y']], base: [['.npmrc', 'x']], fires: [] },
    // The same files on macOS and Windows, where case does not count and trailing spaces and dots are dropped.
    { name: 'an .NPMRC', added: [['.NPMRC', 'x']], fires: ['error files/forbidden .NPMRC'] },
    { name: 'git data in .Git/', added: [['.Git/config', 'x']], fires: ['error files/forbidden .Git/config'] },
    { name: 'an .npmrc. with a trailing dot', added: [['.npmrc.', 'x']], fires: ['error files/forbidden .npmrc.'] },
    { name: 'a .DS_STORE', added: [['a/.ds_store', 'x']], fires: ['error files/forbidden a/.ds_store'] },
    { name: 'an .ENV file', added: [['.ENV', 'A=1']], fires: ['error secrets/file .ENV'] },
    { name: 'an .env with a trailing space', added: [['.env ', 'A=1']], fires: ['error secrets/file .env'] },
    { name: 'an .ENV.EXAMPLE is an example, whatever its case', added: [['.ENV.EXAMPLE', 'A=']], fires: [] },
    { name: 'tsbuildinfo', added: [['tsconfig.tsbuildinfo', '{}']], fires: ['warning files/dev-leftover tsconfig.tsbuildinfo'] },
    { name: 'tsconfig', added: [['tsconfig.build.json', '{}']], fires: ['notice files/dev-leftover tsconfig.build.json'] },
    { name: 'CI config', added: [['.github/workflows/ci.yml', 'on: push']], fires: ['notice files/dev-leftover .github/workflows/ci.yml'] },
    { name: 'raw test output', added: [['junit.xml', '<testsuites/>']], fires: ['warning files/dev-leftover junit.xml'] },
    { name: 'fixtures in a test tree the baseline ships', added: [['test/fixtures/a.json', '{}'], ['test/tsconfig.json', '{}']], base: [['test/index.js', 'x']], fires: [] },
    { name: 'a .env-<name> file', added: [['.env-dylan', 'MUX_TOKEN_ID=abc\nMUX_TOKEN_SECRET=def']], fires: ['error secrets/file .env-dylan'] },
    { name: 'a *.env file', added: [['config/production.env', 'A=1']], fires: ['error secrets/file config/production.env'] },
    { name: 'an example *.env file', added: [['config/example.env', 'A=']], fires: [] },
    { name: "an AI agent's settings", added: [['.claude/settings.local.json', '{}']], fires: ['error files/forbidden .claude/settings.local.json'] },
    { name: "an AI agent's memory", added: [['.pi/memory/notes.md', 'notes']], fires: ['error files/forbidden .pi/memory/notes.md'] },
    { name: 'aider history', added: [['.aider.chat.history.md', 'x']], fires: ['error files/forbidden .aider.chat.history.md'] },
    { name: "the package's own tarball", added: [['fixture-pkg-1.0.0.tgz', 'x']], fires: ['error files/forbidden fixture-pkg-1.0.0.tgz'] },
    { name: 'a tarball fixture of the tests', added: [['test/data/pkg.tgz', 'x']], base: [['test/index.js', 'x']], fires: [] },
    { name: 'a log', added: [['npm-debug.log', 'x']], fires: ['warning files/dev-leftover npm-debug.log'] },
    { name: 'fixtures', added: [['test/fixtures/a.txt', 'x']], fires: ['warning files/dev-leftover test/fixtures/a.txt', 'warning files/new-source-tree test/'] },
    { name: 'a new src/ tree', added: [['src/a.ts', 'x'], ['src/b.ts', 'y']], fires: ['warning files/new-source-tree src/'] },
    { name: 'a src/ tree that shipped before', added: [['src/b.ts', 'y']], base: [['src/a.ts', 'x']], fires: [] },
    { name: 'a large new file', added: [['dist/big.wasm', 3_000_000]], base: [['dist/vendor.js', 20_000_000]], fires: ['warning size/large-new-file dist/big.wasm'] },
    { name: 'a small new file', added: [['dist/small.js', 1_000]], fires: [] },
    { name: 'the same remote map URL as before', added: [['dist/a.js', 'y()\n//# sourceMappingURL=https://maps.example.com/a.js.map']], base: [['dist/a.js', 'x()\n//# sourceMappingURL=https://maps.example.com/a.js.map']], fires: [] },
    {
      name: 'remote sources that shipped before',
      added: [['dist/a.js.map', JSON.stringify({ version: 3, sourceRoot: 'https://bucket.example.com/src/', sources: ['a.ts', 'b.ts'], mappings: 'A' })]],
      base: [['dist/a.js.map', JSON.stringify({ version: 3, sourceRoot: 'https://bucket.example.com/src/', sources: ['a.ts'], mappings: 'A' })]],
      fires: [],
    },
    { name: 'webpack:// sources are not remote', added: [['dist/a.js.map', JSON.stringify({ version: 3, sources: ['webpack://pkg/./src/a.ts'], mappings: 'A' })]], fires: ['warning source-map/new dist/a.js.map'] },
    { name: 'an unreadable .map that shipped unchanged', added: [['dist/a.js.map', '{"version":3,"sources":["a.ts"']], base: [['dist/a.js.map', '{"version":3,"sources":["a.ts"']], fires: [] },
    { name: 'a dev leftover that shipped before', added: [['tsconfig.json', '{"a":1}']], base: [['tsconfig.json', '{}']], fires: [] },
    { name: 'a reference to a map in another folder', added: [['dist/esm/a.js', 'x()\n//# sourceMappingURL=../maps/a.js.map?v=1'], ['dist/maps/a.js.map', sourceMap(1, false)]], fires: ['warning source-map/new dist/maps/a.js.map', 'notice source-map/url-shipped dist/esm/a.js'] },
  ]

  it.each(cases)('$name', ({ added, base, fires }) => {
    expect(firedOnAdding(added, base).sort()).toEqual([...fires].sort())
  })

  it('covers every rule with a case that fires', () => {
    const fired = new Set(cases.flatMap((c) => c.fires.map((f) => f.split(' ')[1])))
    fired.add('size/file-growth').add('size/total-jump') // covered in 'size rules' below
    fired.add('files/unexpected') // covered in 'policy' below
    // secrets/* and archive/* have their own tables in secrets.test.ts and hostile.test.ts, manifest/* and provenance/* in manifest-rules.test.ts
    const elsewhere = /^(?:secrets|archive|manifest|provenance)\//
    expect(RULES.map((rule) => rule.id).filter((id) => !fired.has(id) && !elsewhere.test(id))).toEqual([])
  })
})

describe('size rules', () => {
  const sized = (bytes: number, packed: number, version = '1.0.0') => snapshot([['package.json', 100], ['dist/index.js', bytes]], { packedSize: packed, version })

  it('stays quiet on a small package that grows by half (bytes floor)', () => {
    expect(run(sized(2_000, 1_000), sized(3_000, 1_500))).toEqual([])
  })

  it('warns when the packed size grows past both thresholds', () => {
    const findings = run(sized(1_000_000, 300_000), sized(1_500_000, 450_000))
    expect(findings.map((f) => [f.rule, f.severity, (f.details as { measure?: string } | undefined)?.measure])).toContainEqual(['size/total-jump', 'warning', 'packed'])
  })

  it('makes 10x growth an error', () => {
    const findings = run(sized(1_000_000, 400_000), sized(10_000_000, 4_000_000))
    const packed = findings.find((f) => f.rule === 'size/total-jump' && f.details?.measure === 'packed')
    expect(packed?.severity).toBe('error')
  })

  it('is quiet on a file that doubled but stayed under the byte floor', () => {
    expect(run(sized(100_000, 200_000), sized(210_000, 200_000)).map((f) => f.rule)).not.toContain('size/file-growth')
  })

  it('warns on a file that doubled by more than the byte floor', () => {
    const findings = run(sized(600_000, 200_000), sized(1_300_000, 200_000))
    expect(findings.map((f) => f.rule)).toContain('size/file-growth')
  })

  it('is quiet when the package shrinks', () => {
    expect(run(sized(5_000_000, 2_000_000), sized(1_000_000, 400_000))).toEqual([])
  })
})

describe('size rules that know renames and scale', () => {
  const large = (before: SnapshotFile[], after: SnapshotFile[]) =>
    run(snapshot([...BASE, ...before]), snapshot([...BASE, ...after], { version: '1.1.0' }))
      .filter((f) => f.rule === 'size/large-new-file')
      .map((f) => f.path)

  it('a content-hashed chunk renamed at about the same size is a rename, not a large new file', () => {
    expect(large([['dist/chunk-a1b2c3d4.js', 2_900_000]], [['dist/chunk-b2c3d4e5.js', 3_000_000]])).toEqual([])
    // The same new file with no removed twin in its folder is reported.
    expect(large([['lib/chunk-a1b2c3d4.js', 2_900_000]], [['lib/chunk-a1b2c3d4.js', 2_900_000], ['dist/chunk-b2c3d4e5.js', 3_000_000]])).toEqual(['dist/chunk-b2c3d4e5.js'])
  })

  it('a new .mjs.map that replaces a bigger .js.map is not a large new file', () => {
    expect(large([['dist/index.js.map', 5_000_000]], [['dist/index.mjs.map', 3_000_000]])).toEqual([])
  })

  it('the threshold scales with the package: 10% of the previous release when that is more than 2 MB', () => {
    const big: SnapshotFile[] = [['vendor/big.bin', 40_000_000]]
    expect(large(big, [...big, ['dist/new.js', 2_200_000]])).toEqual([])
    expect(large(big, [...big, ['dist/new.js', 4_500_000]])).toEqual(['dist/new.js'])
    expect(large([], [['dist/new.js', 2_200_000]])).toEqual(['dist/new.js'])
  })

  it('10x growth past 1 MB unpacked is an error (a coverage/ folder in a small package)', () => {
    const found = run(snapshot(BASE, { packedSize: 2_000 }), snapshot([...BASE, ['dist/extra.js', 3_000_000]], { version: '1.1.0', packedSize: 150_000 }))
    expect(found.filter((f) => f.rule === 'size/total-jump').map((f) => [f.severity, (f.details as { measure?: string } | undefined)?.measure])).toEqual([
      ['error', 'unpacked'],
      ['warning', 'packed'],
    ])
  })
})

describe('source maps by licence: embedded sources are a leak when the sources are not public', () => {
  const withMap = (license: string | null | undefined, policy: Policy = DEFAULT_POLICY) =>
    run(snapshot(BASE, { license }), snapshot([...BASE, ['dist/cli.js.map', sourceMap(40, true)], ['dist/other.js.map', sourceMap(3, false)]], { version: '1.1.0', license }), policy)
      .filter((f) => f.rule.startsWith('source-map/'))
      .map((f) => `${f.severity} ${f.rule}`)

  it.each([
    ['SEE LICENSE IN README.md', 'error', 'warning'],
    ['UNLICENSED', 'error', 'warning'],
    [null, 'error', 'warning'],
    ['MIT', 'warning', 'notice'],
    ['(MIT OR Apache-2.0)', 'warning', 'notice'],
  ])('licence %s: embedded sources are an error or a warning', (license, embedded, names) => {
    expect(withMap(license).sort()).toEqual([`${embedded} source-map/sources-content`, `${names} source-map/new`].sort())
  })

  it('the warning names how many sources it embeds, the bytes it adds, and how to keep or drop them', () => {
    const [finding] = run(snapshot(BASE, { license: 'MIT' }), snapshot([...BASE, ['dist/cli.js.map', sourceMap(40, true)]], { version: '1.1.0', license: 'MIT' }))
    expect(finding.message).toMatch(/embeds the original source of 40 of its 40 files/)
    expect(finding.message).toMatch(/it adds .+ that installs do not need\. To keep them, .* to drop them, /)
    expect(finding.bytes).toBeGreaterThan(0)
  })

  it('sourceMaps.sourcesArePublic overrides the licence both ways', () => {
    const sourcesArePublic = (value: boolean) => ({ ...DEFAULT_POLICY, sourceMaps: { sourcesArePublic: value } })
    expect(withMap('SEE LICENSE IN README.md', sourcesArePublic(true))).toContain('warning source-map/sources-content')
    expect(withMap('MIT', sourcesArePublic(false))).toContain('error source-map/sources-content')
  })

  it('an inline map without sources under MIT is a notice', () => {
    const found = run(snapshot(BASE, { license: 'MIT' }), snapshot([...BASE, ['test/fixture.js', `x()\n${inlineMap(sourceMap(1, false))}`]], { version: '1.1.0', license: 'MIT' }))
    expect(found.filter((f) => f.rule === 'source-map/inline').map((f) => f.severity)).toEqual(['notice'])
  })

  it('inline maps are compared with inline maps: an inline map with sources under MIT warns', () => {
    const found = run(snapshot(BASE, { license: 'MIT' }), snapshot([...BASE, ['dist/index.js', `x()\n${inlineMap(sourceMap(5, true))}`]], { version: '1.1.0', license: 'MIT' }))
    expect(found.map((f) => `${f.severity} ${f.rule}`)).toEqual(['warning source-map/inline-sources-content'])
  })

  it('one small vendored map with sources does not make a new 1,900-source map normal', () => {
    const before = snapshot([...BASE, ['vendor/tiny.js.map', sourceMap(2, true)], ['dist/cli.js', 'x()']])
    const after = snapshot([...BASE, ['vendor/tiny.js.map', sourceMap(2, true)], ['dist/cli.js', 'y()'], ['dist/cli.js.map', sourceMap(1900, true)]], { version: '1.1.0' })
    expect(run(before, after).map((f) => `${f.severity} ${f.rule}`)).toContain('error source-map/sources-content')
    // Maps of the same scale as before follow the practice.
    const sameScale = snapshot([...BASE, ['vendor/tiny.js.map', sourceMap(2, true)], ['dist/cli.js', 'y()'], ['dist/more.js.map', sourceMap(3, true)]], { version: '1.1.0' })
    expect(run(before, sameScale).map((f) => `${f.severity} ${f.rule}`)).toEqual(['notice source-map/sources-content'])
  })

  it('inline maps with sources in the baseline do not make a new map file normal, nor the other way round', () => {
    const before = snapshot([...BASE, ['dist/a.js', `x()\n${inlineMap(sourceMap(50, true))}`]])
    const after = snapshot([...BASE, ['dist/a.js', `x()\n${inlineMap(sourceMap(50, true))}`], ['dist/b.js.map', sourceMap(50, true)]], { version: '1.1.0' })
    expect(run(before, after).map((f) => `${f.severity} ${f.rule}`)).toEqual(['error source-map/sources-content'])
  })
})

describe('policy', () => {
  it('turns a rule off, changes a severity and allows a path with a reason', () => {
    const before = snapshot(BASE)
    const after = snapshot([...BASE, ['.DS_Store', 'x'], ['dist/cli.js.map', sourceMap(3, true)], ['tsconfig.json', '{}']])
    const policy: Policy = {
      ...DEFAULT_POLICY,
      rules: { 'files/dev-leftover': 'off', 'files/forbidden': 'warning' },
      allow: [{ path: 'dist/*.map', reason: 'maps ship on purpose' }],
    }
    const findings = run(before, after, policy)
    expect(findings.map((f) => [f.rule, f.severity, f.suppressed?.reason])).toEqual([
      ['files/forbidden', 'warning', undefined],
      ['source-map/sources-content', 'error', 'maps ship on purpose'],
    ])
  })

  it('expect: files outside the expected globs are errors; npm\'s always-shipped files need not be listed', () => {
    const policy: Policy = { ...DEFAULT_POLICY, expect: ['dist/**'] }
    const after = snapshot([...BASE, ['LICENSE', 'MIT'], ['scripts/x.sh', 'x'], ['dist/deep/y.js', 'y']])
    expect(run(snapshot(BASE), after, policy).map((f) => [f.rule, f.path, f.severity])).toEqual([['files/unexpected', 'scripts/x.sh', 'error']])
    expect(run(snapshot(BASE), after).map((f) => f.rule)).not.toContain('files/unexpected')
  })

  it('does not sort or change the caller\'s data', () => {
    const before = snapshot(BASE)
    const after = snapshot([...BASE, ['b.log', 'x'], ['a.log', 'x']])
    const files = after.files.map((f) => f.path)
    run(before, after)
    expect(after.files.map((f) => f.path)).toEqual(files)
  })
})

describe('first release', () => {
  it('runs the absolute rules only', () => {
    const after = snapshot([...BASE, ['.env', 'A=1'], ['src/a.ts', 'x'], ['dist/a.js.map', sourceMap(2, true)]])
    expect(run(null, after).map((f) => f.rule).sort()).toEqual(['secrets/file', 'source-map/sources-content'])
  })
})

describe('many findings of one kind', () => {
  it('collapse into one finding that counts them, with every path in details', () => {
    const maps: SnapshotFile[] = Array.from({ length: 30 }, (_, i) => [`dist/lib/m${i}.js.map`, sourceMap(1, false)] as SnapshotFile)
    const findings = run(snapshot(BASE), snapshot([...BASE, ...maps]))
    const mapFindings = findings.filter((f) => f.rule === 'source-map/new')
    expect(mapFindings).toHaveLength(1)
    expect(mapFindings[0]).toMatchObject({ severity: 'warning', path: 'dist/lib/', details: { count: 30 } })
    expect(mapFindings[0].message).toMatch(/^30 new source maps without embedded sources, such as dist\/lib\/m0\.js\.map/)
    expect((mapFindings[0].details?.paths as string[]).length).toBe(30)
  })

  it('stay separate below three in one folder', () => {
    const maps: SnapshotFile[] = [['dist/a.js.map', sourceMap(1, false)], ['dist/b.js.map', sourceMap(1, false)], ['lib/c.js.map', sourceMap(1, false)]]
    expect(run(snapshot(BASE), snapshot([...BASE, ...maps])).filter((f) => f.rule === 'source-map/new').map((f) => f.path)).toEqual(['dist/a.js.map', 'dist/b.js.map', 'lib/c.js.map'])
  })

  it('group errors too: maps that embed sources in one folder are one error, with the count, the bytes and every path', () => {
    const maps: SnapshotFile[] = Array.from({ length: 4 }, (_, i) => [`dist/m${i}.js.map`, sourceMap(1, true)] as SnapshotFile)
    const found = run(snapshot(BASE), snapshot([...BASE, ...maps])).filter((f) => f.rule === 'source-map/sources-content')
    expect(found).toHaveLength(1)
    const bytes = snapshot(maps).unpackedSize
    expect(found[0]).toMatchObject({ severity: 'error', path: 'dist/', count: 4, bytes, details: { paths: ['dist/m0.js.map', 'dist/m1.js.map', 'dist/m2.js.map', 'dist/m3.js.map'] } })
    expect(found[0].message).toMatch(/^4 files under dist\/ \(.+\): dist\/m0\.js\.map, dist\/m1\.js\.map, dist\/m2\.js\.map and 1 more\. The first: New source map dist\/m0\.js\.map/)
  })

  it('a coverage/ folder is one error, not one per file', () => {
    const coverage: SnapshotFile[] = Array.from({ length: 40 }, (_, i) => [`coverage/lcov-report/f${i}.html`, '<html></html>'] as SnapshotFile)
    const found = run(snapshot(BASE), snapshot([...BASE, ['coverage/lcov.info', 'TN:'], ...coverage], { version: '1.1.0' }))
    expect(found.filter((f) => f.rule === 'files/forbidden')).toEqual([expect.objectContaining({ severity: 'error', path: 'coverage/', count: 41 })])
  })

  it('a rule left with findings in more than three folders is reported once', () => {
    const maps: SnapshotFile[] = ['a', 'b', 'c', 'd'].map((folder) => [`${folder}/x.js.map`, sourceMap(1, false)] as SnapshotFile)
    const found = run(snapshot(BASE), snapshot([...BASE, ...maps])).filter((f) => f.rule === 'source-map/new')
    expect(found).toEqual([expect.objectContaining({ count: 4, details: { paths: ['a/x.js.map', 'b/x.js.map', 'c/x.js.map', 'd/x.js.map'] } })])
    expect(found[0].path).toBeUndefined()
  })

  it('an allow-list entry still applies to one path of a folder that is grouped', () => {
    const maps: SnapshotFile[] = Array.from({ length: 4 }, (_, i) => [`dist/m${i}.js.map`, sourceMap(1, true)] as SnapshotFile)
    const policy: Policy = { ...DEFAULT_POLICY, allow: [{ path: 'dist/m0.js.map', reason: 'vendored' }] }
    const found = run(snapshot(BASE), snapshot([...BASE, ...maps]), policy).filter((f) => f.rule === 'source-map/sources-content')
    expect(found.map((f) => [f.path, f.count ?? 1, Boolean(f.suppressed)])).toEqual([['dist/', 3, false], ['dist/m0.js.map', 1, true]])
  })
})

describe('first release of a large package', () => {
  it('reads as a short report, however many files', () => {
    const files: SnapshotFile[] = []
    for (let folder = 0; folder < 30; folder++) {
      for (let i = 0; i < 20; i++) files.push([`dist/f${folder}/m${i}.js.map`, sourceMap(2, i % 2 === 0)], [`dist/f${folder}/m${i}.js`, `x()\n//# sourceMappingURL=m${i}.js.map\n`])
      files.push([`src/f${folder}/tsconfig.json`, '{}'], [`test/f${folder}/fixtures/a.json`, '{}'])
    }
    const found = run(null, snapshot([...BASE, ...files]))
    expect(found.length).toBeLessThanOrEqual(20)
    expect(found.reduce((sum, f) => sum + (f.count ?? 1), 0)).toBeGreaterThan(1000)
  })
})

describe('established practice: the baseline already ships maps', () => {
  it('a new map with sources is a notice when maps with sources shipped before (Next.js)', () => {
    const base: SnapshotFile[] = [...BASE, ['dist/a.js.map', sourceMap(1, true)]]
    const findings = run(snapshot(base, { version: '16.4.2' }), snapshot([...base, ['dist/b.js.map', sourceMap(1, true)]]))
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ rule: 'source-map/sources-content', severity: 'notice', path: 'dist/b.js.map' })
    expect(findings[0].message).toContain('16.4.2 already shipped 1 maps with embedded sources')
  })

  it('a new map with sources stays an error when earlier maps had none (the incident with .d.ts maps)', () => {
    const base: SnapshotFile[] = [...BASE, ['dist/index.d.ts.map', sourceMap(1, false)]]
    const findings = run(snapshot(base), snapshot([...base, ['dist/cli.js.map', sourceMap(1900, true)]])).filter((f) => f.rule.startsWith('source-map/'))
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['source-map/sources-content', 'error']])
  })

  it('a new map without sources is a notice when maps shipped before (rxjs)', () => {
    const base: SnapshotFile[] = [...BASE, ['dist/a.js.map', sourceMap(1, false)]]
    const findings = run(snapshot(base), snapshot([...base, ['dist/b.js.map', sourceMap(1, false)]]))
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['source-map/new', 'notice']])
  })
})
