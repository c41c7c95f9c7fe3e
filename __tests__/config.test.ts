import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import { beforeAll, describe, expect, it } from 'vitest'
import { check, finishReport, reportsOf } from '../src/check.js'
import { loadConfig } from '../src/config/load.js'
import { policyFor } from '../src/config/policy.js'
import { buildConfigSchema } from '../src/config/schema.js'
import { validateConfig } from '../src/config/validate.js'
import { DEFAULT_POLICY } from '../src/core/policy.js'
import { fingerprint } from '../src/inspect/secret-scanner.js'
import { ROOT, cli } from './helpers/cli.js'
import { FAKE } from './helpers/secrets.js'
import { type FixtureEntry, sourceMap, tempDir, writeTarball } from './helpers/tarball.js'

let dir: string
let before: string
const base: FixtureEntry[] = [{ path: 'README.md', content: '# p\n' }, { path: 'dist/index.js', content: 'export const a = 1\n' }]

beforeAll(async () => {
  dir = tempDir()
  before = await writeTarball(dir, 'before.tgz', base, { name: '@acme/p', version: '1.0.0' })
})

async function runWith(config: unknown, entries: FixtureEntry[], ...args: string[]) {
  const file = join(tempDir(), 'pack-guard.config.json')
  writeFileSync(file, JSON.stringify(config))
  const after = await writeTarball(dir, `after-${Math.random().toString(36).slice(2)}.tgz`, [...base, ...entries], { name: '@acme/p', version: '1.1.0' })
  const result = await cli(after, '--baseline', before, '--config', file, '--format', 'json', ...args)
  return { ...result, report: result.stdout.startsWith('{') ? JSON.parse(result.stdout) : undefined }
}

describe('each setting changes a verdict', () => {
  const map: FixtureEntry = { path: 'dist/index.js.map', content: sourceMap(3, true) }

  it('rules: a severity override', async () => {
    expect((await runWith({}, [map])).code).toBe(1)
    expect((await runWith({ rules: { 'source-map/sources-content': 'warning' } }, [map])).code).toBe(0)
    expect((await runWith({ rules: { 'source-map/sources-content': 'off' } }, [map])).report.packages[0].findings).toEqual([])
  })

  it('size: thresholds', async () => {
    const grown: FixtureEntry = { path: 'dist/more.js', content: 'x'.repeat(3000) }
    expect((await runWith({ failOn: 'warning' }, [grown])).code).toBe(0)
    const strict = await runWith({ failOn: 'warning', size: { unpacked: { warnPercent: 10, warnBytes: 1000 } } }, [grown])
    expect(strict.code).toBe(1)
    expect(strict.report.packages[0].findings[0]).toMatchObject({ rule: 'size/total-jump', details: { measure: 'unpacked' } })
    expect((await runWith({ size: { newFileBytes: 1000 }, failOn: 'warning' }, [grown])).report.packages[0].findings.map((f: { rule: string }) => f.rule)).toContain('size/large-new-file')
  })

  it('forbidden: extra globs', async () => {
    const db: FixtureEntry = { path: 'data/app.sqlite', content: 'x' }
    expect((await runWith({}, [db])).code).toBe(0)
    const result = await runWith({ forbidden: ['*.sqlite'] }, [db])
    expect(result.code).toBe(1)
    expect(result.report.packages[0].findings[0]).toMatchObject({ rule: 'files/forbidden', path: 'data/app.sqlite', details: { reason: 'forbidden by the pack-guard config' } })
  })

  it('allow: with the reason shown in every format', async () => {
    const config = { allow: [{ path: 'dist/*.map', rules: ['source-map/sources-content'], reason: 'we publish our source on purpose' }] }
    const result = await runWith(config, [map])
    expect(result.code).toBe(0)
    expect(result.report.packages[0].findings[0].suppressed).toEqual({ by: 'config', reason: 'we publish our source on purpose' })
    const text = await runWith(config, [map], '--format', 'text')
    expect(text.stdout).toContain('allowed: we publish our source on purpose')
  })

  it('expect: anything outside it is an error', async () => {
    const config = { expect: ['dist/**'] }
    expect((await runWith(config, [{ path: 'dist/b.js', content: 'x' }])).code).toBe(0)
    const result = await runWith(config, [{ path: 'scripts/release.sh', content: 'x' }])
    expect(result.code).toBe(1)
    expect(result.report.packages[0].findings[0]).toMatchObject({ rule: 'files/unexpected', path: 'scripts/release.sh', severity: 'error' })
  })

  it('failOn: in the file, and --fail-on overrides it', async () => {
    const leftover: FixtureEntry = { path: 'npm-debug.log', content: 'x' }
    expect((await runWith({}, [leftover])).code).toBe(0)
    expect((await runWith({ failOn: 'warning' }, [leftover])).code).toBe(1)
    expect((await runWith({ failOn: 'warning' }, [leftover], '--fail-on', 'error')).code).toBe(0)
  })

  it('secrets.allow: by fingerprint', async () => {
    const secret: FixtureEntry = { path: 'dist/demo.js', content: `token = "${FAKE.github}"` }
    expect((await runWith({}, [secret])).code).toBe(1)
    expect((await runWith({ secrets: { allow: [{ fingerprint: fingerprint(FAKE.github), reason: 'revoked demo token' }] } }, [secret])).code).toBe(0)
  })

  it('packages: a per-package section overrides the root', async () => {
    const root = { rules: { 'source-map/sources-content': 'off' } }
    expect((await runWith(root, [map])).code).toBe(0)
    expect((await runWith({ ...root, packages: { '@acme/p': { rules: { 'source-map/sources-content': 'error' } } } }, [map])).code).toBe(1)
    expect((await runWith({ ...root, packages: { '@acme/other': { rules: { 'source-map/sources-content': 'error' } } } }, [map])).code).toBe(0)
  })
})

