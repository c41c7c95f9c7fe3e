import prettyBytes from 'pretty-bytes'
import type { Rule } from './rule.js'
import { collapseFindings } from './collapse.js'
import { MAP_HINT, baselineMapPractice, howFound, mapDetails, practiceNote, sourceMaps, sourcesArePublic } from './source-map-helpers.js'

/** A new source map without embedded sources: it still exposes file names, paths and structure. */
export const sourceMapNew: Rule<'source-map'> = {
  id: 'source-map/new',
  severity: 'warning',
  summary: 'A new source map file (by name or by content) without embedded sources; a notice when the previous release already shipped maps, or under an open-source licence.',
  why: `A source map without \`sourcesContent\` still lists every original file name and folder and maps the shipped code back to them. It is rarely meant to ship with a release that did not have one.`,
  fix: `Exclude \`*.map\` from the package (\`.npmignore\` or \`files\`), or allow the path with a reason.`,
  check(context) {
    const practice = baselineMapPractice(context)
    const established = practice.maps > 0
    // File names and layout of sources that are public anyway leak nothing.
    const open = sourcesArePublic(context)
    const note = established
      ? practiceNote(practice.maps, 'source maps', context.before?.version)
      : open.public
        ? ` The package's sources are public (${open.why}): reported as a notice.`
        : ''
    const quiet = established || open.public
    const findings = []
    for (const { file, map, isNew, previous } of sourceMaps(context)) {
      if (map.sourcesWithContent > 0) continue // source-map/sources-content reports it
      if (!isNew && previous) continue
      findings.push({
        severity: quiet ? ('notice' as const) : undefined,
        bytes: file.size,
        path: file.path,
        message: `New source map ${file.path} (${prettyBytes(file.size)}, ${map.sources} sources)${howFound(file.path)}. It exposes the original file names and layout, but not their content.${note}`,
        hint: MAP_HINT,
        details: { size: file.size, ...mapDetails(map) },
      })
    }
    return collapseFindings(findings, (count, examples) => `${count} new source maps without embedded sources, such as ${examples}. They expose the original file names and layout, but not their content.${note}`)
  },
}
