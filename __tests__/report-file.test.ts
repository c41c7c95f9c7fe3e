import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import { describe, expect, it } from 'vitest'
import { analyzePackage, buildReport } from '../src/core/analyze.js'
import { DEFAULT_POLICY } from '../src/core/policy.js'
import type { Report } from '../src/core/types.js'
import { readReportFile } from '../src/report-file.js'
import { REPORT_CAPS, buildReportSchema, validateAgainst } from '../src/report-schema.js'
import { ROOT } from './helpers/cli.js'
import { FAKE } from './helpers/secrets.js'
import { snapshot } from './helpers/snapshot.js'
import { sourceMap, tempDir } from './helpers/tarball.js'

/** A real report with findings of several families, details, a suppression and a skipped package. */
function realReport(): Report {
  const before = snapshot([['index.js', 'export {}\n'], ['big.js', 1000]], { version: '1.0.0' })
  const after = snapshot(
    [
      ['index.js', 'export {}\n'],
      ['big.js', 5_000_000],
      ['dist/a.js.map', sourceMap(3, true)],
      ['.env', 'X=1\n'],
      ['config.js', `module.exports = { token: "${FAKE.github}" }\n`],
    ],
    { version: '1.1.0' },
  )
  const policy = { ...DEFAULT_POLICY, allow: [{ path: 'big.js', reason: 'a bundle, on purpose' }] }
  const pkg = analyzePackage({ before, after, baseline: { version: '1.0.0', source: 'registry', registry: 'https://registry.npmjs.org/' }, policy })
  return buildReport([pkg], policy, '0.1.0', [{ name: 'private-pkg', path: 'packages/private', reason: 'private' }])
}

async function read(data: unknown): Promise<Report> {
  const file = join(tempDir(), 'report.json')
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data))
  return readReportFile(file)
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

describe('pack-guard-report.schema.json', () => {
  const file = join(ROOT, 'pack-guard-report.schema.json')
  const schema = buildReportSchema()

  it('is the file that ships, generated from the rules', () => {
    if (process.env.UPDATE_DOCS) writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`)
    expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(schema, null, 2)}\n`)
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
    expect(manifest.files).toContain('pack-guard-report.schema.json')
  })

  it('accepts a real report whole and unchanged', () => {
    const report = realReport()
    expect(report.packages[0].findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['secrets/file', 'secrets/github-token', 'source-map/sources-content', 'size/file-growth', 'size/total-jump']))
    expect(validateAgainst(schema, clone(report))).toEqual(clone(report))
    expect(new Ajv({ allErrors: true }).compile(schema)(clone(report))).toBe(true)
  })

  const bad: Array<[string, (r: Report & Record<string, any>) => void, RegExp]> = [
    ['a string where a count goes (the forged heading)', (r) => (r.packages[0].fileCount.before = '| 1 |\n\n# APPROVED by @team' as never), /packages\[0\]\.fileCount\.before: expected integer or null, got string/],
    ['Infinity from 1e999', (r) => (r.packages[0].packed.after = 'INFINITY' as never), /packages\[0\]\.packed\.after: (not a finite number|expected)/],
    ['a negative size', (r) => (r.packages[0].unpacked.after = -1), /below 0/],
    ['a fractional size', (r) => (r.packages[0].files.added[0].size = 1.5), /expected integer/],
    ['an unknown rule id', (r) => (r.packages[0].findings[0].rule = 'x`<b>/y' as never), /packages\[0\]\.findings\[0\]\.rule: not one of the known values/],
    ['an unknown severity', (r) => (r.packages[0].findings[0].severity = 'fatal' as never), /severity: not one of the known values/],
    ['a long message', (r) => (r.packages[0].findings[0].message = 'x'.repeat(REPORT_CAPS.message + 1)), /message: longer than 16384 characters/],
    ['a long package name', (r) => (r.packages[0].name = 'x'.repeat(215)), /packages\[0\]\.name: longer than 214/],
    ['too many packages', (r) => (r.packages = Array.from({ length: REPORT_CAPS.packages + 1 }, () => r.packages[0])), /packages: more than 1000 items/],
    ['a missing message', (r) => delete (r.packages[0].findings[0] as Partial<Record<string, unknown>>).message, /findings\[0\]\.message: missing/],
    ['a bad fingerprint', (r) => ((r.packages[0].findings.find((f) => f.rule === 'secrets/github-token')!.details as { matches: Array<{ fingerprint: string }> }).matches[0].fingerprint = '<img>'), /fingerprint: not in the expected form/],
    ['another schema version', (r) => (r.schemaVersion = 2 as never), /schemaVersion: expected 1/],
    ['a bad failOn', (r) => (r.failOn = 'sometimes' as never), /failOn: not one of the known values/],
    ['an object for a version', (r) => (r.packages[0].version = {} as never), /version: expected string, got object/],
  ]
  for (const [what, tamper, message] of bad) {
    it(`refuses ${what}, in one line naming the field`, async () => {
      const report = clone(realReport()) as Report & Record<string, any>
      tamper(report)
      const text = JSON.stringify(report).replace('"INFINITY"', '1e999')
      await expect(read(text)).rejects.toThrow(message)
      await expect(read(text)).rejects.toThrow(/: not a pack-guard report \(/)
      // Ajv agrees that the file is not a valid report.
      expect(new Ajv({ allErrors: true }).compile(schema)(JSON.parse(text))).toBe(false)
    })
  }

  it('drops unknown keys everywhere, as Ajv with removeAdditional does', async () => {
    const report = clone(realReport()) as Report & Record<string, any>
    report.html = '<img src=x>'
    ;(report.packages[0] as unknown as Record<string, unknown>).banner = '# APPROVED'
    ;(report.packages[0].findings[0] as unknown as Record<string, unknown>).link = '[x](http://evil.test)'
    ;(report.packages[0].findings[0].details as Record<string, unknown> | undefined ?? (report.packages[0].findings[0].details = {} as never))
    ;(report.packages[0].findings[0].details as Record<string, unknown>).extra = 1
    const read1 = await read(report)
    const ajvCopy = clone(report)
    new Ajv({ removeAdditional: 'all' }).compile(schema)(ajvCopy)
    expect(JSON.stringify(read1)).not.toMatch(/APPROVED|evil\.test|<img|"extra"/)
    // Same data as Ajv keeps, bar the suppressions that reading drops.
    for (const pkg of ajvCopy.packages) for (const f of pkg.findings) delete f.suppressed
    expect(read1).toEqual(ajvCopy)
  })

  it('drops every suppressed mark, by config as by label: only the posting job may accept', async () => {
    const report = clone(realReport())
    expect(report.packages[0].findings.some((f) => f.suppressed?.by === 'config')).toBe(true)
    const secret = report.packages[0].findings.find((f) => f.rule === 'secrets/github-token')!
    secret.suppressed = { by: 'config', reason: 'allowed by config' }
    report.packages[0].findings[1].suppressed = { by: 'label', reason: 'accepted by @someone' }
    const read1 = await read(report)
    expect(read1.packages[0].findings.filter((f) => f.suppressed)).toEqual([])
  })

  it('refuses a file over the size cap before reading it, and names a file that is not JSON', async () => {
    await expect(read('{"schemaVersion": 1,')).rejects.toThrow(/: not valid JSON$/)
    await expect(read('null')).rejects.toThrow(/not a pack-guard report \(the report: expected object, got null\)/)
  })
})
