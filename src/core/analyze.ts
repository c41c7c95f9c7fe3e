import { applyPolicy, countFindings, failsAt, sortFindings } from './findings.js'
import { groupFindings } from './group.js'
import { indexPackage, type PackageIndex } from './package-index.js'
import type { Policy } from './policy.js'
import { RULES } from './rules/index.js'
import type { Rule, RuleContext } from './rules/index.js'
import { secretVerdicts } from './rules/secret-verdicts.js'
import type { BaselineInfo, Finding, PackageReport, PackageSnapshot, Report, SkippedPackage } from './types.js'

export interface AnalyzeInput {
  before: PackageSnapshot | null
  after: PackageSnapshot
  baseline: BaselineInfo
  policy: Policy
  rules?: readonly Rule[]
  /** `indexPackage(before, after)`, when the caller built it for its own use (check.ts reads the secret values from it). */
  index?: PackageIndex
}

/** Diffs two snapshots and runs every rule: a pure function of its input. */
export function analyzePackage({ before, after, baseline, policy, rules = RULES, index = indexPackage(before, after) }: AnalyzeInput): PackageReport {
  // Indexed once (see package-index.ts): with 100,000 files a side, building and reading these maps is a good part of the analysis.
  // Secrets are judged once per package: the secrets/* rules and files/forbidden read the same verdicts.
  const secrets = secretVerdicts(before, index)
  const context: RuleContext = { ...index, before, after, policy, secrets }
  const raw: Finding[] = []
  for (const rule of rules) {
    for (const finding of rule.check(context)) {
      // A rule's findings carry its family's details: the rule id joins them to the union here.
      raw.push({ ...finding, rule: rule.id, severity: finding.severity ?? rule.severity } as Finding)
    }
  }
  // Grouped after the policy, so that allow-lists and severity overrides still see every path.
  const findings = sortFindings(groupFindings(applyPolicy(raw, policy), index.afterFiles), rules.map((rule) => rule.id))
  return {
    name: after.name,
    version: after.version,
    baseline,
    packed: { before: before?.packedSize ?? null, after: after.packedSize },
    unpacked: { before: before?.unpackedSize ?? null, after: after.unpackedSize },
    fileCount: { before: before?.fileCount ?? null, after: after.fileCount },
    files: index.diff,
    findings,
  }
}

/** Puts package reports together with the verdict the gate uses: the one place a Report is made. */
export function buildReport(packages: PackageReport[], policy: Pick<Policy, 'failOn'>, toolVersion: string, skipped: readonly SkippedPackage[] = []): Report {
  const counts = countFindings(packages)
  const fails = failsAt(packages, policy.failOn)
  return {
    schemaVersion: 1,
    tool: { name: 'pack-guard', version: toolVersion },
    failOn: policy.failOn,
    verdict: fails ? 'fail' : 'pass',
    counts,
    packages,
    ...(skipped.length ? { skipped: [...skipped] } : {}),
  }
}
