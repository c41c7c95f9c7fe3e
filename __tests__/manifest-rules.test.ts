import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { readTarball } from '../src/adapters/tarball-reader.js'
import { analyzePackage } from '../src/core/analyze.js'
import { manifestFacts } from '../src/core/manifest-facts.js'
import { DEFAULT_POLICY } from '../src/core/policy.js'
import { specSource } from '../src/core/rules/manifest-dependency-source.js'
import type { PackageSnapshot } from '../src/core/types.js'
import { snapshot } from './helpers/snapshot.js'
import { buildTarball } from './helpers/tarball.js'

/** A snapshot whose manifest facts come from this package.json, as the tarball reader makes them. */
function withManifest(manifest: Record<string, unknown>, files: Array<[string, string]> = [], extra: Partial<PackageSnapshot> = {}): PackageSnapshot {
  const full = { name: 'pkg', version: '1.0.0', ...manifest }
  return { ...snapshot([['package.json', JSON.stringify(full)], ...files], { version: full.version as string, name: full.name as string }), manifest: manifestFacts(full), ...extra }
}

function fired(before: PackageSnapshot | null, after: PackageSnapshot): string[] {
  const report = analyzePackage({ before, after, baseline: { version: before?.version ?? null, source: 'test' }, policy: DEFAULT_POLICY })
  return report.findings.filter((f) => /^(?:manifest|provenance)\//.test(f.rule)).map((f) => `${f.severity} ${f.rule} ${f.path ?? ''}`.trim())
}

describe('manifest/install-script', () => {
  const base = { scripts: { test: 'vitest', postinstall: 'node setup.js' } }
  it.each([
    ['adds a preinstall', { scripts: { ...base.scripts, preinstall: 'node x.js' } }, ['error manifest/install-script package.json']],
    ['changes the postinstall', { scripts: { ...base.scripts, postinstall: 'node bundle.js' } }, ['error manifest/install-script package.json']],
    ['adds install', { scripts: { ...base.scripts, install: 'sh run.sh' } }, ['error manifest/install-script package.json']],
    ['keeps the same postinstall', base, []],
    ['removes the postinstall', { scripts: { test: 'vitest' } }, []],
    ['adds other scripts only', { scripts: { ...base.scripts, prepare: 'tsc', build: 'tsc' } }, []],
  ])('%s', (_name, manifest, expected) => {
    expect(fired(withManifest(base), withManifest({ ...manifest, version: '1.0.1' }))).toEqual(expected)
  })

  it('names the script and shows what it runs', () => {
    const after = withManifest({ version: '1.0.1', scripts: { postinstall: 'node ./dist/bundle.js' } })
    const [finding] = analyzePackage({ before: withManifest({}), after, baseline: { version: '1.0.0', source: 'test' }, policy: DEFAULT_POLICY }).findings
    expect(finding.message).toBe('package.json adds a `postinstall` script, which npm runs on every install: `node ./dist/bundle.js`.')
    expect(finding.details).toEqual({ script: 'postinstall', previous: null, current: 'node ./dist/bundle.js' })
  })

  it('reports a first release that has an install script', () => {
    expect(fired(null, withManifest({ scripts: { postinstall: 'x' } }))).toEqual(['error manifest/install-script package.json'])
  })

  it('reports a binding.gyp that appears, not one that shipped before', () => {
    expect(fired(withManifest({}), withManifest({ version: '1.0.1' }, [['binding.gyp', '{}']]))).toEqual(['error manifest/install-script binding.gyp'])
    expect(fired(withManifest({}, [['binding.gyp', '{}']]), withManifest({ version: '1.0.1' }, [['binding.gyp', '{"x":1}']]))).toEqual([])
    expect(fired(withManifest({}), withManifest({ version: '1.0.1' }, [['src/binding.gyp', '{}']]))).toEqual([])
    // Among many files, before or after it in path order; in a first release too.
    const many = (names: string[]): Array<[string, string]> => names.map((name) => [name, 'x'])
    const around = many(['a.js', 'b/c.js', 'binding.gy', 'binding.gyp.bak', 'bindings/x.gyp', 'z.js', 'Binding.gyp'])
    expect(fired(withManifest({}, around), withManifest({ version: '1.0.1' }, [...around, ['binding.gyp', '{}']]))).toEqual(['error manifest/install-script binding.gyp'])
    expect(fired(withManifest({}), withManifest({ version: '1.0.1' }, around))).toEqual([])
    expect(fired(null, withManifest({}, [['binding.gyp', '{}'], ...around]))).toEqual(['error manifest/install-script binding.gyp'])
  })

  it('says nothing when a side has no manifest facts (a snapshot built in memory)', () => {
    expect(fired(snapshot([['package.json', '{}']]), withManifest({ scripts: { postinstall: 'x' } }))).toEqual([])
  })
})

describe('manifest/dependency-source', () => {
  it.each([
    ['^1.2.3', 'registry'],
    ['latest', 'registry'],
    ['npm:other@^2', 'registry'],
    ['1.x || >=2.5.0', 'registry'],
    ['git+https://github.com/a/b.git', 'git'],
    ['git://github.com/a/b.git#v1', 'git'],
    ['github:a/b', 'git'],
    ['a/b#main', 'git'],
    ['https://github.com/a/b.git', 'git'],
    ['https://example.com/pkg.tgz', 'url'],
    ['file:../local', 'file'],
    ['../local', 'file'],
    ['/abs/path', 'file'],
    ['link:../x', 'link'],
  ])('%s is a %s spec', (spec, source) => {
    expect(specSource(spec)).toBe(source)
  })

  it('warns when a spec becomes git, and for a new URL dependency; not for one unchanged', () => {
    const before = withManifest({ dependencies: { a: '^1.0.0', b: 'github:x/b', c: '^2.0.0' } })
    const after = withManifest({ version: '1.0.1', dependencies: { a: 'git+https://evil.test/a.git', b: 'github:x/b', c: '^2.1.0' }, optionalDependencies: { d: 'https://evil.test/d.tgz' } })
    const report = analyzePackage({ before, after, baseline: { version: '1.0.0', source: 'test' }, policy: DEFAULT_POLICY })
    const findings = report.findings.filter((f) => f.rule === 'manifest/dependency-source')
    expect(findings.map((f) => f.details)).toEqual([
      { dependency: 'a', source: 'git', previous: '^1.0.0', current: 'git+https://evil.test/a.git' },
      { dependency: 'd', source: 'url', previous: null, current: 'https://evil.test/d.tgz' },
    ])
    expect(findings[0].severity).toBe('warning')
  })
})

describe('manifest/new-dependency', () => {
  it('lists every new runtime dependency in one notice', () => {
    const before = withManifest({ dependencies: { a: '^1.0.0' }, devDependencies: { vitest: '^4' } })
    const after = withManifest({ version: '1.0.1', dependencies: { a: '^1.1.0', b: '^2.0.0' }, optionalDependencies: { c: '3.0.0' }, devDependencies: { vitest: '^4', tsx: '^4' } })
    const report = analyzePackage({ before, after, baseline: { version: '1.0.0', source: 'test' }, policy: DEFAULT_POLICY })
    const findings = report.findings.filter((f) => f.rule === 'manifest/new-dependency')
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ severity: 'notice', message: '2 new runtime dependencies: b@^2.0.0, c@3.0.0.' })
  })

  it('is quiet on a first release and when nothing was added', () => {
    expect(fired(null, withManifest({ dependencies: { a: '1' } }))).toEqual([])
    expect(fired(withManifest({ dependencies: { a: '1' } }), withManifest({ version: '1.0.1', dependencies: { a: '2' } }))).toEqual([])
  })
})

