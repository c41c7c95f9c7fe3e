import type { FileEntry, SourceMapFacts } from '../types.js'
import type { Rule, RuleContext, RuleFinding } from './rule.js'

const INLINE_HINT =
  'Build without inline maps for the published files (esbuild `--sourcemap=external` or none, tsc without `inlineSourceMap`), or without sources in them.'

function inlineMap(file: FileEntry | undefined): SourceMapFacts | undefined {
  const url = file?.facts.sourceMappingUrl
  return url?.kind === 'inline' && url.inline?.isSourceMap ? url.inline : undefined
}

/** Inline maps in new or changed scripts and styles; `withSources` picks which of the two rules. */
function inlineFindings(context: RuleContext, withSources: boolean): RuleFinding[] {
  const findings: RuleFinding[] = []
  for (const file of context.afterFiles.values()) {
    const map = inlineMap(file)
    if (!map || map.sourcesWithContent > 0 !== withSources) continue
    const previous = inlineMap(context.beforeFiles.get(file.path))
    if (previous && (previous.sourcesWithContent > 0 || !withSources)) continue // it shipped like this before
    const message = withSources
      ? `${file.path} carries an inline source map that embeds the original source of ${map.sourcesWithContent} of its ${map.sources} files.`
      : `${file.path} carries an inline source map (${map.sources} sources, no embedded content).`
    findings.push({ path: file.path, message, hint: INLINE_HINT, details: { sources: map.sources, sourcesWithContent: map.sourcesWithContent } })
  }
  return findings
}

export const sourceMapInline: Rule<'source-map'> = {
  id: 'source-map/inline',
  severity: 'warning',
  summary: 'A new or changed script or stylesheet with an inline (data: URL) source map without embedded sources.',
  why: 'An inline map ships inside the code itself: it exposes original file names and doubles the file size, and no ignore rule can leave it out.',
  fix: INLINE_HINT,
  check: (context) => inlineFindings(context, false),
}

export const sourceMapInlineSourcesContent: Rule<'source-map'> = {
  id: 'source-map/inline-sources-content',
  severity: 'error',
  summary: 'A new or changed script or stylesheet with an inline source map that embeds the original source.',
  why: 'The original source travels inside the published file, where no `.npmignore` entry can remove it.',
  fix: INLINE_HINT,
  check: (context) => inlineFindings(context, true),
}
