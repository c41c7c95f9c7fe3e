import { describe, expect, it } from 'vitest'
import { analyzePackage, buildReport } from '../src/core/analyze.js'
import { DEFAULT_POLICY } from '../src/core/policy.js'
import type { FileEntry } from '../src/core/types.js'
import { renderMarkdown } from '../src/report/markdown.js'

/** A report with one `secrets/file` error per `.env` file, under multibyte folder names, in packages of 200 files. */
function bigReport(count: number) {
  // The analysis groups these into one finding per folder; the caps are about long reports, so each file gets its own finding here.
  const packages = Array.from({ length: Math.ceil(count / 200) }, (_, p) => {
    const files: FileEntry[] = Array.from({ length: 200 }, (_, i) => ({ path: `配置/环境变量-${p}-${i}/.env`, size: 10, mode: 0o644, type: 'file' as const, facts: {} }))
    const after = { name: `p${p}`, version: '1.0.0', files, packedSize: 1, unpackedSize: 1, fileCount: files.length }
    const one = (file: FileEntry) => analyzePackage({ before: null, after: { ...after, files: [file], fileCount: 1 }, baseline: { version: null, source: 'none' }, policy: DEFAULT_POLICY }).findings
    const pkg = analyzePackage({ before: null, after, baseline: { version: null, source: 'none' }, policy: DEFAULT_POLICY })
    return { ...pkg, findings: files.flatMap(one) }
  })
  return buildReport(packages, DEFAULT_POLICY, '0')
}

describe('Markdown caps (comment: characters; job summary: bytes)', () => {
  const report = bigReport(3000)
  const full = renderMarkdown(report)

  it('keeps a report that fits whole', () => {
    expect(renderMarkdown(report, { maxLength: full.length, maxBytes: Buffer.byteLength(full) })).toBe(full)
    expect(full).not.toContain('Cut to fit')
  })

  it('cuts at a line boundary under the character cap, and says how much was left out', () => {
    const cut = renderMarkdown(report, { maxLength: 65_000 })
    expect(cut.length).toBeLessThanOrEqual(65_000)
    expect(cut).toMatch(/> \*\*Cut to fit:\*\* \d+ characters of this report were left out/)
    const rows = cut.split('\n').filter((line) => line.startsWith('| '))
    for (const row of rows) expect(row.endsWith(' |')).toBe(true)
  })

  it('counts UTF-8 bytes for the job summary, where characters would overflow it', () => {
    const max = 100_000
    // Many characters here take 3 bytes: a character cap of 100,000 would let 200,000+ bytes through.
    expect(Buffer.byteLength(renderMarkdown(report, { maxLength: max }))).toBeGreaterThan(max)
    const cut = renderMarkdown(report, { maxBytes: max })
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(max)
    expect(Buffer.byteLength(cut)).toBeGreaterThan(max - 2_000) // not cut much further than needed
    expect(cut).not.toContain('\ufffd')
    expect(cut).toContain('Cut to fit')
  })

  it('keeps the footer whole under both caps, and says where the whole report is', () => {
    const footer = ['<sub>How to accept: add the label.</sub>']
    for (const options of [{ maxLength: 20_000 }, { maxBytes: 20_000 }]) {
      const cut = renderMarkdown(report, { ...options, footer, fullReport: 'The JSON report has it all.' })
      expect(cut.trimEnd().endsWith(footer[0])).toBe(true)
      expect(cut).toContain('left out (GitHub limits its length). The JSON report has it all.')
      expect(cut.length).toBeLessThanOrEqual(20_000)
      expect(Buffer.byteLength(cut)).toBeLessThanOrEqual('maxBytes' in options ? 20_000 : Infinity)
    }
    // By default the note never claims that another cut output has it all.
    expect(renderMarkdown(report, { maxLength: 20_000 })).not.toMatch(/summary .*ha(s|ve) it all/)
  })
})

describe('grouped findings in Markdown', () => {
  it('fold every path of a grouped finding in its cell, escaped, capped with a count of the rest', () => {
    const base = bigReport(1)
    const paths = Array.from({ length: 25 }, (_, i) => `coverage/lcov-report/f${i}|x.html`)
    const grouped = { rule: 'files/forbidden' as const, severity: 'error' as const, path: 'coverage/', message: '25 files under coverage/', count: 25, details: { reason: 'a test coverage report', count: 25, paths } }
    const report = { ...base, packages: [{ ...base.packages[0], findings: [grouped] }] }
    const markdown = renderMarkdown(report)
    expect(markdown).toContain('<details><summary>25 files</summary>`coverage/lcov-report/f0\\|x.html`<br>')
    expect(markdown).toContain('<br>… and 5 more (see the JSON report)</details>')
    expect(markdown).not.toContain('f20')
    const row = markdown.split('\n').find((line) => line.includes('25 files under coverage/'))!
    expect(row.endsWith(' |')).toBe(true)
  })
})
