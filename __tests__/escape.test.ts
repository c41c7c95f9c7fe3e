import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyzePackage, buildReport } from '../src/core/analyze.js'
import { DEFAULT_POLICY } from '../src/core/policy.js'
import type { Finding, PackageReport, Report } from '../src/core/types.js'
import { escapeMarkdown, escapeText, inertJson, inertOutput, isRunnerCommand, markdownCode, markdownHint, visibleControls } from '../src/report/escape.js'
import { renderJson } from '../src/report/json.js'
import { FINDINGS_CAP, renderMarkdown } from '../src/report/markdown.js'
import { renderText } from '../src/report/text.js'
import { foreignMarkup, renderGfm } from './helpers/gfm.js'

/** Names with every character that means something to a terminal, the runner, Markdown, HTML or GitHub. */
export const HOSTILE = [
  'plain/name.js',
  'csi\u009b31mred',
  'c1\u0085next\u0090dcs',
  'bidi\u2066isolate\u2069and\u202eoverride',
  'https://evil.test/phish',
  'see www.evil.test now',
  'mail a@evil.co',
  '@octocat and @acme/team',
  'x@y',
  '<img src=x onerror=alert(1)>',
  '<http://evil.test>',
  '[click](http://evil.test) ![i](http://evil.test/t.png)',
  'a|b||c',
  'one `tick` and ``two``',
  '`starts and ends`',
  '*em* **strong** _u_ __uu__ snake_case_name',
  '~~strike~~ ~s~',
  '$x^2$ and $$y$$',
  '&amp; &#64; &lt;b&gt; AT&T',
  '# heading',
  '- item',
  '+ item',
  '> quote',
  '1. ordered',
  '2) ordered',
  '===',
  'back\\slash\\',
  '\\[not a link\\]',
  '::error title=Release approved::pwned',
  '  ::warning::indented',
  'x ##[error]legacy',
  'a\n::add-mask::secret',
  'cr\rlf\r\n::stop-commands::x',
  'nul\u0000bel\u0007esc\u001b[31m',
  '<!-- hidden -->',
  ':x: :white_check_mark:',
  '\\',
]

describe('escapeMarkdown: a name in inline text renders as exactly itself', () => {
  const contexts: Array<[string, (s: string) => string]> = [
    ['a paragraph', (s) => `${s}\n`],
    ['a table cell', (s) => `| a | b |\n| --- | --- |\n| x | ${s} |\n`],
    ['a list item', (s) => `- ${s}\n`],
    ['after text', (s) => `The file ${s} ships.\n`],
  ]
  for (const name of HOSTILE) {
    for (const [where, wrap] of contexts) {
      it(`${JSON.stringify(name)} in ${where}`, () => {
        const rendered = renderGfm(wrap(escapeMarkdown(name, { table: where === 'a table cell' })))
        expect(rendered.markup).toEqual([])
        expect(rendered.mentions).toEqual([])
        const seen = rendered.blocks.at(-1)!.replace(/\u200b/g, '')
        const expected = where === 'after text' ? `The file ${visibleControls(name)} ships.` : visibleControls(name)
        // Markdown drops a block's leading and trailing spaces; nothing else may differ.
        expect(seen).toBe(where === 'after text' ? expected : expected.trim())
      })
    }
  }

  it('is the least escaping: plain names, words and most punctuation stay as they are in the raw Markdown', () => {
    // GFM would make an e-mail link of name@1.0.1: only there does the @ get its break.
    expect(escapeMarkdown('holdout-widget@1.0.1')).toBe('holdout-widget@&#8203;1.0.1')
    expect(markdownCode('holdout-widget@1.0.1')).toBe('`holdout-widget@1.0.1`')
    expect(escapeMarkdown('dist/index.js.map')).toBe('dist/index.js.map')
    expect(escapeMarkdown('snake_case_name (v2): "quoted", it\'s #1!')).toBe('snake_case_name (v2): "quoted", it\'s #1!')
    expect(escapeMarkdown('AT&T')).toBe('AT&T')
    expect(escapeMarkdown('pack-guard: accept')).toBe('pack-guard: accept')
    // Only where a mark would mean something.
    expect(escapeMarkdown('&amp;')).toBe('\\&amp;')
    expect(escapeMarkdown('https://x')).toBe('https\\://x')
    expect(escapeMarkdown('@octocat')).toBe('@&#8203;octocat')
    expect(escapeMarkdown('# h')).toBe('\\# h')
    expect(escapeMarkdown('a # h')).toBe('a # h')
    expect(escapeMarkdown('a|b')).toBe('a\\|b')
  })

  it('shows C1 controls and bidi isolates as visible escapes, never raw', () => {
    expect(escapeMarkdown('a\u009bb\u2066c\u2069d')).toBe('a\\x9bb\\u2066c\\u2069d')
    expect(escapeText('a\u009bb\u0085c\u2067d\u202ee')).toBe('a\\x9bb\\x85c\\u2067d\\u202ee')
    for (let code = 0x80; code <= 0x9f; code++) expect(escapeText(String.fromCharCode(code))).toBe(`\\x${code.toString(16)}`)
    for (let code = 0x2066; code <= 0x2069; code++) expect(escapeMarkdown(String.fromCharCode(code))).toBe(`\\u${code.toString(16)}`)
  })
})

