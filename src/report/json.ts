import type { Report } from '../core/types.js'

/**
 * JSON.stringify escapes C0 controls only: C1 controls (a CSI, 0x9b, is read by
 * some terminals), line separators and bidi controls would reach a terminal raw.
 * They can only stand inside strings, so escaping them keeps the same values.
 */
const RAW = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/** The JSON report: the contract other tools read. Every control and bidi character is written escaped. */
export function renderJson(report: Report): string {
  const json = JSON.stringify(report, null, 2)
  // Every such character is DEL or above 0x7f: a report of plain ASCII (nearly all) has none, which a
  // count of its UTF-8 bytes says faster than a pass of RAW over a report of 100,000 files.
  if (Buffer.byteLength(json) === json.length && !json.includes('\u007f')) return `${json}\n`
  return `${json.replace(RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`
}
