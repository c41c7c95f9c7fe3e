import { type Rule, ruleAnchor } from './rule.js'
import { RULES } from './index.js'

const SILENCE =
  'To change its severity or turn it off, set `"rules": { "%ID%": "off" }` (or `"notice"`, `"warning"`, `"error"`) in the pack-guard config; to allow one path, add `{ "path": "GLOB", "rules": ["%ID%"], "reason": "..." }` to `allow`.'

const DEFAULTS_NOTE = `## How the defaults were chosen

Principle: quiet on ordinary releases, errors only for what no maintainer meant to ship, and one finding per accident, not one per file.

### The corpus

\`scripts/tune-defaults.mjs\` runs the bundled CLI on real releases downloaded from the registry with the npm client (cached under \`~/.cache/pack-guard-tune\`; never in the tests). \`resolve\` turns \`scripts/corpus/packages.json\` into \`scripts/corpus/pairs.json\`; \`fetch\` downloads; \`run\` checks every pair, every accident, and the first release (\`--baseline none\`) of the 10 largest packages; \`summary\` prints the figures from a run's \`--out\` file.

- **Ordinary releases:** 1,357 consecutive stable pairs (the last 10 per package, 4 for 15 heavy ones) of 151 packages: the 120 most downloaded (leaving out the 20 of the first sweep, platform binaries and a spam package) and 31 larger frameworks and SDKs (\`scripts/corpus/packages.json\`, December 2026).
- **Accidents:** 18 real ones (\`scripts/corpus/accidents.json\`), each a file or folder that appears in one release and vanishes in a later one, most confirmed by the maintainers in an issue: \`.env-dylan\` with API tokens (\`@mux/mux-node\`, twice), \`coverage/\` or \`.nyc_output/\` (handlebars, jwks-rsa, redis-commands, pngjs, slsk-client), \`.claude/\` settings and notes (slow-redact, es-abstract, gettext-parser, nanoid, tiddlywiki, resolve), the package's own tarball (prettier, \`@google/gemini-cli\`, ember-svg-jar), an \`.idea/\` folder (iconv-lite) and 1,375 test fixtures that grew resolve 21-fold. Three of them (iconv-lite, both resolve) were found in the ordinary pairs by looking for files that vanish in the next release; they count as accidents, not ordinary pairs.

### Figures

| on the corpus | before (0.1.0 defaults) | after |
| --- | --- | --- |
| ordinary pairs with an error | 10 of 1,354 (0.7%) | 0 |
| ordinary pairs with any warning | 43 (3.2%) | 27 (2.0%): 22 from these rules, 5 from the new \`manifest/bin\` rule, not tuned here |
| accidents that fail the gate | 6 of 18 (7 drew nothing) | 18 of 18 |
| findings for one accident | up to 1,346 (resolve's fixtures), 66 (a \`coverage/\` folder) | at most 6 (every accident is one to three errors, such as \`files/forbidden coverage/\` for 53 files) |
| findings for the first release of the largest packages | up to 284 (primeng), 50 (firebase) | at most 6 (firebase), 2 for primeng |

What made the difference:

- **Maps by licence.** The false errors were open-source packages (balanced-match, isexe, minipass, signal-exit, yallist) starting to ship per-module \`tsc\` maps with \`sourcesContent\`: under an SPDX licence embedded sources are a warning that names the sources and bytes; without an open-source licence (\`UNLICENSED\`, \`SEE LICENSE IN ...\`, none: the incident's package) they stay an error. \`sourceMaps.sourcesArePublic\` overrides the licence. A map without sources under an open-source licence is a notice. "Established practice" compares like with like (inline with inline) and needs the baseline to embed sources in a quarter of its maps, in one at least a quarter as large as the new one.
- **Secrets by value.** A value the baseline already shipped is never again a new error because its file changed size: where it turns up in a new place it is one warning ("already public since X: rotate it"); where the same file held it before, a notice (prisma's bundle holds the same URL credential in every release). Generic credentials are dropped on comment lines, \`@example\`s and lines that name \`localhost\`, \`127.0.0.1\` or Docker; in documentation (\`.d.ts\`, Markdown, \`*.examples.json\`, \`docs/\`) they are notices, in scripts and benchmarks warnings; a Google API key or JWT in documentation is a warning. An AWS key id must not sit inside a base64 run (\`@prisma/client\` inlines wasm modules that hold \`AKIA...\` by chance).
- **Names that leak.** \`.env-*\`, \`.env_*\`, \`*.env\` and \`env.local\` are secret files; AI coding agents' folders (\`.claude/\`, \`.cursor/\`, \`.aider*\`, \`.windsurf/\`, \`.codex/\`, \`.pi/\`, ...) and package tarballs (\`*.tgz\`, \`*.tar.gz\`, outside test fixtures) are \`files/forbidden\` errors; raw test output (\`junit*.xml\`, \`test-results/\`) is a leftover warning.
- **Grouping.** When one rule fires on three or more files under one top folder, the report has one finding for the folder, with \`count\`, \`bytes\` and every path in \`details.paths\`; a rule left with more than three findings is one finding. Errors are grouped too. The policy (allow-lists, severity overrides) runs before grouping, so it still sees every path.
- **Sizes.** A new file that replaces a removed file of at least half its size in the same folder (a content-hashed chunk renamed, a \`.mjs.map\` replacing a bigger \`.js.map\`) is not a large new file, and the threshold is 2 MB or 10% of the previous release, whichever is larger (7.3 MB for monaco-editor, 73 MB unpacked). Unpacked growth of 10x is an error once it passes 1 MB (it was 5 MB): resolve's fixtures, 145 kB to 3.09 MB.
- **Inline maps** without embedded sources are notices under an open-source licence, like map files (convert-source-map's test file).
- **Quiet leftovers.** CI configs and \`tsconfig.json\` are notices (they hold no secrets; they were most of the warnings); a leftover inside a folder the baseline already shipped, or inside a \`src/\` or \`test/\` tree it shipped, is quiet; a new \`src/\` beside source maps is a notice. A bare \`package\` directory entry is the root folder, not a second root (\`archive/mixed-roots\` said "(none), package" for tr46 and webidl-conversions).

### The warnings that remain, and why each is worth a look

Measured with the bundle of this commit (\`node scripts/tune-defaults.mjs run\`), 27 ordinary pairs warn:

- **Open-source packages that start embedding sources in maps** (5: balanced-match 4.0.2, isexe 3.1.1, minipass 7.0.0, signal-exit 4.0.0, yallist 5.0.0, per-module \`tsc\` maps): a maintainer cannot tell this from the incident's shape without looking, and the maps add bytes no install needs. One grouped warning per folder.
- **Size jumps** (5: @babel/traverse 8.0.0, jquery 4.0.0, type-fest 6.0.0, lru-cache 11.3.6, monaco-editor 0.56.0, with two new TypeScript workers of 9 and 13 MB above its 7.3 MB threshold) and **files that doubled** (2: @babel/types 8.0.0 \`lib/index.js.map\`, three 0.187.0 \`build/three.tsl.js\`): growth a reviewer should confirm is the intended build.
- **A TypeScript build cache at the root** (3: @babel/code-frame, @babel/helper-module-imports, @babel/helper-validator-identifier 7.25.7, \`tsconfig.tsbuildinfo\`): it lists the build machine's files and serves no user.
- **A new \`spec/\`, \`test/\` or \`src/\` tree** (4: fast-deep-equal 0.1.0, json-schema-traverse 0.1.0 with a fixture, string_decoder 0.11.10, isexe 3.0.0): a \`files\` change worth confirming.
- **A Google API key in documentation** (1: @mui/material 9.5.0, a demo page): check that it is restricted to its referrer.
- **A credential already public, copied into another file** (1: prisma 7.9.0, a connection URL with a password in \`build/cli.js\`, public since 7.8.0): one warning to rotate it; the releases after it, where the same file keeps it, are notices.
- **A path written twice in the tarball** (1: agent-base 7.0.0, \`dist/index.js\`): what installs is not what a reader of the first copy sees.
- **A changed \`bin\`** (5: acorn, uuid twice, which twice): the new \`manifest/bin\` rule, outside this tuning.

Size thresholds need **both** a percentage and a byte count: packed +25% and +100 kB, unpacked +25% and +500 kB warn; 10x growth of at least 1 MB (packed or unpacked) is an error. A file that shipped before warns at +100% and +500 kB. The incident's shape (2.1.87 -> 2.1.88: one new 57 MB map with ~1,900 sources, licence \`SEE LICENSE IN README.md\`) gives an error from \`source-map/sources-content\` and warnings from \`size/total-jump\` and \`size/large-new-file\`.
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
