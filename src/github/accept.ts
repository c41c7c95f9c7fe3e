import { createHash } from 'node:crypto'
import type { Finding, PackageReport } from '../core/types.js'

/** Secrets cannot be accepted: once published they must be removed and rotated. */
export function canBeAccepted(finding: Finding): boolean {
  return !finding.rule.startsWith('secrets/')
}

/**
 * A finding's identity across pushes: its package, rule, file and severity. A new
 * file, another rule, or a finding that grew from a warning into an error is a new
 * finding, which an earlier acceptance does not cover.
 */
export function findingFingerprint(packageName: string, finding: Pick<Finding, 'rule' | 'path' | 'severity'>): string {
  return createHash('sha256').update([packageName, finding.rule, finding.path ?? '', finding.severity].join('\0')).digest('hex').slice(0, 16)
}

/**
 * What the sticky comment remembers, hidden in HTML comments: the fingerprints of
 * the findings it showed a reviewer, and, while the accept label is on, those the
 * label accepted and who added it.
 */
export interface AcceptanceRecord {
  shown: Set<string>
  accepted?: { by?: string; fingerprints: Set<string> }
}

const SHOWN = 'pack-guard:shown'
const ACCEPTED = 'pack-guard:accepted'
const FINGERPRINT = /^[0-9a-f]{16}$/
const LOGIN = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\[bot\])?$/
/** More than any real comment shows; a record is a list of 17-character words. */
const MAX_RECORDED = 2000

/** Reads the record from an earlier comment of ours; empty when there is none or it does not parse. */
export function parseAcceptanceRecord(body: string | undefined): AcceptanceRecord {
  const record: AcceptanceRecord = { shown: new Set() }
  if (!body) return record
  const words = (name: string) => new RegExp(`<!-- ${name} v1 ([^>]*?) ?-->`).exec(body)?.[1].split(' ').filter(Boolean)
  for (const word of words(SHOWN) ?? []) if (FINGERPRINT.test(word)) record.shown.add(word)
  const accepted = words(ACCEPTED)
  if (accepted) {
    const by = accepted.find((word) => word.startsWith('by='))?.slice(3)
    record.accepted = { by: by && LOGIN.test(by) ? by : undefined, fingerprints: new Set(accepted.filter((word) => FINGERPRINT.test(word))) }
  }
  return record
}

/** The hidden lines that carry the record into the next comment. */
export function renderAcceptanceRecord(record: AcceptanceRecord): string[] {
  const list = (prints: Set<string>) => [...prints].slice(0, MAX_RECORDED).join(' ')
  const lines = [`<!-- ${SHOWN} v1 ${list(record.shown)} -->`]
  if (record.accepted) {
    const by = record.accepted.by && LOGIN.test(record.accepted.by) ? `by=${record.accepted.by} ` : ''
    lines.push(`<!-- ${ACCEPTED} v1 ${by}${list(record.accepted.fingerprints)} -->`)
  }
  return lines
}

/** The findings that count now and that a reviewer's label could accept, with their package's name. */
export function* acceptableFindings(packages: readonly PackageReport[]): Generator<{ packageName: string; finding: Finding }> {
  for (const pkg of packages) for (const finding of pkg.findings) if (!finding.suppressed && canBeAccepted(finding)) yield { packageName: pkg.name, finding }
}

/** Fingerprints of the findings a reviewer can accept and that count now: what a comment shows them to decide on. */
export function acceptableFingerprints(packages: readonly PackageReport[]): Set<string> {
  const prints = new Set<string>()
  for (const { packageName, finding } of acceptableFindings(packages)) prints.add(findingFingerprint(packageName, finding))
  return prints
}

/**
 * Marks as accepted by a reviewer's label the findings whose fingerprint `covers`
 * holds (never secrets). Returns new package reports; the input is not changed.
 */
export function acceptFindings(packages: readonly PackageReport[], label: string, acceptedBy: string | undefined, covers: ReadonlySet<string>): PackageReport[] {
  const who = acceptedBy ? `@${acceptedBy}` : 'a reviewer'
  const reason = `accepted by ${who} with the "${label}" label`
  return packages.map((pkg) => ({
    ...pkg,
    findings: pkg.findings.map((finding) =>
      finding.suppressed || !canBeAccepted(finding) || !covers.has(findingFingerprint(pkg.name, finding))
        ? finding
        : { ...finding, suppressed: { by: 'label' as const, reason } },
    ),
  }))
}
