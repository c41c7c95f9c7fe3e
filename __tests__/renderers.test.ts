import { describe, expect, it } from 'vitest'
import type { Finding, PackageReport, Report } from '../src/core/types.js'
import { renderJson } from '../src/report/json.js'
import { renderMarkdown } from '../src/report/markdown.js'
import { formatBytes, formatDelta, plural } from '../src/report/sizes.js'
import { renderText, verdictLine } from '../src/report/text.js'

/** The renderers, pinned whole: file lists, size deltas, verdicts, baselines, suppressions. */
function pkg(overrides: Partial<PackageReport> = {}): PackageReport {
  return {
    name: 'p',
    version: '1.1.0',
    baseline: { version: '1.0.0', source: 'registry', registry: 'https://registry.npmjs.org/' },
    packed: { before: 1000, after: 1500 },
    unpacked: { before: 10_000, after: 10_500 },
    fileCount: { before: 3, after: 4 },
    files: {
      added: [
        { path: 'dist/new.js', size: 1500 },
        { path: 'dist/z.js', size: 20 },
      ],
      removed: [{ path: 'old.js', size: 700 }],
      changed: [{ path: 'dist/index.js', before: 1000, after: 2000 }],
    },
    findings: [
      { rule: 'files/forbidden', severity: 'error', path: '.npmrc', message: 'm1', hint: 'h1' },
      { rule: 'files/dev-leftover', severity: 'warning', path: 'w', message: 'm2', hint: 'h2' },
      { rule: 'files/dev-leftover', severity: 'notice', path: 'a', message: 'm3', suppressed: { by: 'label', reason: 'ok' } },
      { rule: 'size/total-jump', severity: 'warning', message: 'm4', suppressed: { by: 'config', reason: 'planned' } },
      { rule: 'archive/mixed-roots', severity: 'notice', message: 'm5' },
    ],
    ...overrides,
  }
}

function report(packages: PackageReport[], overrides: Partial<Report> = {}): Report {
  return { schemaVersion: 1, tool: { name: 'pack-guard', version: '0' }, failOn: 'error', verdict: 'fail', counts: { error: 1, warning: 1, notice: 0 }, packages, ...overrides }
}

describe('sizes', () => {
  it.each([
    [{ before: 1000, after: 1500 }, true, '+500 B (+50%)'],
    [{ before: 10_000, after: 10_500 }, true, '+500 B (+5.0%)'],
    [{ before: 10_000, after: 11_000 }, true, '+1 kB (+10%)'],
    [{ before: 10_000, after: 10_990 }, true, '+990 B (+9.9%)'],
    [{ before: 10_000, after: 9_100 }, true, '-900 B (-9.0%)'],
    [{ before: 10_000, after: 9_000 }, true, '-1 kB (-10%)'],
    [{ before: 2_000_000, after: 1_000 }, true, '-2 MB (-100%)'],
    [{ before: 1000, after: 1000 }, true, '0 B'],
    [{ before: 0, after: 1000 }, true, '+1 kB'],
    [{ before: null, after: 1000 }, true, ''],
    [{ before: 3, after: 4 }, false, '+1 (+33%)'],
    [{ before: 4, after: 3 }, false, '-1 (-25%)'],
    [{ before: 40, after: 41 }, false, '+1 (+2.5%)'],
    [{ before: 4, after: 4 }, false, '0'],
    [{ before: 0, after: 4 }, false, '+4'],
    [{ before: null, after: 4 }, false, ''],
  ])('formatDelta(%o, %s) is %j', (measure, asBytes, expected) => {
    expect(formatDelta(measure, asBytes)).toBe(expected)
  })

  it('formatBytes and plural', () => {
    expect([formatBytes(null), formatBytes(0), formatBytes(1_500_000)]).toEqual(['-', '0 B', '1.5 MB'])
    expect([plural(0, 'error'), plural(1, 'error'), plural(2, 'error')]).toEqual(['0 errors', '1 error', '2 errors'])
  })
})

describe('verdict line', () => {
  it.each([
    [{ verdict: 'fail', counts: { error: 1, warning: 2, notice: 0 }, failOn: 'error' }, 'FAIL: 1 error, 2 warnings (fail-on: error)'],
    [{ verdict: 'pass', counts: { error: 0, warning: 1, notice: 3 }, failOn: 'error' }, 'PASS: 0 errors, 1 warning, 3 notices (fail-on: error)'],
    [{ verdict: 'fail', counts: { error: 0, warning: 1, notice: 1 }, failOn: 'warning' }, 'FAIL: 0 errors, 1 warning, 1 notice (fail-on: warning)'],
  ] as const)('%o', (fields, expected) => {
    expect(verdictLine(report([], fields as Partial<Report>))).toBe(expected)
  })
})

