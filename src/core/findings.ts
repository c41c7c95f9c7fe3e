import type { Policy } from './policy.js'
import { compileGlobs } from './rules/file-patterns.js'
import { type Counts, type FailOn, type Finding, type PackageReport, type Severity, isFamily } from './types.js'

const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 }

/** Orders findings most important first: severity, then rule order, then path. Returns a new array. */
export function sortFindings(findings: readonly Finding[], ruleOrder: readonly string[]): Finding[] {
  const order = new Map(ruleOrder.map((id, index) => [id, index]))
  return [...findings].sort(
    (a, b) =>
      Number(Boolean(a.suppressed)) - Number(Boolean(b.suppressed)) ||
      RANK[a.severity] - RANK[b.severity] ||
      (order.get(a.rule) ?? 999) - (order.get(b.rule) ?? 999) ||
      (a.path ?? '').localeCompare(b.path ?? ''),
  )
}

/**
 * Applies the policy to what the rules found, once, after all rules ran:
 * severity overrides (`off` drops the finding) and allow-list entries.
 */
export function applyPolicy(findings: readonly Finding[], policy: Policy): Finding[] {
  const allows = policy.allow.map((allow) => ({ ...allow, matches: compileGlobs([allow.path]) }))
  const result: Finding[] = []
  for (const finding of findings) {
    const setting = policy.rules[finding.rule]
    if (setting === 'off') continue
    const adjusted: Finding = setting ? { ...finding, severity: setting } : { ...finding }
    const allow = allows.find(
      (candidate) => finding.path !== undefined && candidate.matches(finding.path) && (!candidate.rules || candidate.rules.includes(finding.rule)),
    )
    if (allow) adjusted.suppressed = { by: 'config', reason: allow.reason }
    const secretAllow = allowedSecret(finding, policy)
    if (secretAllow) adjusted.suppressed = { by: 'config', reason: secretAllow }
    result.push(adjusted)
  }
  return result
}

/** True when a finding of this severity fails the gate. */
export function reachesFailOn(severity: Severity, failOn: FailOn): boolean {
  if (failOn === 'never') return false
  return RANK[severity] <= RANK[failOn]
}

/** True when any finding that counts reaches failOn: the gate's verdict. */
export function failsAt(packages: readonly PackageReport[], failOn: FailOn): boolean {
  return packages.some((pkg) => pkg.findings.some((finding) => !finding.suppressed && reachesFailOn(finding.severity, failOn)))
}

/** Of several runs' fail-on settings, the one that fails first ('error' when there are none). */
export function strictestFailOn(failOns: readonly FailOn[]): FailOn {
  const strictness: Record<FailOn, number> = { warning: 0, error: 1, never: 2 }
  return failOns.length ? failOns.reduce((a, b) => (strictness[b] < strictness[a] ? b : a)) : 'error'
}

/** Counts the findings that count: suppressed ones are left out. */
export function countFindings(packages: readonly PackageReport[]): Counts {
  const counts: Counts = { error: 0, warning: 0, notice: 0 }
  for (const pkg of packages) for (const finding of pkg.findings) if (!finding.suppressed) counts[finding.severity]++
  return counts
}

/** A secrets finding is allowed when every value it holds is allowed by fingerprint. */
function allowedSecret(finding: Finding, policy: Policy): string | undefined {
  if (!isFamily(finding, 'secrets')) return undefined
  const matches = finding.details?.matches
  if (!matches?.length) return undefined
  const reasons = matches.map((match) => policy.secretAllow.find((allow) => allow.fingerprint === match.fingerprint)?.reason)
  return reasons.every(Boolean) ? [...new Set(reasons)].join('; ') : undefined
}
