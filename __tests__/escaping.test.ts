import * as core from '@actions/core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { analyzePackage, buildReport } from '../src/core/analyze.js'
import { DEFAULT_POLICY } from '../src/core/policy.js'
import type { FileEntry, PackageReport, PackageSnapshot, Report } from '../src/core/types.js'
import { planAnnotations } from '../src/github/annotations.js'
import { renderJson } from '../src/report/json.js'
import { renderMarkdown } from '../src/report/markdown.js'
import { renderText } from '../src/report/text.js'

/**
 * One hostile payload in every field of a report, through every channel.
 * It holds C1 controls (0x80, NEL 0x85, CSI 0x9b, 0x9f), the bidi isolates
 * U+2066-U+2069, an override U+202E, the line and paragraph separators, `:`,
 * `@`, an HTML tag, a URL, a table cell break, code and emphasis marks, and a
 * newline that starts a workflow command. The escaped forms are written out
 * as literals: the test does not ask the code under test what they should be.
 */
const PAYLOAD = '\u0080\u0085\u009b[31m\u009f\u2066\u2067\u2068\u2069\u202e\u2028\u2029:@octocat<tag>https://evil.test | `*_\n::error::pwned\r\n##[error]x'
const IN_TEXT = '\\x80\\x85\\x9b[31m\\x9f\\u2066\\u2067\\u2068\\u2069\\u202e\\u2028\\u2029:@octocat<tag>https://evil.test | `*_\\x0a:\\x3aerror:\\x3apwned\\x0d\\x0a#\\x23[error]x'
/** What a code span holds is inert (no tag, mention, link): the checks below look at the rest. */
const withoutCodeSpans = (markdown: string) => markdown.replace(/\\`/g, '').replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, '')

/** Characters no output may hold raw: C0 but newline, DEL, C1, line/paragraph separators, bidi controls. */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/

const v = (field: string) => `${field}${PAYLOAD}`

/** A package report with the payload in every field that comes from a tarball, a registry or a config. */
function hostilePackage(baseline: PackageReport['baseline']): PackageReport {
  return {
    name: v('NAME'),
    version: v('VERSION'),
    baseline,
    packed: { before: 1, after: 2 },
    unpacked: { before: 1, after: 2 },
    fileCount: { before: 1, after: 2 },
    files: { added: [{ path: v('ADDED'), size: 1 }], removed: [{ path: v('REMOVED'), size: 1 }], changed: [{ path: v('CHANGED'), before: 1, after: 2 }] },
    findings: [
      { rule: 'files/forbidden', severity: 'error', path: v('PATH'), message: v('MESSAGE'), hint: 'Remove it.' },
      { rule: 'files/dev-leftover', severity: 'warning', path: v('ALLOWEDPATH'), message: v('ALLOWEDMSG'), suppressed: { by: 'config', reason: v('REASON') } },
      { rule: 'files/dev-leftover', severity: 'notice', path: v('ACCEPTEDPATH'), message: v('ACCEPTEDMSG'), suppressed: { by: 'label', reason: v('LABEL') } },
      { rule: 'archive/mixed-roots', severity: 'warning', message: v('NOPATHMSG') },
    ],
  }
}

function hostileReport(): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'pack-guard', version: '0' },
    failOn: 'error',
    verdict: 'fail',
    counts: { error: 1, warning: 1, notice: 0 },
    packages: [
      hostilePackage({ version: v('BASEFILE'), source: v('SOURCE') }),
      hostilePackage({ version: v('BASEREG'), source: 'registry', registry: v('REGISTRY') }),
    ],
    skipped: [{ name: v('SKIPPED'), path: v('SKIPPEDPATH'), reason: v('SKIPREASON') }],
  }
}

function expectSafeText(text: string) {
  expect(text).not.toMatch(UNPRINTABLE)
  // The runner trims leading whitespace before it looks for `::`, and honours `##[`.
  for (const line of text.split('\n')) {
    expect(line.trimStart().startsWith('::'), line).toBe(false)
    expect(line.trimStart().startsWith('##['), line).toBe(false)
  }
}

