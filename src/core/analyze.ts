import { diffSnapshots, filesByPath } from './diff.js'
import { applyPolicy, countFindings, reachesFailOn, sortFindings } from './findings.js'
import { groupFindings } from './group.js'
import type { Policy } from './policy.js'
import { RULES } from './rules/index.js'
import type { Rule, RuleContext } from './rules/index.js'
import type { BaselineInfo, Finding, PackageReport, PackageSnapshot, Report } from './types.js'

export interface AnalyzeInput {
  before: PackageSnapshot | null
  after: PackageSnapshot
  baseline: BaselineInfo
  policy: Policy
  /** Extra findings from adapters (for example archive problems); they pass through the policy like the rest. */
  extraFindings?: Finding[]
  rules?: readonly Rule[]
}

/** Diffs two snapshots and runs every rule: a pure function of its input. */
export function analyzePackage({ before, after, baseline, policy, extraFindings = [], rules = RULES }: AnalyzeInput): PackageReport {
  // Indexed once: with 100,000 files a side, building these maps is a good part of the analysis.
  const beforeFiles = filesByPath(before)
  const afterFiles = filesByPath(after)
  const diff = diffSnapshots(before, after, beforeFiles, afterFiles)
  const context: RuleContext = { before, after, diff, beforeFiles, afterFiles, policy }
  const raw: Finding[] = [...extraFindings]
  for (const rule of rules) {
    for (const finding of rule.check(context)) {
      raw.push({ rule: rule.id, severity: finding.severity ?? rule.severity, ...withoutSeverity(finding) })
    }
  }
  // Grouped after the policy, so that allow-lists and severity overrides still see every path.
  const findings = sortFindings(groupFindings(applyPolicy(raw, policy), afterFiles), rules.map((rule) => rule.id))
  return {
    name: after.name,
    version: after.version,
    baseline,
    packed: { before: before?.packedSize ?? null, after: after.packedSize },
    unpacked: { before: before?.unpackedSize ?? null, after: after.unpackedSize },
    fileCount: { before: before?.fileCount ?? null, after: after.fileCount },
    files: diff,
    findings,
  }
}

function withoutSeverity<T extends { severity?: unknown }>(finding: T): Omit<T, 'severity'> {
  const { severity: _ignored, ...rest } = finding
  return rest
}

/** Puts package reports together with the verdict the gate uses. */
export function buildReport(packages: PackageReport[], policy: Pick<Policy, 'failOn'>, toolVersion: string): Report {
  const counts = countFindings(packages)
  const fails = packages.some((pkg) => pkg.findings.some((finding) => !finding.suppressed && reachesFailOn(finding.severity, policy.failOn)))
  return {
    schemaVersion: 1,
    tool: { name: 'pack-guard', version: toolVersion },
    failOn: policy.failOn,
    verdict: fails ? 'fail' : 'pass',
    counts,
    packages,
  }
}
