import { isUnchanged, type Rule } from './rule.js'

/** A `.map` file that cannot be read as a source map: pack-guard cannot say what it holds. */
export const sourceMapUnreadable: Rule<'source-map'> = {
  id: 'source-map/unreadable',
  severity: 'warning',
  summary: 'A new or changed `.map` file that is not a readable source map (invalid or truncated JSON, not version 3).',
  why: `pack-guard cannot tell what a broken map holds, and a truncated build artifact is worth a look anyway.`,
  fix: `Fix or exclude the file; turn the rule off if such files are expected.`,
  check(context) {
    const findings = []
    for (const file of context.afterFacts.sourceMaps) {
      const map = file.facts.sourceMap
      if (!map || map.isSourceMap || !file.path.toLowerCase().endsWith('.map')) continue
      if (isUnchanged(context, file)) continue
      const why = map.problem ?? 'it is JSON, but not a version 3 source map'
      findings.push({
        path: file.path,
        message: `Unreadable source map ${file.path}: ${why}. pack-guard cannot tell whether it embeds source code.`,
        hint: 'Check the build that produced it; if the file is not meant to ship, exclude it.',
        details: { problem: why },
      })
    }
    return findings
  },
}
