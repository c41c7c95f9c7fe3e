import type { Finding, PackageReport, Report } from '../core/types.js'
import { escapeText, inertOutput } from './escape.js'
import { formatBytes, formatDelta, plural } from './sizes.js'

/** Findings listed at most per package; `--format json` has every one. */
const FINDINGS_CAP = 200

const LABEL = { error: 'ERROR  ', warning: 'WARNING', notice: 'NOTICE ' } as const

/** A short verdict line, e.g. "FAIL: 1 error, 2 warnings (fail-on: error)". */
export function verdictLine(report: Report): string {
  const { error, warning, notice } = report.counts
  const parts = [plural(error, 'error'), plural(warning, 'warning')]
  if (notice) parts.push(plural(notice, 'notice'))
  return `${report.verdict === 'fail' ? 'FAIL' : 'PASS'}: ${parts.join(', ')} (fail-on: ${report.failOn})`
}

function baselineText(pkg: PackageReport): string {
  const { version, source } = pkg.baseline
  if (source === 'none') return 'no baseline (--baseline none)'
  if (source === 'first-release') return 'first release: nothing published to compare with'
  if (source === 'registry') return `against ${escapeText(version ?? '?')} (${escapeText(pkg.baseline.registry ?? 'registry')})`
  return `against ${escapeText(version ?? '?')} (${escapeText(source)})`
}

function renderFinding(finding: Finding): string[] {
  const where = finding.path ? `  ${escapeText(finding.path)}` : ''
  const lines = [`  ${LABEL[finding.severity]} ${escapeText(finding.rule)}${where}`, `    ${escapeText(finding.message)}`]
  if (finding.suppressed) lines.push(`    ${finding.suppressed.by === 'label' ? 'accepted' : 'allowed'}: ${escapeText(finding.suppressed.reason)}`)
  else if (finding.hint) lines.push(`    fix: ${escapeText(finding.hint)}`)
  return lines
}

function renderSizes(pkg: PackageReport): string[] {
  const rows = [
    ['', 'before', 'after', 'delta'],
    ['packed', formatBytes(pkg.packed.before), formatBytes(pkg.packed.after), formatDelta(pkg.packed)],
    ['unpacked', formatBytes(pkg.unpacked.before), formatBytes(pkg.unpacked.after), formatDelta(pkg.unpacked)],
    ['files', String(pkg.fileCount.before ?? '-'), String(pkg.fileCount.after), formatDelta(pkg.fileCount, false)],
  ]
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
  return rows.map((row) => `  ${row.map((cell, column) => cell.padEnd(widths[column])).join('   ')}`.trimEnd())
}

/** The report for people on a terminal: verdict first, then findings, then sizes. */
export function renderText(report: Report): string {
  const lines = [`pack-guard ${verdictLine(report)}`]
  for (const pkg of report.packages) {
    lines.push('', `${escapeText(pkg.name)}@${escapeText(pkg.version)} ${baselineText(pkg)}`)
    if (pkg.findings.length === 0) lines.push('  no findings')
    for (const finding of pkg.findings.slice(0, FINDINGS_CAP)) for (const line of renderFinding(finding)) lines.push(line)
    if (pkg.findings.length > FINDINGS_CAP) lines.push(`  … and ${pkg.findings.length - FINDINGS_CAP} more findings (--format json lists them all)`)
    lines.push('', ...renderSizes(pkg))
    const { added, removed, changed } = pkg.files
    if (pkg.baseline.version !== null) lines.push(`  ${added.length} added, ${removed.length} removed, ${changed.length} changed in size`)
  }
  if (report.skipped?.length) {
    lines.push('', `skipped: ${report.skipped.map((s) => `${escapeText(s.name)} (${escapeText(s.reason)})`).join(', ')}`)
  }
  // Every value above is escaped; this guard makes sure no line reads as a workflow command all the same.
  return inertOutput(`${lines.join('\n')}\n`)
}
