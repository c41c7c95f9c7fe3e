import MarkdownIt from 'markdown-it'

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number]

/** GitHub-flavoured enough: raw HTML on, tables, strikethrough and URL/e-mail autolinks (linkify). */
const md = new MarkdownIt({ html: true, linkify: true })

/** GitHub's mention pattern (html-pipeline's MentionFilter), applied to rendered text outside code and links. */
const MENTION = /(?:^|[^\p{L}\p{N}_`])@[a-z0-9][a-z0-9-]*/iu

export interface Rendered {
  html: string
  /** Every inline token, in order, as [type, content] (text tokens joined as markdown-it joins them). */
  inline: Array<[type: string, content: string]>
  /** What a reader sees, as plain text per block (a paragraph, a cell, a list item, a heading). */
  blocks: string[]
  /** Code spans' contents. */
  code: string[]
  /** Links, images and raw HTML: each one a place where a name would have become markup. */
  markup: string[]
  /** @mentions GitHub would make from the rendered text. */
  mentions: string[]
}

function visit(tokens: Token[], out: Rendered): void {
  for (const token of tokens) {
    if (token.type !== 'inline') continue
    let block = ''
    for (const child of token.children ?? []) {
      out.inline.push([child.type, child.content])
      if (child.type === 'text' || child.type === 'text_special') {
        block += child.content
        const mention = MENTION.exec(child.content)
        if (mention) out.mentions.push(mention[0])
      } else if (child.type === 'code_inline') {
        block += child.content
        out.code.push(child.content)
      } else if (child.type === 'softbreak' || child.type === 'hardbreak') block += '\n'
      else if (child.type === 'link_open') out.markup.push(`link ${child.attrGet('href')}`)
      else if (child.type === 'image') out.markup.push(`image ${child.attrGet('src')}`)
      else if (child.type === 'html_inline') {
        out.markup.push(`html ${child.content}`)
        if (child.content === '<br>') block += '\n'
      } else if (/_(open|close)$/.test(child.type)) out.markup.push(child.type)
    }
    out.blocks.push(block)
  }
}

/** Renders Markdown as GitHub would (near enough) and says what a reader sees. */
export function renderGfm(markdown: string): Rendered {
  const tokens = md.parse(markdown, {})
  const out: Rendered = { html: md.renderer.render(tokens, md.options, {}), inline: [], blocks: [], code: [], markup: [], mentions: [] }
  visit(tokens, out)
  for (const token of tokens) if (token.type === 'html_block') out.markup.push(`html_block ${token.content.trim()}`)
  return out
}

/** Markup pack-guard itself writes: bold titles, strikethrough of allowed severities, <br>/<sub> and a grouped finding's folded <details> in cells, hidden records, rule links to docs/rules.md. */
export function isOurMarkup(markup: string): boolean {
  return (
    ['html <br>', 'html <sub>', 'html </sub>', 'html <details>', 'html </details>', 'html <summary>', 'html </summary>', 'strong_open', 'strong_close', 's_open', 's_close', 'link_close'].includes(markup) ||
    markup.startsWith('html_block <!--') ||
    /^link https:\/\/github\.com\/pack-guard\/pack-guard\/blob\/main\/docs\/rules\.md#[a-z0-9-]+$/.test(markup)
  )
}

/** Links, images, HTML and emphasis that pack-guard did not write: made of a name, so a failure of escaping. */
export function foreignMarkup(rendered: Rendered): string[] {
  return rendered.markup.filter((m) => !isOurMarkup(m))
}