describe('text report', () => {
  it('verdict, baseline, findings with fixes and suppressions, the size table and the counts of added, removed and changed files', () => {
    expect(renderText(report([pkg()]))).toBe(
      [
        'pack-guard FAIL: 1 error, 1 warning (fail-on: error)',
        '',
        'p@1.1.0 against 1.0.0 (https://registry.npmjs.org/)',
        '  ERROR   files/forbidden  .npmrc',
        '    m1',
        '    fix: h1',
        '  WARNING files/dev-leftover  w',
        '    m2',
        '    fix: h2',
        '  NOTICE  files/dev-leftover  a',
        '    m3',
        '    accepted: ok',
        '  WARNING size/total-jump',
        '    m4',
        '    allowed: planned',
        '  NOTICE  archive/mixed-roots',
        '    m5',
        '',
        '             before   after     delta',
        '  packed     1 kB     1.5 kB    +500 B (+50%)',
        '  unpacked   10 kB    10.5 kB   +500 B (+5.0%)',
        '  files      3        4         +1 (+33%)',
        '  2 added, 1 removed, 1 changed in size',
        '',
      ].join('\n'),
    )
  })

  it('each kind of baseline, and no file counts without one', () => {
    const none = { packed: { before: null, after: 1500 }, unpacked: { before: null, after: 2000 }, fileCount: { before: null, after: 2 }, findings: [] }
    const text = renderText(
      report([
        pkg({ ...none, baseline: { version: null, source: 'none' } }),
        pkg({ ...none, baseline: { version: null, source: 'first-release', registry: 'https://r.test/' } }),
        pkg({ baseline: { version: '0.9.0', source: 'old.tgz' }, findings: [] }),
        pkg({ baseline: { version: '0.9.0', source: 'registry' }, findings: [] }),
        pkg({ baseline: { version: null, source: 'old.tgz' }, findings: [] }),
        pkg({ baseline: { version: null, source: 'registry' }, findings: [] }),
      ]),
    )
    const lines = text.split('\n')
    expect(lines.filter((line) => line.startsWith('p@'))).toEqual([
      'p@1.1.0 no baseline (--baseline none)',
      'p@1.1.0 first release: nothing published to compare with',
      'p@1.1.0 against 0.9.0 (old.tgz)',
      'p@1.1.0 against 0.9.0 (registry)',
      'p@1.1.0 against ? (old.tgz)',
      'p@1.1.0 against ? (registry)',
    ])
    expect(lines.filter((line) => line.includes('added,'))).toHaveLength(2)
    expect(lines.filter((line) => line === '  no findings')).toHaveLength(6)
    expect(text).toContain(['             before   after    delta', '  packed     -        1.5 kB', '  unpacked   -        2 kB', '  files      -        2'].join('\n'))
  })

  it('lists skipped packages with their reasons', () => {
    const text = renderText(report([pkg()], { skipped: [{ name: '@a/x', path: 'packages/x', reason: 'private' }, { name: 'y', path: 'y', reason: 'no version' }] }))
    expect(text.endsWith('\n\nskipped: @a/x (private), y (no version)\n')).toBe(true)
  })
})

