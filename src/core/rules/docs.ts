import type { Rule } from './rule.js'
import { RULES } from './index.js'

const SILENCE =
  'To change its severity or turn it off, set `"rules": { "%ID%": "off" }` (or `"notice"`, `"warning"`, `"error"`) in the pack-guard config; to allow one path, add `{ "path": "GLOB", "rules": ["%ID%"], "reason": "..." }` to `allow`.'

/** The text `pack-guard explain RULE` prints and docs/rules.md holds for one rule. */
export function explainRule(rule: Rule): string {
  return [
    `## \`${rule.id}\``,
    '',
    `Default severity: **${rule.severity}**`,
    '',
    rule.summary,
    '',
    `**Why it matters.** ${rule.why}`,
    '',
    `**How to fix.** ${rule.fix}`,
    '',
    `**How to silence.** ${SILENCE.replaceAll('%ID%', rule.id)}`,
    '',
  ].join('\n')
}

/** docs/rules.md, generated from the rules themselves so the two never drift. */
export function renderRulesDoc(rules: readonly Rule[] = RULES): string {
  const table = ['| rule | default | catches |', '| --- | --- | --- |', ...rules.map((r) => `| [\`${r.id}\`](#${r.id.replace(/[^a-z0-9-]/g, '')}) | ${r.severity} | ${r.summary.replaceAll('|', '\\|')} |`)]
  return [
    '# pack-guard rules',
    '',
    '<!-- Generated from src/core/rules by `UPDATE_DOCS=1 npm test`; a test fails when this file is out of date. -->',
    '',
    'Every finding names its rule. Severities: **error** fails the gate by default (`fail-on: error`), **warning** fails it with `fail-on: warning`, **notice** never does.',
    '',
    ...table,
    '',
    ...rules.map(explainRule),
  ].join('\n')
}
