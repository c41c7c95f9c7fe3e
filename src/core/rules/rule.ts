import type { PackageIndex } from '../package-index.js'
import type { Policy } from '../policy.js'
import type { FileEntry, FindingOf, PackageSnapshot, RuleFamily, Severity } from '../types.js'
import type { SecretVerdict } from './secret-verdicts.js'

/** What every rule sees: both snapshots, their index (files by path, diff, new files, files with facts) and the policy. Read only. */
export interface RuleContext extends PackageIndex {
  /** The previous release, or null for a first release or `--baseline none`. */
  before: PackageSnapshot | null
  after: PackageSnapshot
  policy: Policy
  /** Per path, the secrets verdict of a new or changed file that holds secrets: computed once per package. */
  secrets: ReadonlyMap<string, SecretVerdict>
}

/**
 * A finding as a rule reports it: a Finding without the rule id (the engine adds
 * it) and without suppression (the policy adds that), its severity optional.
 */
export type RuleFinding<F extends RuleFamily = RuleFamily> = Omit<FindingOf<F>, 'rule' | 'severity' | 'suppressed'> & {
  /** Defaults to the rule's severity; a rule with tiers (size) may raise it. */
  severity?: Severity
}

export interface Rule<F extends RuleFamily = RuleFamily> {
  /** `family/name`, stable: configs and allow-lists refer to it. */
  id: `${F}/${string}`
  severity: Severity
  /** One line: what it catches. */
  summary: string
  /** Why it matters (docs/rules.md and `pack-guard explain`). */
  why: string
  /** How to fix it, or silence it. */
  fix: string
  check(context: RuleContext): RuleFinding<F>[]
}

/** The anchor of a rule's section in docs/rules.md, as GitHub makes it from the heading `` `family/name` ``. */
export function ruleAnchor(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9 _-]/g, '').replace(/ /g, '-')
}

/**
 * True when the file shipped in the baseline at the same size. Content is never
 * hashed (the pass stays at gunzip speed), so the same size stands for unchanged.
 */
export function isUnchanged(context: RuleContext, file: FileEntry): boolean {
  return context.beforeFiles.get(file.path)?.size === file.size
}
