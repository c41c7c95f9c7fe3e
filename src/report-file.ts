import { readFile } from 'node:fs/promises'
import { type Report, isFailOn } from './core/types.js'
import { PackGuardError } from './errors.js'

const SEVERITIES = new Set(['error', 'warning', 'notice'])
const RULE_ID = /^[a-z]+(?:-[a-z]+)*\/[a-z]+(?:-[a-z]+)*$/

/**
 * Reads a finished JSON report (the fork pattern: a read-only job wrote it, a
 * privileged job posts it). The file came from untrusted code, so its shape is
 * checked strictly before anything of it is rendered.
 */
export async function readReportFile(file: string): Promise<Report> {
  let data: unknown
  try {
    data = JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new PackGuardError(`${file}: ${code ? `cannot read (${code})` : 'not valid JSON'}`)
  }
  const fail = (what: string): never => {
    throw new PackGuardError(`${file}: not a pack-guard report (${what})`)
  }
  const report = data as Report
  if (typeof report !== 'object' || report === null) fail('not an object')
  if (report.schemaVersion !== 1) fail(`schemaVersion ${JSON.stringify(report.schemaVersion)}, expected 1`)
  if (!Array.isArray(report.packages)) fail('no packages array')
  if (!isFailOn(report.failOn)) fail('bad failOn')
  report.packages.forEach((pkg, index) => {
    if (typeof pkg.name !== 'string' || typeof pkg.version !== 'string') fail(`packages[${index}] has no name or version`)
    if (!Array.isArray(pkg.findings)) fail(`packages[${index}].findings is not an array`)
    for (const finding of pkg.findings) {
      // Rule ids are printed as code: only known shapes may pass.
      if (typeof finding.rule !== 'string' || !RULE_ID.test(finding.rule)) fail(`packages[${index}] has a finding with a bad rule id`)
      if (!SEVERITIES.has(finding.severity)) fail(`packages[${index}] has a finding with a bad severity`)
      if (typeof finding.message !== 'string') fail(`packages[${index}] has a finding without a message`)
    }
  })
  // Only this job may accept findings, from GitHub's own label data: flags in the file are dropped.
  for (const pkg of report.packages) {
    pkg.findings = pkg.findings.map((finding) => {
      if (finding.suppressed?.by !== 'label') return finding
      const { suppressed: _dropped, ...rest } = finding
      return rest
    })
  }
  return report
}
