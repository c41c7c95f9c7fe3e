import type { FileEntry, SourceMapFacts } from '../types.js'
import prettyBytes from 'pretty-bytes'
import type { Rule, RuleContext, RuleFinding } from './rule.js'
import { embeddingPractice, followsPractice, sourcesArePublic } from './source-map-helpers.js'

const INLINE_HINT =
  'Build without inline maps for the published files (esbuild `--sourcemap=external` or none, tsc without `inlineSourceMap`), or without sources in them.'

function inlineMap(file: FileEntry | undefined): SourceMapFacts | undefined {
  const url = file?.facts.sourceMappingUrl
  return url?.kind === 'inline' && url.inline?.isSourceMap ? url.inline : undefined
}

/** Inline maps in new or changed scripts and styles; `withSources` picks which of the two rules. */
function inlineFindings(context: RuleContext, withSources: boolean): RuleFinding[] {
  const findings: RuleFinding[] = []
  // Like with like: inline maps are compared with the baseline's inline maps only.
  const practice = withSources ? embeddingPractice(context.beforeFacts.sourceMappingUrls, inlineMap) : undefined
  const open = sourcesArePublic(context)
  for (const file of context.afterFacts.sourceMappingUrls) {
    const map = inlineMap(file)
    if (!map || map.sourcesWithContent > 0 !== withSources) continue
    const previous = inlineMap(context.beforeFiles.get(file.path))
    if (previous && (previous.sourcesWithContent > 0 || !withSources)) continue // it shipped like this before
    const usual = practice !== undefined && followsPractice(practice, map)
    // Without embedded content an inline map only names files: under an open-source licence that leaks nothing.
    const severity = !withSources ? (open.public ? ('notice' as const) : undefined) : usual ? ('notice' as const) : open.public ? ('warning' as const) : undefined
    const note = !withSources
      ? ''
      : usual
        ? ` ${context.before?.version ?? 'The previous release'} already shipped ${practice?.withContent} inline maps with sources: reported as a notice.`
        : open.public
          ? ` The package's sources are public (${open.why}), so this is a warning: it adds about ${prettyBytes(file.size)} to the file.`
          : ` The sources are not public: ${open.why}.`
    const message = withSources
      ? `${file.path} carries an inline source map that embeds the original source of ${map.sourcesWithContent} of its ${map.sources} files.${note}`
      : `${file.path} carries an inline source map (${map.sources} sources, no embedded content).${open.public ? ` The package's sources are public (${open.why}): reported as a notice.` : ''}`
    findings.push({ severity, path: file.path, message, hint: INLINE_HINT, bytes: file.size, details: { sources: map.sources, sourcesWithContent: map.sourcesWithContent } })
  }
  return findings
}

export const sourceMapInline: Rule<'source-map'> = {
  id: 'source-map/inline',
  severity: 'warning',
  summary: 'A new or changed script or stylesheet with an inline (data: URL) source map without embedded sources; a notice under an open-source licence.',
  why: 'An inline map ships inside the code itself: it exposes original file names and doubles the file size, and no ignore rule can leave it out.',
  fix: INLINE_HINT,
  check: (context) => inlineFindings(context, false),
}

export const sourceMapInlineSourcesContent: Rule<'source-map'> = {
  id: 'source-map/inline-sources-content',
  severity: 'error',
  summary: 'A new or changed script or stylesheet with an inline source map that embeds the original source: an error when the sources are not public, a warning under an open-source licence.',
  why: 'The original source travels inside the published file, where no `.npmignore` entry can remove it.',
  fix: INLINE_HINT,
  check: (context) => inlineFindings(context, true),
}
