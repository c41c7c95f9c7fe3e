import prettyBytes from 'pretty-bytes'
import type { Measure } from '../core/types.js'

/** "+1.2 MB (+80%)", "-3 kB (-2%)", "0 B", or "" when there is no baseline. */
export function formatDelta(measure: Measure, asBytes = true): string {
  if (measure.before === null) return ''
  const delta = measure.after - measure.before
  // pretty-bytes writes a signed zero as " 0 B" (a space for the sign).
  const amount = asBytes ? prettyBytes(delta, { signed: true }).trimStart() : `${delta > 0 ? '+' : ''}${delta}`
  if (delta === 0 || measure.before === 0) return amount
  const percent = (delta / measure.before) * 100
  return `${amount} (${percent > 0 ? '+' : ''}${percent.toFixed(percent > -10 && percent < 10 ? 1 : 0)}%)`
}

export function formatBytes(value: number | null): string {
  return value === null ? '-' : prettyBytes(value)
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}
