import { readFile, stat } from 'node:fs/promises'
import type { Finding, Report } from './core/types.js'
import { PackGuardError } from './errors.js'
import { buildReportSchema, validateAgainst } from './report-schema.js'

/** A report file larger than this is refused before it is read (a real one with 500,000 files is about 100 MB). */
export const REPORT_FILE_MAX_BYTES = 256 * 1024 * 1024

/**
 * Reads a finished JSON report (the fork pattern: a read-only job wrote it, a
 * privileged job posts it). The file came from untrusted code, so it is checked
 * against pack-guard-report.schema.json (types, finite numbers, caps on strings
 * and lists), unknown keys are dropped, and so is every `suppressed` mark: only
 * the posting job's own labels may accept. The caller recomputes verdict and counts.
 */
export async function readReportFile(file: string): Promise<Report> {
  let text: string
  try {
    const info = await stat(file)
    if (info.size > REPORT_FILE_MAX_BYTES) throw new PackGuardError(`${file}: not a pack-guard report (${info.size} bytes, more than ${REPORT_FILE_MAX_BYTES})`)
    text = await readFile(file, 'utf8')
  } catch (error) {
    if (error instanceof PackGuardError) throw error
    throw new PackGuardError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw new PackGuardError(`${file}: not valid JSON`)
  }
  let report: Report
  try {
    report = validateAgainst(buildReportSchema(), data) as Report
  } catch (error) {
    throw new PackGuardError(`${file}: not a pack-guard report (${(error as Error).message})`)
  }
  for (const pkg of report.packages) pkg.findings = pkg.findings.map(withoutSuppression)
  return report
}

/** A finding as the rules made it: whatever allowed or accepted it in the file is dropped. */
function withoutSuppression(finding: Finding): Finding {
  if (!finding.suppressed) return finding
  const { suppressed: _dropped, ...rest } = finding
  return rest as Finding
}
