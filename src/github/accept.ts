import type { Finding, PackageReport } from '../core/types.js'

/** Secrets cannot be accepted: once published they must be removed and rotated. */
export function canBeAccepted(finding: Finding): boolean {
  return !finding.rule.startsWith('secrets/')
}

/**
 * Marks every finding that counts as accepted by a reviewer's label. Returns new
 * package reports; the input is not changed.
 */
export function acceptFindings(packages: readonly PackageReport[], label: string, acceptedBy: string | undefined): PackageReport[] {
  const who = acceptedBy ? `@${acceptedBy}` : 'a reviewer'
  const reason = `accepted by ${who} with the "${label}" label`
  return packages.map((pkg) => ({
    ...pkg,
    findings: pkg.findings.map((finding) =>
      finding.suppressed || !canBeAccepted(finding) ? finding : { ...finding, suppressed: { by: 'label' as const, reason } },
    ),
  }))
}
