import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { VERSION } from '../src/version.js'
import { ROOT, cli, distCli } from './helpers/cli.js'
import { type FixtureEntry, sourceMap, tempDir, writeTarball } from './helpers/tarball.js'

let dir: string
let before: string
let incident: string
let ordinary: string

const BUNDLE = 'x'.repeat(400_000)
const common: FixtureEntry[] = [{ path: 'README.md', content: '# cli\n' }, { path: 'LICENSE', content: 'MIT\n' }]

beforeAll(async () => {
  dir = tempDir()
  before = await writeTarball(dir, 'before.tgz', [...common, { path: 'cli.js', content: `${BUNDLE}\n//# sourceMappingURL=cli.js.map\n` }], { name: '@acme/cli', version: '2.1.87' })
  // The incident's shape: one new map with the original source of 1,900 files.
  incident = await writeTarball(dir, 'incident.tgz', [
    ...common,
    { path: 'cli.js', content: `${BUNDLE}y\n//# sourceMappingURL=cli.js.map\n` },
    { path: 'cli.js.map', content: sourceMap(1900, true, 1500) },
  ], { name: '@acme/cli', version: '2.1.88' })
  ordinary = await writeTarball(dir, 'ordinary.tgz', [...common, { path: 'cli.js', content: `${BUNDLE}yy\n//# sourceMappingURL=cli.js.map\n` }], { name: '@acme/cli', version: '2.1.89' })
})

describe('pack-guard CLI', () => {
  it('catches the incident: names the map, counts the sources, flags the size jump, exits 1', async () => {
    const { code, stdout } = await cli(incident, '--baseline', before, '--format', 'json')
    expect(code).toBe(1)
    const report = JSON.parse(stdout)
    const [pkg] = report.packages
    expect(pkg).toMatchObject({ name: '@acme/cli', version: '2.1.88', baseline: { version: '2.1.87', source: before } })
    const map = pkg.findings.find((f: { rule: string }) => f.rule === 'source-map/sources-content')
    expect(map).toMatchObject({ severity: 'error', path: 'cli.js.map', details: { sources: 1900, sourcesWithContent: 1900 } })
    expect(pkg.findings.filter((f: { rule: string }) => f.rule === 'size/total-jump').length).toBeGreaterThan(0)
    expect(pkg.files.added).toEqual([{ path: 'cli.js.map', size: expect.any(Number) }])
    expect(pkg.packed.after).toBeGreaterThan(pkg.packed.before)
    expect(report).toMatchObject({ schemaVersion: 1, verdict: 'fail', failOn: 'error', tool: { name: 'pack-guard', version: VERSION } })
  })

  it('passes an ordinary release quietly', async () => {
    const { code, stdout } = await cli(ordinary, '--baseline', before)
    expect(code).toBe(0)
    expect(stdout).toMatch(/^pack-guard PASS: 0 errors, 0 warnings/)
    expect(stdout).toContain('no findings')
  })

  it('prints text for people: verdict, findings with fixes, sizes', async () => {
    const { stdout } = await cli(incident, '--baseline', before, '--format', 'text')
    const lines = stdout.split('\n')
    expect(lines[0]).toBe('pack-guard FAIL: 1 error, 2 warnings, 1 notice (fail-on: error)')
    expect(stdout).toMatch(/ERROR {3}source-map\/sources-content {2}cli\.js\.map/)
    expect(stdout).toContain('embeds the original source of 1900 of its 1900 files')
    expect(stdout).toMatch(/fix: Keep maps out of the package/)
    expect(stdout).toMatch(/packed +\d/)
  })

  it('prints Markdown', async () => {
    const { stdout } = await cli(incident, '--baseline', before, '--format', 'markdown')
    expect(stdout).toContain('## pack-guard: FAIL')
    expect(stdout).toMatch(/\| :x: error \| \[`source-map\/sources-content`\]\([^)]*#source-mapsources-content\) \| `cli\.js\.map` \|/)
  })

  it('honours --fail-on', async () => {
    expect((await cli(incident, '--baseline', before, '--fail-on', 'never')).code).toBe(0)
    const warningsOnly = await writeTarball(dir, 'w.tgz', [...common, { path: 'cli.js', content: BUNDLE }, { path: 'npm-debug.log', content: 'x' }], { name: '@acme/cli', version: '2.1.90' })
    expect((await cli(warningsOnly, '--baseline', before)).code).toBe(0)
    expect((await cli(warningsOnly, '--baseline', before, '--fail-on', 'warning')).code).toBe(1)
  })

  it('runs absolute rules with --baseline none', async () => {
    const { code, stdout } = await cli(incident, '--baseline', 'none', '--format', 'json')
    expect(code).toBe(1)
    const [pkg] = JSON.parse(stdout).packages
    expect(pkg.baseline).toEqual({ version: null, source: 'none' })
    expect(pkg.packed.before).toBeNull()
  })

  it.each([
    [['--bogus'], /^pack-guard: unknown option --bogus \(see pack-guard --help\)\n$/],
    [['--fail-on', 'maybe'], /^pack-guard: --fail-on: expected one of error, warning, never, got "maybe"\n$/],
    [['--format', 'xml'], /^pack-guard: --format: expected one of text, json, markdown/],
    [['a.tgz', 'b.tgz'], /^pack-guard: expected one PATH, got 2/],
    [['--max-bytes', '-1'], /^pack-guard: option --max-bytes needs a value \(write --max-bytes=VALUE/],
    [['--max-bytes=-1'], /^pack-guard: --max-bytes: expected a positive whole number, got "-1"/],
    [['--baseline'], /^pack-guard: option --baseline needs a value/],
  ])('rejects bad options in one line, exit 2: %j', async (argv, message) => {
    const { code, stderr, stdout } = await cli(...argv)
    expect(code).toBe(2)
    expect(stderr).toMatch(message)
    expect(stdout).toBe('')
  })

  it('names a baseline path that does not exist', async () => {
    const { code, stderr } = await cli(incident, '--baseline', join(dir, 'missing.tgz'))
    expect(code).toBe(2)
    expect(stderr).toBe(`pack-guard: --baseline ${join(dir, 'missing.tgz')}: no such file\n`)
  })

  it('prints help and version', async () => {
    expect((await cli('--help')).stdout).toMatch(/^Usage: pack-guard \[PATH\]/)
    expect((await cli('--version')).stdout).toBe(`${VERSION}\n`)
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version).toBe(VERSION)
  })
})

describe('bundled dist/cli.js on this Node', () => {
  it('exits 1 on the incident, 0 on an ordinary release, 2 on a broken file, without a stack trace', () => {
    expect(distCli([incident, '--baseline', before, '--format', 'json']).code).toBe(1)
    expect(distCli([ordinary, '--baseline', before]).code).toBe(0)
    const broken = join(dir, 'before.tgz.txt')
    writeFileSync(broken, 'not a tarball')
    const result = distCli([broken, '--baseline', 'none'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`pack-guard: ${broken}: not a gzip file (incorrect header check)\n`)
  })
})
