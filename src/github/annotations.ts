import type { Finding, Report, Severity } from '../core/types.js'
import { escapeText } from '../report/escape.js'

/** GitHub shows at most this many annotations of each level per step. */
export const ANNOTATIONS_PER_LEVEL = 10

export interface AnnotationLocation {
  file?: string
  startLine?: number
}

export interface Annotation extends AnnotationLocation {
  level: Severity
  title: string
  message: string
}

const PLURAL: Record<Severity, string> = { error: 'errors', warning: 'warnings', notice: 'notices' }

/**
 * Chooses the annotations for a report: findings that count, most important
 * first, up to GitHub's limit per level; when a level has more, its last slot
 * counts the rest and points to the job summary. Pure: `locate` maps a finding
 * to a repository file.
 */
export function planAnnotations(report: Report, locate: (packageIndex: number, finding: Finding) => AnnotationLocation): Annotation[] {
  const byLevel: Record<Severity, Annotation[]> = { error: [], warning: [], notice: [] }
  report.packages.forEach((pkg, index) => {
    for (const finding of pkg.findings) {
      if (finding.suppressed) continue
      // @actions/core escapes newlines and `%`, not C1 controls or bidi characters: those are ours to escape.
      const where = finding.path ? ` (${escapeText(finding.path)} in ${escapeText(pkg.name)})` : ` (${escapeText(pkg.name)})`
      byLevel[finding.severity].push({
        level: finding.severity,
        title: `pack-guard ${finding.rule}`,
        message: `${escapeText(finding.message)}${where}${finding.hint ? `\nFix: ${finding.hint}` : ''}`,
        ...locate(index, finding),
      })
    }
  })
  const plan: Annotation[] = []
  for (const level of ['error', 'warning', 'notice'] as const) {
    const all = byLevel[level]
    if (all.length <= ANNOTATIONS_PER_LEVEL) {
      plan.push(...all)
      continue
    }
    const shown = all.slice(0, ANNOTATIONS_PER_LEVEL - 1)
    plan.push(...shown, {
      level,
      title: `pack-guard: ${all.length - shown.length} more ${PLURAL[level]}`,
      message: `${all.length - shown.length} more ${PLURAL[level]} are not shown as annotations (GitHub shows ${ANNOTATIONS_PER_LEVEL} per step): the job summary lists every finding.`,
    })
  }
  return plan
}

/** Finds the line of package.json that decides what ships (its "files" field), 1-based. */
export function filesFieldLine(packageJson: string): number | undefined {
  const index = packageJson.split('\n').findIndex((line) => /^\s*"files"\s*:/.test(line))
  return index === -1 ? undefined : index + 1
}
