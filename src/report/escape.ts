/**
 * File names come from tarballs other people made. Each output channel gets
 * its own escaping so that no name can start a terminal sequence, a workflow
 * command, a Markdown link, a table cell break, an HTML tag or an @mention.
 */

/** Control characters (C0, DEL, C1) and Unicode line/paragraph separators and bidi overrides. */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/** For terminals and logs: unprintable characters become visible `\xNN`/`\uNNNN` escapes. */
export function escapeText(value: string): string {
  return value.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0)
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
  })
}

const MARKDOWN_SPECIAL = /[\\`*_{}[\]()<>#+\-.!|~&"'@:=$^]/g

/**
 * For Markdown and the HTML GitHub renders from it: every punctuation mark that
 * Markdown or HTML gives meaning to becomes an HTML entity, so a name renders as
 * the same text and nothing else (no tag, link, emphasis, table break, mention or autolink).
 */
export function escapeMarkdown(value: string): string {
  return escapeText(value).replace(MARKDOWN_SPECIAL, (c) => `&#${c.charCodeAt(0)};`)
}
