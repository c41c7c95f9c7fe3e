import type { RuleFamily } from '../types.js'
import type { RuleFinding } from './rule.js'

/** Past this many findings of one kind, a rule reports one summary finding instead. */
export const COLLAPSE_AFTER = 10

/** The longest folder prefix ("dist/") shared by all paths, or "" when there is none. */
export function commonFolder(paths: readonly string[]): string {
  if (paths.length === 0) return ''
  let prefix = paths[0].slice(0, paths[0].lastIndexOf('/') + 1)
  for (const path of paths) {
    while (prefix && !path.startsWith(prefix)) prefix = prefix.slice(0, prefix.lastIndexOf('/', prefix.length - 2) + 1)
  }
  return prefix
}

/**
 * Keeps a rule quiet when a release legitimately adds many files of one kind
 * (a rewrite that now ships maps): one finding that counts them and lists a
 * few, with every path in `details.paths` for tools.
 */
export function collapseFindings<F extends RuleFamily>(findings: RuleFinding<F>[], describe: (count: number, examples: string) => string, hint?: string): RuleFinding<F>[] {
  if (findings.length <= COLLAPSE_AFTER) return findings
  const paths = findings.map((finding) => finding.path ?? '').filter(Boolean)
  const folder = commonFolder(paths)
  const examples = paths.slice(0, 3).join(', ')
  return [
    {
      severity: findings[0].severity,
      path: folder || undefined,
      message: describe(findings.length, examples),
      hint: hint ?? findings[0].hint,
      count: findings.length,
      details: { count: findings.length, paths },
    },
  ]
}
