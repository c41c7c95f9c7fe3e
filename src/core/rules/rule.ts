import type { Policy } from '../policy.js'
import type { FileDiff, FileEntry, PackageSnapshot, Severity } from '../types.js'

/** What every rule sees: both snapshots, their diff and the policy. Read only. */
export interface RuleContext {
  /** The previous release, or null for a first release or `--baseline none`. */
  before: PackageSnapshot | null
  after: PackageSnapshot
  diff: FileDiff
  beforeFiles: ReadonlyMap<string, FileEntry>
  afterFiles: ReadonlyMap<string, FileEntry>
  policy: Policy
}

/** A finding as a rule reports it; the rule id is added by the engine. */
export interface RuleFinding {
  /** Defaults to the rule's severity; a rule with tiers (size) may raise it. */
  severity?: Severity
  path?: string
  message: string
  hint?: string
  details?: Record<string, unknown>
  /** How many files the finding stands for, when more than one. */
  count?: number
  /** The bytes of the file(s) it is about. */
  bytes?: number
}

export interface Rule {
  /** `family/name`, stable: configs and allow-lists refer to it. */
  id: string
  severity: Severity
  /** One line: what it catches. */
  summary: string
  /** Why it matters (docs/rules.md and `pack-guard explain`). */
  why: string
  /** How to fix it, or silence it. */
  fix: string
  check(context: RuleContext): RuleFinding[]
}

/** True when the path did not ship in the baseline (always true without one). */
export function isNew(context: RuleContext, path: string): boolean {
  return !context.beforeFiles.has(path)
}