describe('validation: one line naming the file, the key and what was expected', () => {
  it.each([
    [{ rules: { 'source-map/neww': 'off' } }, 'rules."source-map/neww": unknown rule id "source-map/neww" (did you mean "source-map/new"?)'],
    [{ failon: 'error' }, 'failon: unknown key (did you mean "failOn"?)'],
    [{ failOn: 'sometimes' }, 'failOn: expected one of error, warning, never, got "sometimes"'],
    [{ rules: { 'size/total-jump': 'loud' } }, 'rules."size/total-jump": expected one of off, notice, warning, error, got "loud"'],
    [{ allow: [{ path: 'dist/**' }] }, 'allow[0]: needs a "reason": the report shows why this is allowed'],
    [{ size: { packed: { warnPercent: '25%' } } }, 'size.packed.warnPercent: expected a number of at least 0, got "25%"'],
    [{ secrets: { allow: [{ fingerprint: 'abc', reason: 'x' }] } }, 'secrets.allow[0].fingerprint: expected "sha256:" and 12 hex digits, as the report shows it, got "abc"'],
    [{ packages: { '@a/b': { expekt: [] } } }, 'packages."@a/b".expekt: unknown key (did you mean "expect"?)'],
    [[], 'expected an object, got a list'],
  ])('%j', (config, message) => {
    expect(() => validateConfig(config, 'pack-guard.config.json')).toThrow(`pack-guard.config.json: ${message}`)
  })

  it('exits 2 through the CLI, naming the key', async () => {
    const result = await runWith({ rules: { 'source-map/neww': 'off' } }, [])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^pack-guard: .*pack-guard\.config\.json: rules\."source-map\/neww": unknown rule id/)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('names bad YAML and bad JSON', () => {
    const folder = tempDir()
    writeFileSync(join(folder, '.pack-guard.yml'), 'rules: [unclosed')
    expect(() => loadConfig(folder)).toThrow(/\.pack-guard\.yml: not valid YAML/)
    writeFileSync(join(folder, 'pack-guard.config.json'), '{ "rules": ')
    expect(() => loadConfig(folder)).toThrow(/pack-guard\.config\.json: not valid JSON/)
  })
})

describe('finding the config', () => {
  it('looks in the package folder, then the repository root, then package.json "packGuard"', () => {
    const repo = tempDir()
    mkdirSync(join(repo, '.git'))
    const pkg = join(repo, 'packages', 'p')
    mkdirSync(pkg, { recursive: true })
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'p', packGuard: { failOn: 'never' } }))
    expect(loadConfig(pkg)?.source).toBe(`${join(pkg, 'package.json')}#packGuard`)
    writeFileSync(join(repo, '.pack-guard.yml'), 'failOn: warning\nrules:\n  size/total-jump: off\n')
    expect(loadConfig(pkg)).toEqual({ source: join(repo, '.pack-guard.yml'), config: { failOn: 'warning', rules: { 'size/total-jump': 'off' } } })
    writeFileSync(join(pkg, 'pack-guard.config.json'), '{"failOn":"error"}')
    expect(loadConfig(pkg)?.source).toBe(join(pkg, 'pack-guard.config.json'))
  })

  it('is found next to a .tgz through check()', async () => {
    const folder = tempDir()
    writeFileSync(join(folder, 'pack-guard.config.json'), JSON.stringify({ rules: { 'files/dev-leftover': 'error' } }))
    const after = await writeTarball(folder, 'a.tgz', [...base, { path: 'tsconfig.json', content: '{}' }], { name: '@acme/p', version: '1.1.0' })
    const result = await check({ path: after, baseline: before, cwd: folder })
    expect(result.failOn).toBe('error')
    expect(finishReport(result, reportsOf(result)).verdict).toBe('fail')
  })

  it('merges per-package sections purely', () => {
    const config = validateConfig({ forbidden: ['*.a'], packages: { p: { forbidden: ['*.b'], failOn: 'warning' } } }, 'c')
    expect(policyFor(DEFAULT_POLICY, config, 'p')).toMatchObject({ forbidden: ['*.a', '*.b'], failOn: 'warning' })
    expect(policyFor(DEFAULT_POLICY, config, 'q')).toMatchObject({ forbidden: ['*.a'], failOn: 'error' })
    expect(DEFAULT_POLICY.forbidden).toEqual([])
  })
})

