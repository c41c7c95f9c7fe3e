import type { Rule } from './rule.js'
import { sourceMaps } from './source-map-helpers.js'

/** The incident's map reportedly pointed at a public storage bucket. */
export const sourceMapExternalSources: Rule<'source-map'> = {
  id: 'source-map/external-sources',
  severity: 'warning',
  summary: 'A new or changed source map whose `sources` or `sourceRoot` are remote URLs.',
  why: `Remote URLs in \`sources\` or \`sourceRoot\` tell everyone where the original files live; the incident's map reportedly pointed at a public storage bucket.`,
  fix: `Use relative source paths and no remote \`sourceRoot\`; make sure the location is not publicly readable.`,
  check(context) {
    const findings = []
    for (const { file, map, previous } of sourceMaps(context)) {
      if (map.externalUrlCount === 0) continue
      if (previous && previous.externalUrlCount > 0) continue
      findings.push({
        path: file.path,
        message: `Source map ${file.path} points to ${map.externalUrlCount} remote URL(s) for its sources, such as ${map.externalUrls[0]}: anyone can try to fetch them.`,
        hint: 'Use relative paths in `sources` and no remote `sourceRoot`, and make sure the URLs are not public.',
        details: { externalUrlCount: map.externalUrlCount, externalUrls: map.externalUrls },
      })
    }
    return findings
  },
}