describe('Markdown report', () => {
  it('findings table, size table with deltas, and the added, removed and changed files with their sizes', () => {
    expect(renderMarkdown(report([pkg()]), { header: ['<!-- marker -->'] })).toBe(
      [
        '<!-- marker -->',
        '## pack-guard: FAIL: 1 error, 1 warning (fail-on: error)',
        '',
        '### `p@1.1.0` (compared with `1.0.0`)',
        '',
        '| severity | rule | file | finding |',
        '| --- | --- | --- | --- |',
        '| :x: error | [`files/forbidden`](https://github.com/pack-guard/pack-guard/blob/main/docs/rules.md#filesforbidden) | `.npmrc` | m1<br><sub>h1</sub> |',
        '| :warning: warning | [`files/dev-leftover`](https://github.com/pack-guard/pack-guard/blob/main/docs/rules.md#filesdev-leftover) | `w` | m2<br><sub>h2</sub> |',
        '| ~~notice~~ (accepted) | [`files/dev-leftover`](https://github.com/pack-guard/pack-guard/blob/main/docs/rules.md#filesdev-leftover) | `a` | m3<br>ok |',
        '| ~~warning~~ (allowed) | [`size/total-jump`](https://github.com/pack-guard/pack-guard/blob/main/docs/rules.md#sizetotal-jump) |  | m4<br>planned |',
        '| :information_source: notice | [`archive/mixed-roots`](https://github.com/pack-guard/pack-guard/blob/main/docs/rules.md#archivemixed-roots) |  | m5 |',
        '',
        '| | before | after | delta |',
        '| --- | ---: | ---: | ---: |',
        '| packed | 1 kB | 1.5 kB | +500 B (+50%) |',
        '| unpacked | 10 kB | 10.5 kB | +500 B (+5.0%) |',
        '| files | 3 | 4 | +1 (+33%) |',
        '',
        '**Added files (2)**',
        '',
        '- `dist/new.js` 1.5 kB',
        '- `dist/z.js` 20 B',
        '',
        '**Removed files (1)**',
        '',
        '- `old.js` 700 B',
        '',
        '**Changed in size (1)**',
        '',
        '- `dist/index.js` 1 kB → 2 kB',
        '',
        '',
      ].join('\n'),
    )
  })

  it('a shrinking package shows negative deltas; no findings says so; empty lists are left out', () => {
    const md = renderMarkdown(report([pkg({ packed: { before: 2000, after: 1000 }, unpacked: { before: 8000, after: 8000 }, fileCount: { before: 4, after: 3 }, findings: [], files: { added: [], removed: [{ path: 'x', size: 1000 }], changed: [] } })]))
    expect(md).toBe(
      [
        '## pack-guard: FAIL: 1 error, 1 warning (fail-on: error)',
        '',
        '### `p@1.1.0` (compared with `1.0.0`)',
        '',
        'No findings.',
        '',
        '| | before | after | delta |',
        '| --- | ---: | ---: | ---: |',
        '| packed | 2 kB | 1 kB | -1 kB (-50%) |',
        '| unpacked | 8 kB | 8 kB | 0 B |',
        '| files | 4 | 3 | -1 (-25%) |',
        '',
        '**Removed files (1)**',
        '',
        '- `x` 1 kB',
        '',
        '',
      ].join('\n'),
    )
  })

  it('folds a list longer than ten into <details>, and lists at most 100 files', () => {
    const added = (n: number) => Array.from({ length: n }, (_, i) => ({ path: `f${String(i).padStart(3, '0')}`, size: 1 }))
    const ten = renderMarkdown(report([pkg({ files: { added: added(10), removed: [], changed: [] } })]))
    expect(ten).toContain('**Added files (10)**\n\n- `f000` 1 B\n')
    expect(ten).not.toContain('<details>')
    const eleven = renderMarkdown(report([pkg({ files: { added: added(11), removed: [], changed: [] } })]))
    expect(eleven).toContain('<details><summary>Added files (11)</summary>\n\n- `f000` 1 B\n')
    expect(eleven.endsWith('- `f010` 1 B\n\n</details>\n\n')).toBe(true)
    const many = renderMarkdown(report([pkg({ files: { added: added(130), removed: [], changed: [] } })]))
    expect(many.split('\n').filter((line) => line.startsWith('- `f'))).toHaveLength(100)
    expect(many).toContain('- `f099` 1 B\n- … and 30 more (see the JSON report)\n\n</details>')
    expect(many).not.toContain('f100')
    const hundred = renderMarkdown(report([pkg({ files: { added: added(100), removed: [], changed: [] } })]))
    expect(hundred).not.toContain('more (see the JSON report)')
  })

  it('the baseline in the heading: a version, a first release, none; no file lists without one', () => {
    const headings = (p: PackageReport) => renderMarkdown(report([p])).split('\n').filter((line) => line.startsWith('### '))
    expect(headings(pkg({ baseline: { version: null, source: 'first-release' } }))).toEqual(['### `p@1.1.0` (first release)'])
    expect(headings(pkg({ baseline: { version: null, source: 'none' } }))).toEqual(['### `p@1.1.0` (no baseline)'])
    expect(renderMarkdown(report([pkg({ baseline: { version: null, source: 'none' } })]))).not.toContain('Added files')
  })

  it('lists skipped packages', () => {
    const md = renderMarkdown(report([], { skipped: [{ name: 'x', path: 'x', reason: 'private' }, { name: 'y', path: 'y', reason: 'r' }] }))
    expect(md).toBe('## pack-guard: FAIL: 1 error, 1 warning (fail-on: error)\n\nSkipped: `x` (private), `y` (r)\n\n')
  })

  it('the cut keeps a prefix of whole lines, under the cap and close to it, and counts what it left out', () => {
    const findings: Finding[] = Array.from({ length: 400 }, (_, i) => ({ rule: 'files/forbidden', severity: 'error', path: `file-${i}`, message: `finding number ${i} ${'é'.repeat(i % 7)}` }))
    const r = report([pkg({ findings })])
    const whole = renderMarkdown(r)
    const full = whole.slice(0, -1) // what is cut: the rendering before its final newline
    // Every cap in a range, so that a cut that lands exactly on a line end is among them.
    for (let max = 3_000; max < 3_400; max++) {
      const cut = renderMarkdown(r, { maxLength: max })
      expect(cut.length).toBeLessThanOrEqual(max)
      expect(cut.length).toBeGreaterThan(max - 250) // a table row is at most ~150 characters
      const [kept, note] = cut.split('\n\n> **Cut to fit:** ')
      expect(full.startsWith(`${kept}\n`)).toBe(true)
      expect(note).toBe(`${full.length - kept.length} characters of this report were left out (GitHub limits its length). The JSON report (\`pack-guard --format json\`) has it all.\n\n`)
      const bytes = renderMarkdown(r, { maxBytes: max })
      expect(Buffer.byteLength(bytes)).toBeLessThanOrEqual(max)
      expect(Buffer.byteLength(bytes)).toBeGreaterThan(max - 250)
      expect(bytes).not.toContain('\ufffd')
    }
    // The caps apply to the rendering before its final newline: at the cap, nothing is cut.
    expect(renderMarkdown(r, { maxLength: full.length })).toBe(whole)
    expect(renderMarkdown(r, { maxBytes: Buffer.byteLength(full) })).toBe(whole)
    expect(renderMarkdown(r, { maxLength: full.length - 1 })).toContain('Cut to fit')
    expect(renderMarkdown(r, { maxBytes: Buffer.byteLength(full) - 1 })).toContain('Cut to fit')
  })

  it('a footer is kept whole, after the note, and counts against both caps', () => {
    const findings: Finding[] = Array.from({ length: 100 }, (_, i) => ({ rule: 'files/forbidden', severity: 'error', path: `f-${i}`, message: `é ${i}` }))
    const r = report([pkg({ findings })])
    const footer = ['---', 'Add the label to accept.']
    const whole = renderMarkdown(r)
    expect(renderMarkdown(r, { footer })).toBe(`${whole.slice(0, -1)}\n\n---\nAdd the label to accept.\n`)
    for (let max = 2_000; max < 2_150; max++) {
      const byCharacters = renderMarkdown(r, { maxLength: max, footer })
      const byBytes = renderMarkdown(r, { maxBytes: max, footer })
      expect(byCharacters.length).toBeLessThanOrEqual(max)
      expect(Buffer.byteLength(byBytes)).toBeLessThanOrEqual(max)
      for (const cut of [byCharacters, byBytes]) {
        expect(cut.length).toBeGreaterThan(max - 250)
        expect(cut.endsWith(' has it all.\n\n---\nAdd the label to accept.\n')).toBe(true)
      }
    }
  })

  it('a cap shorter than the first line cuts inside it', () => {
    const r = report([pkg()])
    const noteLength = '\n\n> **Cut to fit:** 999 characters of this report were left out (GitHub limits its length). The JSON report (`pack-guard --format json`) has it all.\n'.length
    const heading = '## pack-guard: FAIL: 1 error, 1 warning (fail-on: error)'
    const max = noteLength + 14
    const cut = renderMarkdown(r, { maxLength: max })
    expect(cut.length).toBeLessThanOrEqual(max)
    const [kept] = cut.split('\n\n> **Cut to fit:**')
    expect(kept.length).toBeGreaterThanOrEqual(8)
    expect(heading.startsWith(kept)).toBe(true)
    // A header that opens with an empty line: the cut still keeps what fits.
    const [opened] = renderMarkdown(r, { maxLength: max, header: [''] }).split('\n\n> **Cut to fit:**')
    expect(opened.length).toBeGreaterThanOrEqual(8)
    expect(opened.startsWith('\n')).toBe(true)
    expect(heading.startsWith(opened.slice(1))).toBe(true)
  })
})

describe('JSON report', () => {
  it('is the report, indented, with a final newline', () => {
    const r = report([pkg()])
    const json = renderJson(r)
    expect(json.endsWith('}\n')).toBe(true)
    expect(json.split('\n')[1]).toBe('  "schemaVersion": 1,')
    expect(JSON.parse(json)).toEqual(r)
  })
})
