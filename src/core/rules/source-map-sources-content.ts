import prettyBytes from 'pretty-bytes'
import type { Rule } from './rule.js'
import { collapseFindings } from './collapse.js'
import { MAP_HINT, baselineMapPractice, howFound, mapDetails, practiceNote, sourceMaps } from './source-map-helpers.js'

/** The incident's shape: a map that carries the original source in `sourcesContent`. */
export const sourceMapSourcesContent: Rule<'source-map'> = {
  id: 'source-map/sources-content',
  severity: 'error',
  summary: 'A new source map, or one that now embeds sources, carrying the original source code in `sourcesContent`; a notice when the previous release already shipped maps with sources.',
  why: `\`sourcesContent\` is the original source code, comments and all. This is what leaked in \`@anthropic-ai/claude-code@2.1.88\`: a 57 MB \`cli.js.map\` with ~1,900 TypeScript files. Once published, every mirror keeps it.`,
  fix: `Exclude the map from the package, or build without embedded sources (esbuild \`--sources-content=false\`, webpack \`devtool: 'nosources-source-map'\`, tsc without \`inlineSources\`). Allow the path with a reason if you publish your source on purpose.`,
  check(context) {
    // A package that already shipped maps with sources (Next.js does, on purpose) is not leaking by adding one more.
    const practice = baselineMapPractice(context)
    const established = practice.withContent > 0
    const note = established ? practiceNote(practice.withContent, 'maps with embedded sources', context.before?.version) : ''
    const findings = []
    for (const { file, map, previous, isNew } of sourceMaps(context)) {
      if (map.sourcesWithContent === 0) continue
      if (previous && previous.sourcesWithContent > 0) continue // shipped the same way before: not a change
      const what = isNew ? 'New source map' : 'Source map'
      const now = isNew ? '' : ' now'
      findings.push({
        severity: established ? ('notice' as const) : undefined,
        path: file.path,
        message: `${what} ${file.path} (${prettyBytes(file.size)})${now} embeds the original source of ${map.sourcesWithContent} of its ${map.sources} files in sourcesContent${howFound(file.path)}.${note}`,
        hint: MAP_HINT,
        details: { size: file.size, ...mapDetails(map) },
      })
    }
    // Errors stay one per map; notices of an established practice may be summarised.
    return established ? collapseFindings(findings, (count, examples) => `${count} new source maps embed their original sources, such as ${examples}.${note}`) : findings
  },
}