function expectSafeMarkdown(markdown: string) {
  expectSafeText(markdown)
  const prose = withoutCodeSpans(markdown)
  // Outside code spans, a mark that would open a tag or an autolink is escaped with a backslash.
  for (const bad of [/(?<!\\)<tag>/, /@octocat/, /(?<!\\):\/\/evil/, /\n::/, /##\[/]) expect(prose, prose.split('\n').find((line) => bad.test(line))).not.toMatch(bad)
  // The only links are ours: each rule id to its section of docs/rules.md.
  for (const link of markdown.match(/\]\([^)]*\)/g) ?? []) expect(link).toMatch(/^\]\(https:\/\/github\.com\/pack-guard\/pack-guard\/blob\/main\/docs\/rules\.md#[a-z-]+\)$/)
}

describe('every field, every channel', () => {
  const report = hostileReport()

  it('text: every field is shown, escaped', () => {
    const text = renderText(report)
    expectSafeText(text)
    const fields = ['NAME', 'VERSION', 'BASEFILE', 'SOURCE', 'BASEREG', 'REGISTRY', 'PATH', 'MESSAGE', 'ALLOWEDPATH', 'ALLOWEDMSG', 'REASON', 'ACCEPTEDPATH', 'ACCEPTEDMSG', 'LABEL', 'NOPATHMSG', 'SKIPPED', 'SKIPREASON']
    for (const field of fields) expect(text, field).toContain(`${field}${IN_TEXT}`)
  })

  it('text: the baseline version read from a file is escaped (a version "1.0.0\\n::error::pwned" wrote a workflow command)', () => {
    const text = renderText({ ...report, packages: [hostilePackage({ version: '1.0.0\n::error::pwned', source: 'old.tgz' })], skipped: undefined })
    expect(text).toContain('against 1.0.0\\x0a:\\x3aerror:\\x3apwned (old.tgz)')
    expectSafeText(text)
  })

  it('Markdown: every field is shown, escaped: no tag, mention, link, autolink, table break or control character', () => {
    const markdown = renderMarkdown(report)
    expectSafeMarkdown(markdown)
    const fields = ['NAME', 'VERSION', 'BASEFILE', 'BASEREG', 'ADDED', 'REMOVED', 'CHANGED', 'PATH', 'MESSAGE', 'ALLOWEDPATH', 'ALLOWEDMSG', 'REASON', 'ACCEPTEDPATH', 'ACCEPTEDMSG', 'LABEL', 'NOPATHMSG', 'SKIPPED', 'SKIPREASON']
    // Every field is shown, its controls as visible escapes; prose fields with their marks escaped.
    for (const field of fields) expect(markdown, field).toContain(`${field}\\x80\\x85\\x9b`)
    for (const field of ['MESSAGE', 'ALLOWEDMSG', 'REASON', 'LABEL', 'NOPATHMSG', 'SKIPREASON']) {
      expect(markdown, field).toMatch(new RegExp(`${field}[^|]*@&#8203;octocat\\\\<tag>https\\\\://evil\\.test \\\\\\| \\\\\``))
    }
    // Each table row is one line with its four cells: no `|` or newline from a name breaks it.
    for (const row of markdown.split('\n').filter((line) => line.startsWith('| '))) expect(row.replace(/\\\|/g, '').split('|').length, row).toBe(6)
  })

  it('annotations: one command per annotation, every field escaped', () => {
    const written: string[] = []
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk))
      return true
    })
    const plan = planAnnotations(report, () => ({ file: 'package.json', startLine: 1 }))
    for (const { level, message, ...properties } of plan) core[level](message, properties)
    vi.restoreAllMocks()
    const lines = written.join('').split('\n').filter(Boolean)
    // Two packages: one error and one warning each (suppressed findings are not annotated); a name's
    // newline never starts a line of its own.
    expect(lines.map((line) => line.slice(0, line.indexOf(' ')))).toEqual(['::error', '::error', '::warning', '::warning'])
    for (const line of lines) {
      expect(line).not.toMatch(UNPRINTABLE)
    }
    const all = lines.join('\n')
    for (const field of ['NAME', 'PATH', 'MESSAGE', 'NOPATHMSG']) expect(all, field).toMatch(new RegExp(`${field}\\\\x80\\\\x85\\\\x9b\\[31m\\\\x9f\\\\u2066\\\\u2067\\\\u2068\\\\u2069\\\\u202e\\\\u2028\\\\u2029:`))
    expect(all).not.toContain('ALLOWEDMSG')
  })

  it('JSON: every value round-trips exactly, and the text holds no raw control or bidi character', () => {
    const json = renderJson(report)
    expect(JSON.parse(json)).toEqual(report)
    expect(json).not.toMatch(UNPRINTABLE)
    expect(json).toContain('"NAME\\u0080\\u0085\\u009b[31m\\u009f\\u2066\\u2067\\u2068\\u2069\\u202e\\u2028\\u2029:@octocat<tag>https://evil.test | `*_\\n::error::pwned\\r\\n##[error]x"')
  })

  it('JSON: a DEL in an otherwise plain ASCII report is escaped too', () => {
    const after: PackageSnapshot = { name: 'a\u007fb', version: '1.0.0', files: [{ path: 'x\u007fy.js', size: 1, mode: 0o644, type: 'file', facts: {} }], packedSize: 1, unpackedSize: 1, fileCount: 1 }
    const pkg = analyzePackage({ before: null, after, baseline: { version: null, source: 'none' }, policy: DEFAULT_POLICY })
    const plain = buildReport([pkg], DEFAULT_POLICY, '0.0.0')
    const json = renderJson(plain)
    expect(json).toContain('"name": "a\\u007fb"')
    expect(json).toContain('"path": "x\\u007fy.js"')
    expect(json).not.toMatch(UNPRINTABLE)
    expect(JSON.parse(json)).toEqual(plain)
  })
})

