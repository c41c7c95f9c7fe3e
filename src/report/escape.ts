/**
 * Names come from tarballs, registries and report files other people made. Each
 * output channel gets its own escaping, the least that keeps a name inert there:
 * no terminal sequence, no workflow command, no Markdown link, emphasis, table
 * break, HTML tag, @mention or autolink, and the name still reads as itself.
 */

/**
 * Control characters (C0, DEL, C1 such as CSI U+009B), line and paragraph separators,
 * and the bidi marks, embeddings, overrides and isolates that can make a name read
 * as another (U+061C, U+200E/F, U+202A-E, U+2066-9), and the BOM.
 */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g

function hex(c: string): string {
  const code = c.charCodeAt(0)
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
}

/** Unprintable characters become visible `\xNN`/`\uNNNN` escapes: nothing can break a line or steer a terminal. */
export function visibleControls(value: string): string {
  return value.replace(UNPRINTABLE, hex)
}

/**
 * For terminals and logs, which the Actions runner reads for commands: unprintable
 * characters become visible escapes, and the two command openers are broken (`::`
 * becomes `:\x3a`, `##[` becomes `#\x23[`), so no name can write a workflow command
 * wherever on a line it lands.
 */
export function escapeText(value: string): string {
  return visibleControls(value).replace(/::/g, ':\\x3a').replace(/##\[/g, '#\\x23[')
}

/** What the runner trims before it looks for `::` (.NET's white space). */
const RUNNER_SPACE = '[\\s\\u0085\\u180e\\u200b\\ufeff]*'
const COMMAND_START = new RegExp(`^${RUNNER_SPACE}::`)

/** True when the runner would read this line of output as a workflow command. */
export function isRunnerCommand(line: string): boolean {
  return COMMAND_START.test(line) || line.includes('##[')
}

/**
 * The last guard of a channel the runner reads (the CLI's stdout and stderr): any
 * line it would take for a command is defused with an invisible break (a zero-width
 * space between the colons or the hashes), which leaves Markdown and JSON readable
 * and parsable. Lines are never added or removed.
 */
export function inertOutput(text: string): string {
  if (!text.includes('::') && !text.includes('##[')) return text
  return text
    .split('\n')
    .map((line) => {
      let safe = line.replace(/##\[/g, '#\u200b#[')
      const start = COMMAND_START.exec(safe)
      if (start) safe = `${safe.slice(0, start[0].length - 1)}\u200b${safe.slice(start[0].length - 1)}`
      return safe
    })
    .join('\n')
}

/** JSON stays parsable to the same value: `#` inside strings becomes `\u0023` where it would open `##[`. */
export function inertJson(json: string): string {
  return json.replace(/##\[/g, '#\\u0023[')
}

export interface MarkdownEscapeOptions {
  /** Inside a GFM table cell, where an unescaped `|` ends the cell (in code spans too). */
  table?: boolean
}

/** Backslash escapes for the ASCII marks that open Markdown, HTML or GitHub syntax inline. */
const MARKDOWN_INLINE = /[`*[\]<~$|]/g

/**
 * A name or message as inline Markdown text that renders as exactly itself. Escaped:
 * - `` ` * [ ] < ~ $ | `` with a backslash (code, emphasis, links, images, HTML, strike, math, cells),
 *   and `\` where it would escape what follows;
 * - `_` unless it sits inside a word (where it never emphasises: `snake_case` stays plain);
 * - `&` only where it would start an entity;
 * - `://` and `www.` as `\://` and `www\.`, so no URL autolinks;
 * - `@` before a letter or digit gets a zero-width space after it (as Dependabot does), so no
 *   @mention or e-mail autolink: GitHub finds mentions in the rendered text, where
 *   a backslash or an entity would be gone;
 * - a block marker at the very start (`#`, `>`, `-`, `+`, `=`, `1.`), in case the text starts a line.
 * Control characters become visible `\xNN`.
 */
export function escapeMarkdown(value: string, _options: MarkdownEscapeOptions = {}): string {
  let text = value
    // A backslash escapes only ASCII punctuation (and breaks a line at the end): elsewhere it is itself.
    .replace(/\\(?=[!-/:-@[-`{-~]|$)/g, '\\\\')
    .replace(MARKDOWN_INLINE, '\\$&')
    .replace(/_/g, (c, offset: number, whole: string) => (/[\p{L}\p{N}]/u.test(whole[offset - 1] ?? '') && /[\p{L}\p{N}]/u.test(whole[offset + 1] ?? '') ? c : '\\_'))
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/:\/\//g, '\\://')
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\\.`)
    .replace(/@(?=[\p{L}\p{N}])/gu, '@&#8203;')
  text = text.replace(/^(\s*)([#>+=-]|\d+[.)])/, (_whole, space: string, marker: string) => `${space}${marker.replace(/[#>+=\-.)]/, '\\$&')}`)
  // Last, so the backslashes of `\xNN` are not escaped themselves (a letter follows them).
  return visibleControls(text)
}

/**
 * A name as an inline code span: nothing inside is Markdown, HTML, a mention or a
 * link, and it reads as itself. The fence is one backtick longer than the longest
 * run in the name; a name that starts or ends with a backtick or a space is padded.
 * In a table, `|` is escaped (GFM splits cells before it parses code spans).
 */
export function markdownCode(value: string, options: MarkdownEscapeOptions = {}): string {
  let text = visibleControls(value)
  if (options.table) text = text.replace(/\|/g, '\\|')
  if (text === '') return '` `'
  let longest = 0
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length)
  const fence = '`'.repeat(longest + 1)
  const pad = /^[` ]|[` ]$/.test(text) ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}

/**
 * A hint: prose in which `code` is marked with backticks (ours are). The code
 * parts become code spans and the rest inert text, so a hint renders as meant and
 * a hostile one (from a report file) stays text.
 */
export function markdownHint(value: string, options: MarkdownEscapeOptions = {}): string {
  const parts = value.split('`')
  // An odd number of backticks leaves the last one unpaired: that part stays text.
  const paired = parts.length % 2 === 1 ? parts.length : parts.length - 1
  let out = ''
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 1 && i < paired) out += markdownCode(parts[i], options)
    else out += escapeMarkdown(i % 2 === 1 ? `\`${parts[i]}` : parts[i], options)
  }
  return out
}
