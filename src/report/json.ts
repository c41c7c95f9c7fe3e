import type { Report } from '../core/types.js'

/** The JSON report: the contract other tools read. JSON.stringify escapes every control character. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`
}