describe('markdownCode: a name as a code span', () => {
  for (const name of HOSTILE) {
    it(`${JSON.stringify(name)} is one code span holding exactly the name`, () => {
      for (const table of [false, true]) {
        const source = table ? `| h |\n| --- |\n| ${markdownCode(name, { table })} |\n` : `- ${markdownCode(name)}\n`
        const rendered = renderGfm(source)
        if (table) expect(rendered.inline.shift()).toEqual(['text', 'h'])
        expect(rendered.markup).toEqual([])
        expect(rendered.code).toEqual([visibleControls(name)])
        expect(rendered.inline.filter(([type]) => type !== 'code_inline')).toEqual([])
      }
    })
  }

  it('uses a fence longer than any backtick run, and no entities', () => {
    expect(markdownCode('a``b`c')).toBe('```a``b`c```')
    expect(markdownCode('`x`')).toBe('`` `x` ``')
    expect(markdownCode('pack-guard: accept')).toBe('`pack-guard: accept`')
    expect(markdownCode('@alice')).toBe('`@alice`')
  })
})

describe('markdownHint: our hints render their code; a hostile hint stays text', () => {
  it('renders `files` as code', () => {
    const rendered = renderGfm(`${markdownHint('Narrow `files` in package.json, or raise `size.file`.')}\n`)
    expect(rendered.code).toEqual(['files', 'size.file'])
    expect(rendered.blocks).toEqual(['Narrow files in package.json, or raise size.file.'])
    expect(rendered.markup).toEqual([])
  })

  it('keeps markup in a hostile hint inert, an unpaired backtick included', () => {
    const rendered = renderGfm(`| a |\n| --- |\n| ${markdownHint('[x](http://e.test) `a|b` @octocat <b>hi</b> tail`', { table: true })} |\n`)
    expect(rendered.markup).toEqual([])
    expect(rendered.mentions).toEqual([])
    expect(rendered.code).toEqual(['a|b'])
    expect(rendered.blocks.at(-1)!.replace(/\u200b/g, '')).toBe('[x](http://e.test) a|b @octocat <b>hi</b> tail`')
  })
})

function reportWith(name: string): Report {
  const finding: Finding = { rule: 'files/forbidden', severity: 'error', path: name, message: `${name} is forbidden.`, hint: `Remove \`${name}\`.` }
  const pkg: PackageReport = {
    name: `@acme/${name}`,
    version: `1.0.0-${name}`,
    baseline: { version: `0.9.0\n${name}`, source: 'registry', registry: `https://r.test/${name}` },
    packed: { before: 1, after: 2 },
    unpacked: { before: 1, after: 2 },
    fileCount: { before: 1, after: 2 },
    files: { added: [{ path: name, size: 1 }], removed: [{ path: `${name}.old`, size: 1 }], changed: [{ path: `${name}.c`, before: 1, after: 2 }] },
    findings: [finding, { ...finding, severity: 'warning', suppressed: { by: 'config', reason: `because ${name}` } }],
  }
  return { ...buildReport([pkg], { failOn: 'error' }, '0'), skipped: [{ name, path: name, reason: `private ${name}` }] }
}

describe('renderMarkdown: names in every field render as themselves, and nothing else', () => {
  for (const name of HOSTILE) {
    it(JSON.stringify(name), () => {
      const rendered = renderGfm(renderMarkdown(reportWith(name)))
      // Our own markup only (strikethrough of an allowed severity, bold titles, <br>/<sub>, rule links).
      expect(foreignMarkup(rendered)).toEqual([])
      expect(rendered.mentions).toEqual([])
      const shown = visibleControls(name)
      for (const code of [shown, `@acme/${shown}@1.0.0-${shown}`, `0.9.0${visibleControls('\n')}${shown}`, `${shown}.old`, `${shown}.c`]) expect(rendered.code).toContain(code)
      const text = rendered.blocks.join('\n').replace(/\u200b/g, '')
      expect(text).toContain(`${shown.trim()} is forbidden.`)
      expect(text).toContain(`because ${shown}`.trim())
      expect(text).toContain(`private ${shown}`.trim())
    })
  }

  it('lists the files added, removed and changed, with sizes', () => {
    const rendered = renderGfm(renderMarkdown(reportWith('x.js')))
    expect(rendered.blocks).toEqual(expect.arrayContaining(['x.js 1 B', 'x.js.old 1 B', 'x.js.c 1 B → 2 B']))
  })
})

describe('a huge report (a whole .git/ folder of 150,000 files) renders, bounded, in every format', () => {
  const count = 150_000
  const files = Array.from({ length: count }, (_, i) => ({ path: `.git/objects/${(i % 256).toString(16).padStart(2, '0')}/${i.toString(16).padStart(38, '0')}`, size: 100, mode: 0o644, type: 'file' as const, facts: {} }))
  const before = { name: 'p', version: '1.0.0', files: [], packedSize: 1, unpackedSize: 1, fileCount: 0 }
  const after = { name: 'p', version: '1.1.0', files, packedSize: 1e7, unpackedSize: 1.5e7, fileCount: count }
  const pkg = analyzePackage({ before, after, baseline: { version: '1.0.0', source: 'registry' }, policy: DEFAULT_POLICY })
  // One finding per file, as a report file may hold: the renderers may not spread them.
  const flood: PackageReport = { ...pkg, findings: files.map((f) => ({ rule: 'files/forbidden', severity: 'error' as const, path: f.path, message: `${f.path} is git data.` })) }
  const report = buildReport([flood], DEFAULT_POLICY, '0')

  it('Markdown: every list capped, a note of the rest', () => {
    const markdown = renderMarkdown(report)
    expect(markdown.length).toBeLessThan(200_000)
    expect(markdown).toContain(`… and ${count - FINDINGS_CAP} more findings (see the JSON report).`)
    expect(markdown).toContain(`… and ${count - 100} more (see the JSON report)`)
    expect(renderMarkdown(report, { maxLength: 65_000 }).length).toBeLessThanOrEqual(65_000)
  })

  it('text: capped too', () => {
    const text = renderText(report)
    expect(text.length).toBeLessThan(100_000)
    expect(text).toContain(`… and ${count - 200} more findings`)
  })

  it('JSON keeps every finding (it is the data)', () => {
    expect(JSON.parse(renderJson(report)).packages[0].findings).toHaveLength(count)
  })
})

describe('no channel yields a runner command, whatever the names (property)', () => {
  const piece = fc.constantFrom('::', '##[', ':', '#', '[', '\n', '\r', '\r\n', ' ', '\t', '\u00a0', '\u2028', '\u0085', '\ufeff', 'error', 'add-mask', 'x', '@', '`', '|', '%0A')
  const name = fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''))

  it('text, JSON and Markdown on stdout, and the error line on stderr', () => {
    fc.assert(
      fc.property(name, name, name, (a, b, c) => {
        const report = reportWith(a)
        report.packages[0].findings[0].message = b
        report.packages[0].findings[0].hint = c
        report.packages[0].version = c
        const outputs = [renderText(report), inertJson(renderJson(report)), inertOutput(renderMarkdown(report)), `pack-guard: ${escapeText(`${a}: ${b}`)}\n`]
        for (const output of outputs) for (const line of output.split(/\r\n|\r|\n/)) if (isRunnerCommand(line)) throw new Error(`command line: ${JSON.stringify(line)}`)
        expect(JSON.parse(inertJson(renderJson(report)))).toEqual(JSON.parse(renderJson(report)))
      }),
      { numRuns: 400 },
    )
  })

  it('knows what the runner reads as a command', () => {
    expect(isRunnerCommand('::error::x')).toBe(true)
    expect(isRunnerCommand(' \t\u00a0::error::x')).toBe(true)
    expect(isRunnerCommand('a ##[error]x')).toBe(true)
    expect(isRunnerCommand('a ::error::x')).toBe(false)
    expect(escapeText('::error::x')).toBe(':\\x3aerror:\\x3ax')
    expect(escapeText('a ##[group]')).toBe('a #\\x23[group]')
  })
})

describe('renderText: names in every field are visible escapes, never raw controls or commands', () => {
  // eslint-disable-next-line no-control-regex
  const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/
  for (const name of HOSTILE) {
    it(JSON.stringify(name), () => {
      const report = reportWith(name)
      report.packages[0].baseline = { version: `0.9.0\n${name}`, source: `/tmp/${name}.tgz` }
      const text = renderText(report)
      expect(text).not.toMatch(RAW)
      for (const line of text.split('\n')) expect(isRunnerCommand(line), line).toBe(false)
      // Each field shows the name, escaped the same way.
      const shown = escapeText(name)
      for (const field of [`@acme/${shown}@1.0.0-${shown}`, `against 0.9.0\\x0a${shown}`, `${shown} is forbidden.`, `because ${shown}`, `private ${shown}`]) expect(text).toContain(field)
    })
  }
})
