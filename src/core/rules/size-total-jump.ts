import prettyBytes from 'pretty-bytes'
import type { TotalSizePolicy } from '../policy.js'
import type { Rule, RuleFinding } from './rule.js'

/** Growth of the whole package, packed (what users download) and unpacked (what lands on disk). */
export const sizeTotalJump: Rule<'size'> = {
  id: 'size/total-jump',
  severity: 'warning',
  summary: 'The packed or unpacked size grew past the thresholds; 10x growth is an error.',
  why: `A sudden jump in what users download usually means something shipped by mistake: a map, a fixture folder, a bundled dependency. The incident grew the packed size by 80%.`,
  fix: `Find the added or grown files in the report. If the growth is intended, raise \`size.packed\` / \`size.unpacked\` in the config.`,
  check({ before, after, policy }) {
    if (!before) return []
    const findings: RuleFinding[] = []
    const measures = [
      { measure: 'packed', from: before.packedSize, to: after.packedSize, limits: policy.size.packed },
      { measure: 'unpacked', from: before.unpackedSize, to: after.unpackedSize, limits: policy.size.unpacked },
    ] as const
    for (const { measure, from, to, limits } of measures) {
      const finding = judgeGrowth(measure, from, to, limits)
      if (finding) findings.push(finding)
    }
    return findings
  },
}

function judgeGrowth(measure: string, from: number, to: number, limits: TotalSizePolicy): RuleFinding | undefined {
  const growth = to - from
  if (growth <= 0) return undefined
  const percent = from > 0 ? (growth / from) * 100 : Infinity
  const ratio = from > 0 ? to / from : Infinity
  const isError = ratio >= limits.error.ratio && growth >= limits.error.bytes
  const isWarning = percent >= limits.warn.percent && growth >= limits.warn.bytes
  if (!isError && !isWarning) return undefined
  const shown = Number.isFinite(percent) ? `+${percent.toFixed(0)}%` : 'from nothing'
  return {
    severity: isError ? 'error' : 'warning',
    message: `The ${measure} size grew from ${prettyBytes(from)} to ${prettyBytes(to)} (${shown}, +${prettyBytes(growth)}).`,
    hint: 'Look at the added and grown files below for what made it grow. If the growth is intended, raise `size.' + measure + '` in the pack-guard config.',
    details: { measure, before: from, after: to, delta: growth, percent: Number.isFinite(percent) ? Math.round(percent * 10) / 10 : null },
  }
}