describe('manifest/bin', () => {
  it('warns on a new command and a changed target, not on an unchanged one', () => {
    const before = withManifest({ bin: { tool: 'cli.js', keep: 'k.js' } })
    const after = withManifest({ version: '1.0.1', bin: { tool: 'other.js', keep: 'k.js', extra: 'x.js' } })
    expect(fired(before, after)).toEqual(['warning manifest/bin package.json', 'warning manifest/bin package.json'])
  })

  it('reads a string bin as the command named after the package, scope dropped', () => {
    expect(manifestFacts({ name: '@acme/tool', bin: 'cli.js' }).bin).toEqual({ tool: 'cli.js' })
    const before = withManifest({ name: '@acme/tool', bin: 'cli.js' })
    expect(fired(before, withManifest({ name: '@acme/tool', version: '1.0.1', bin: { tool: 'cli.js' } }))).toEqual([])
  })
})

describe('provenance/dropped', () => {
  const make = (version: string, attested?: boolean) => withManifest({ version }, [], attested === undefined ? {} : { provenance: { attested } })
  it('is an error when the previous version was attested and this one is not', () => {
    expect(fired(make('1.0.0', true), make('1.0.1', false))).toEqual(['error provenance/dropped'])
  })
  it.each([
    ['both attested', true, true],
    ['neither attested', false, false],
    ['newly attested', false, true],
    ['not asked (a pull request check)', undefined, undefined],
    ['baseline not asked', undefined, false],
  ])('is quiet when %s', (_name, before, after) => {
    expect(fired(make('1.0.0', before), make('1.0.1', after))).toEqual([])
  })
})

describe('the tarball reader', () => {
  it('brings the manifest facts into the snapshot', async () => {
    const manifest = { name: 'p', version: '1.0.0', scripts: { postinstall: 'node x.js', build: 'tsc' }, dependencies: { a: '^1', bad: 7 }, bin: 'cli.js' }
    const tgz = await buildTarball([{ path: 'package.json', content: JSON.stringify(manifest) }])
    const read = await readTarball(Readable.from([tgz]), 'p.tgz')
    expect(read.manifest).toEqual({ installScripts: { postinstall: 'node x.js' }, dependencies: { a: '^1' }, optionalDependencies: {}, bin: { p: 'cli.js' } })
  })

  it('reads a manifest that is JSON but not an object without failing', async () => {
    const tgz = await buildTarball([{ path: 'package.json', content: 'null' }])
    const read = await readTarball(Readable.from([tgz]), 'p.tgz')
    expect(read.manifest).toEqual({ installScripts: {}, dependencies: {}, optionalDependencies: {}, bin: {} })
  })
})