describe('hostile names through the whole pipeline', () => {
  const NAMES = ['\u009b31mcsi.js', 'nel\u0085x.js', 'iso\u2066late\u2069.js', 'https://evil.test/x.js', '@octocat.js', '<img src=x onerror=alert(1)>.js', 'a:b.js', 'line\n::error::pwned.js']

  it('paths, a package name and versions from tarballs stay inert in text, Markdown, annotations and JSON', () => {
    const files: FileEntry[] = NAMES.map((name) => ({ path: `dist/${name}.map`, size: 10, mode: 0o644, type: 'file', facts: { sourceMap: { isSourceMap: true, sources: 1, sourcesWithContent: 1, externalUrls: [], externalUrlCount: 0 } } }))
    const before: PackageSnapshot = { name: '@scope/p<b>\u009b', version: '1.0.0\n::error::pwned', files: [], packedSize: 1, unpackedSize: 1, fileCount: 0 }
    const after: PackageSnapshot = { ...before, version: '2.0.0\u2066\u0085', files, fileCount: files.length }
    const pkg = analyzePackage({ before, after, baseline: { version: before.version, source: 'old\u009b.tgz' }, policy: DEFAULT_POLICY })
    const report = buildReport([pkg], DEFAULT_POLICY, '0')
    expect(pkg.findings.filter((f) => f.rule === 'source-map/sources-content').length).toBeGreaterThan(0)
    expectSafeText(renderText(report))
    expectSafeMarkdown(renderMarkdown(report))
    const json = renderJson(report)
    expect(json).not.toMatch(UNPRINTABLE)
    expect(JSON.parse(json).packages[0].files.added.map((f: { path: string }) => f.path).sort()).toEqual(files.map((f) => f.path).sort())
    for (const annotation of planAnnotations(report, () => ({}))) expect(annotation.message).not.toMatch(UNPRINTABLE)
  })
})

afterEach(() => {
  vi.restoreAllMocks()
})
