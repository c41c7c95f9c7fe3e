import { type Rule, ruleAnchor } from './rule.js'
import { RULES } from './index.js'

const SILENCE =
  'To change its severity or turn it off, set `"rules": { "%ID%": "off" }` (or `"notice"`, `"warning"`, `"error"`) in the pack-guard config; to allow one path, add `{ "path": "GLOB", "rules": ["%ID%"], "reason": "..." }` to `allow`.'

const DEFAULTS_NOTE = `## How the defaults were chosen

Principle: quiet on ordinary releases, errors only for what no maintainer meant to ship. \`node scripts/tune-defaults.mjs N\` runs the bundled CLI on the last N pairs of consecutive stable releases of 20 popular packages (react, vue, typescript, vite, eslint, prettier, axios, express, zod, commander, webpack, rxjs, @babel/core, date-fns, undici, rollup, esbuild, next, @angular/core, lodash), downloaded from the registry.

- Size thresholds need **both** a percentage and a byte count: packed +25% and +100 kB, unpacked +25% and +500 kB warn; 10x growth of at least 1 MB packed (5 MB unpacked) is an error. A file that shipped before warns at +100% and +500 kB; a new file at 2 MB.
- On 100 pairs (the last 5 per package, November 2026) no pair gave an error. Warnings remained on three: webpack 5.111.1 -> 5.112.0 (+27% packed: 319 new files, among them 1.5 MB parsers: a real jump worth a look), TypeScript 6.0.3 -> 7.0.2 (a rewrite that newly ships 182 maps without sources: one collapsed \`source-map/new\` warning), and zod 4.6.3 -> 4.6.4 (a JWT in a shipped test file: \`secrets/jwt\`, a warning because it is test code). Everything else was silent or notices.
- What the sweep changed: maps are notices when the previous release already shipped maps (Next.js ships maps with sources on purpose, rxjs one per module); a \`sourceMappingURL\` must start a line (webpack writes such comments inside strings); generic credential assignments need a token-shaped value with digits (vite and prettier bundle parser states like \`"?NonExpressionParenEnd"\`).
- The incident's shape (2.1.87 -> 2.1.88: one new 57 MB map with sources, +80% packed) gives an error from \`source-map/sources-content\` and warnings from \`size/total-jump\` and \`size/large-new-file\`.
`

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
  const table = ['| rule | default | catches |', '| --- | --- | --- |', ...rules.map((r) => `| [\`${r.id}\`](#${ruleAnchor(r.id)}) | ${r.severity} | ${r.summary.replaceAll('|', '\\|')} |`)]
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
    DEFAULTS_NOTE,
  ].join('\n')
}
