import prettyBytes from 'pretty-bytes'
import type { Rule } from './rule.js'

/** A file that was in the baseline and grew a lot: a bundle that swallowed a dependency, an inlined asset. */
export const sizeFileGrowth: Rule<'size'> = {
  id: 'size/file-growth',
  severity: 'warning',
  summary: 'A file that shipped before grew past the per-file thresholds.',
  why: `A file that doubles in size often swallowed a dependency or an inlined asset.`,
  fix: `Check the build. If intended, raise \`size.file\` in the config or allow the path.`,
  check({ diff, policy }) {
    const { percent: minPercent, bytes: minBytes } = policy.size.file
    const findings = []
    for (const file of diff.changed) {
      const growth = file.after - file.before
      const percent = file.before > 0 ? (growth / file.before) * 100 : Infinity
      if (growth < minBytes || percent < minPercent) continue
      const shown = Number.isFinite(percent) ? `+${percent.toFixed(0)}%` : 'from empty'
      findings.push({
        path: file.path,
        message: `${file.path} grew from ${prettyBytes(file.before)} to ${prettyBytes(file.after)} (${shown}).`,
        hint: 'Check what the build now bundles into it. If intended, raise `size.file` in the pack-guard config.',
        details: { before: file.before, after: file.after, delta: growth },
      })
    }
    return findings
  },
}