describe('the JSON Schema', () => {
  const file = join(ROOT, 'pack-guard.schema.json')
  const schema = buildConfigSchema()

  it('is the file that ships, generated from the rules', () => {
    if (process.env.UPDATE_DOCS) writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`)
    expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(schema, null, 2)}\n`)
  })

  const ajv = new Ajv({ allErrors: true })
  const validate = ajv.compile(schema)

  it('agrees with the validator on good and bad configs', () => {
    const samples: unknown[] = [
      {},
      { failOn: 'warning', rules: { 'source-map/new': 'off' }, expect: ['dist/**'] },
      { size: { packed: { warnPercent: 30, warnBytes: 200000, errorRatio: 5, errorBytes: 1000000 }, file: { percent: 50, bytes: 1 }, newFileBytes: 1 } },
      { allow: [{ path: 'a', rules: ['files/forbidden'], reason: 'r' }], secrets: { allow: [{ fingerprint: 'sha256:0123456789ab', reason: 'r' }] } },
      { packages: { '@a/b': { failOn: 'never' } } },
      { rules: { 'source-map/neww': 'off' } },
      { failon: 'error' },
      { allow: [{ path: 'a' }] },
      { size: { packed: { warnPercent: -1 } } },
      { packages: { p: { packages: {} } } },
      { secrets: { allow: [{ fingerprint: 'sha1:x', reason: 'r' }] } },
    ]
    for (const sample of samples) {
      let accepted = true
      try {
        validateConfig(sample, 'x')
      } catch {
        accepted = false
      }
      expect(validate(sample), JSON.stringify(sample)).toBe(accepted)
    }
  })

  it('validates every example config in README.md and docs/config.md', () => {
    const blocks: string[] = []
    for (const doc of ['README.md', 'docs/config.md', 'docs/secrets.md']) {
      const text = readFileSync(join(ROOT, doc), 'utf8')
      for (const match of text.matchAll(/```json\n([\s\S]*?)```/g)) if (/"(rules|allow|expect|failOn|size|secrets|forbidden|packages)"/.test(match[1]) && !match[1].includes('"schemaVersion"')) blocks.push(match[1])
    }
    expect(blocks.length).toBeGreaterThan(3)
    for (const block of blocks) {
      const data = JSON.parse(block)
      expect(validate(data), `${block}\n${JSON.stringify(validate.errors)}`).toBe(true)
      expect(() => validateConfig(data, 'doc')).not.toThrow()
    }
  })
})

describe('pack-guard init and explain', () => {
  it('init writes a config that makes the next run pass, and refuses to overwrite', async () => {
    const folder = tempDir()
    writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'init-demo', version: '1.0.0', files: ['dist'] }))
    mkdirSync(join(folder, 'dist'))
    writeFileSync(join(folder, 'dist/index.js'), 'export {}\n//# sourceMappingURL=index.js.map\n')
    writeFileSync(join(folder, 'dist/index.js.map'), sourceMap(2, true))
    expect((await cli(folder, '--baseline', 'none')).code).toBe(1)
    const written = await cli('init', folder, '--baseline', 'none')
    expect(written.code, written.stderr).toBe(0)
    const config = JSON.parse(readFileSync(join(folder, 'pack-guard.config.json'), 'utf8'))
    expect(config).toMatchObject({ $schema: expect.stringMatching(/^https:\/\/unpkg\.com\/pack-guard@[^/]+\/pack-guard\.schema\.json$/), expect: ['README.md', 'dist/**', 'package.json'].filter((g) => g !== 'README.md') })
    expect(config.allow).toEqual([{ path: 'dist/index.js.map', rules: ['source-map/sources-content'], reason: expect.stringContaining('review this reason') }])
    expect((await cli(folder, '--baseline', 'none')).code).toBe(0)
    const again = await cli('init', folder, '--baseline', 'none')
    expect(again.code).toBe(2)
    expect(again.stderr).toMatch(/already holds a pack-guard config \(use --force/)
  })

  it('explain prints the rule\'s page; an unknown rule exits 2 with a suggestion', async () => {
    const result = await cli('explain', 'source-map/sources-content')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('## `source-map/sources-content`')
    expect(result.stdout).toContain('**How to silence.**')
    expect(readFileSync(join(ROOT, 'docs/rules.md'), 'utf8')).toContain(result.stdout)
    const unknown = await cli('explain', 'source-map/sourcescontent')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toBe('pack-guard: explain: unknown rule "source-map/sourcescontent" (did you mean "source-map/sources-content"?)\n')
  })
})
