import { explainRule } from '../core/rules/docs.js'
import { RULE_IDS, findRule } from '../core/rules/index.js'
import { suggest } from '../config/validate.js'
import { PackGuardError } from '../errors.js'

/** `pack-guard explain RULE`: the same text as docs/rules.md. */
export function explain(args: string[]): string {
  if (args.length !== 1) throw new PackGuardError('explain: expected one rule id, e.g. pack-guard explain source-map/sources-content')
  const rule = findRule(args[0])
  if (!rule) {
    const hint = suggest(args[0], RULE_IDS)
    throw new PackGuardError(`explain: unknown rule "${args[0]}"${hint ? ` (did you mean "${hint}"?)` : ' (see docs/rules.md)'}`)
  }
  return explainRule(rule)
}
