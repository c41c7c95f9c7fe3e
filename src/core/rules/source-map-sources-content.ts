import prettyBytes from 'pretty-bytes'
import type { Rule } from './rule.js'
import { collapseFindings } from './collapse.js'
import { MAP_HINT, embeddingPractice, followsPractice, howFound, mapDetails, mapFacts, sourceMaps, sourcesArePublic } from './source-map-helpers.js'

const KEEP_OR_DROP =
  'To keep them, allow the path in the pack-guard config (or set `sourceMaps.sourcesArePublic: true`); to drop them, build without embedded sources (esbuild `--sources-content=false`, webpack `devtool: \'nosources-source-map\'`, tsc without `inlineSources`) or leave the maps out of the package.'

/** The incident's shape: a map that carries the original source in `sourcesContent`. */
export const sourceMapSourcesContent: Rule<'source-map'> = {
  id: 'source-map/sources-content',
  severity: 'error',
  summary:
    'A new source map, or one that now embeds sources, carrying the original source code in `sourcesContent`: an error when the sources are not public (no open-source licence), a warning under an open-source licence, a notice when the previous release shipped such maps alike.',
  why: `\`sourcesContent\` is the original source code, comments and all. This is what leaked in \`@anthropic-ai/claude-code@2.1.88\` (licence \`SEE LICENSE IN README.md\`): a 57 MB \`cli.js.map\` with ~1,900 TypeScript files. Once published, every mirror keeps it. Under an open-source licence the code is public anyway, so it is only worth a look.`,
  fix: `Exclude the map from the package, or build without embedded sources (esbuild \`--sources-content=false\`, webpack \`devtool: 'nosources-source-map'\`, tsc without \`inlineSources\`). If the sources are public, set \`sourceMaps.sourcesArePublic: true\` or allow the path with a reason.`,
  check(context) {
    // Like with like: a package that already shipped maps with sources at this scale (Next.js does, on purpose) is not leaking by adding one more.
    const practice = embeddingPractice(context.beforeFacts.sourceMaps, mapFacts)
    const open = sourcesArePublic(context)
    const findings = []
    let established = 0
    for (const { file, map, previous, isNew } of sourceMaps(context)) {
      if (map.sourcesWithContent === 0) continue
      if (previous && previous.sourcesWithContent > 0) continue // shipped the same way before: not a change
      const usual = followsPractice(practice, map)
      if (usual) established++
      const what = isNew ? 'New source map' : 'Source map'
      const now = isNew ? '' : ' now'
      const note = usual
        ? ` ${context.before?.version ?? 'The previous release'} already shipped ${practice.withContent} maps with embedded sources, so this follows the package's practice: reported as a notice.`
        : open.public
          ? ` The package's sources are public (${open.why}), so this is a warning: it adds ${prettyBytes(file.size)} that installs do not need. ${KEEP_OR_DROP}`
          : ` The sources are not public: ${open.why}.`
      findings.push({
        severity: usual ? ('notice' as const) : open.public ? ('warning' as const) : undefined,
        path: file.path,
        message: `${what} ${file.path} (${prettyBytes(file.size)})${now} embeds the original source of ${map.sourcesWithContent} of its ${map.sources} files in sourcesContent${howFound(file.path)}.${note}`,
        hint: MAP_HINT,
        bytes: file.size,
        details: { size: file.size, ...mapDetails(map), sourcesArePublic: open.public },
      })
    }
    // Errors stay one per map; notices of an established practice may be summarised.
    return established === findings.length && established > 0
      ? collapseFindings(findings, (count, examples) => `${count} new source maps embed their original sources, such as ${examples}. The previous release shipped such maps too: reported as notices.`)
      : findings
  },
}
