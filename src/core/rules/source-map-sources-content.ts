import prettyBytes from 'pretty-bytes'
import type { Rule } from './rule.js'
import { MAP_HINT, howFound, mapDetails, sourceMaps } from './source-map-helpers.js'

/** The incident's shape: a map that carries the original source in `sourcesContent`. */
export const sourceMapSourcesContent: Rule = {
  id: 'source-map/sources-content',
  severity: 'error',
  summary: 'A new source map, or one that now embeds sources, carrying the original source code in `sourcesContent`.',
  why: `\`sourcesContent\` is the original source code, comments and all. This is what leaked in \`@anthropic-ai/claude-code@2.1.88\`: a 57 MB \`cli.js.map\` with ~1,900 TypeScript files. Once published, every mirror keeps it.`,
  fix: `Exclude the map from the package, or build without embedded sources (esbuild \`--sources-content=false\`, webpack \`devtool: 'nosources-source-map'\`, tsc without \`inlineSources\`). Allow the path with a reason if you publish your source on purpose.`,
  check(context) {
    const findings = []
    for (const { file, map, previous, isNew } of sourceMaps(context)) {
      if (map.sourcesWithContent === 0) continue
      if (previous && previous.sourcesWithContent > 0) continue // shipped the same way before: not a change
      const what = isNew ? 'New source map' : 'Source map'
      const now = isNew ? '' : ' now'
      findings.push({
        path: file.path,
        message: `${what} ${file.path} (${prettyBytes(file.size)})${now} embeds the original source of ${map.sourcesWithContent} of its ${map.sources} files in sourcesContent${howFound(file.path)}.`,
        hint: MAP_HINT,
        details: { size: file.size, ...mapDetails(map) },
      })
    }
    return findings
  },
}
