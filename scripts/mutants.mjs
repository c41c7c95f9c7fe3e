#!/usr/bin/env node
/**
 * A fixed set of hand-written mutants of the security-relevant checks (issue 22):
 * each is one textual replacement in a src file, applied to a temporary copy of
 * the tree; the focused test files named with it must then fail. Run in CI from
 * .ci/run, and by `npm run mutants` (StrykerJS, `npm run mutation`, is the slow,
 * exhaustive counterpart; see TESTING.md).
 *
 * A mutant whose target text is no longer in its file fails the run with
 * "mutant no longer applies": refresh its `from` after changing that code,
 * never drop it silently.
 *
 *   node scripts/mutants.mjs            every mutant
 *   node scripts/mutants.mjs size-      the mutants whose id contains "size-"
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

const ALLOW = ['__tests__/allow-list.test.ts']
const ESCAPING = ['__tests__/escaping.test.ts']
const RENDER = ['__tests__/renderers.test.ts', '__tests__/escaping.test.ts']
const ARCHIVE = ['__tests__/archive-names.test.ts']
const EDGES = ['__tests__/edges.test.ts']
const INSPECT = ['__tests__/inspect-content.test.ts']
const LANE = ['__tests__/fast-header.test.ts']
const PARITY = ['__tests__/archive-parity.test.ts']

/** id, file, the exact text to replace (`from`, which must occur exactly once), its replacement, and the tests that must fail. */
export const MUTANTS = [
  // Allow-lists and the gate (src/core/findings.ts)
  { id: 'secret-allow-any-fingerprint', file: 'src/core/findings.ts', from: 'allow.fingerprint === match.fingerprint', to: 'true', tests: ALLOW },
  { id: 'secret-allow-some-not-every', file: 'src/core/findings.ts', from: 'reasons.every(Boolean)', to: 'reasons.some(Boolean)', tests: ALLOW },
  { id: 'allow-ignores-rule-scope', file: 'src/core/findings.ts', from: '(!candidate.rules || candidate.rules.includes(finding.rule))', to: '(true)', tests: ALLOW },
  { id: 'rule-off-kept', file: 'src/core/findings.ts', from: "if (setting === 'off') continue", to: '', tests: ALLOW },
  { id: 'rank-warning-notice-swapped', file: 'src/core/findings.ts', from: '{ error: 0, warning: 1, notice: 2 }', to: '{ error: 0, warning: 2, notice: 1 }', tests: ALLOW },
  { id: 'fail-on-strict-less', file: 'src/core/findings.ts', from: 'RANK[severity] <= RANK[failOn]', to: 'RANK[severity] < RANK[failOn]', tests: ALLOW },
  { id: 'gate-counts-suppressed', file: 'src/core/findings.ts', from: '!finding.suppressed && reachesFailOn', to: 'reachesFailOn', tests: ALLOW },
  { id: 'counts-include-suppressed', file: 'src/core/findings.ts', from: 'if (!finding.suppressed) counts[finding.severity]++', to: 'counts[finding.severity]++', tests: ALLOW },
  { id: 'fingerprint-longer', file: 'src/inspect/secret-scanner.ts', from: ".digest('hex').slice(0, 12)", to: ".digest('hex').slice(0, 16)", tests: ALLOW },
  { id: 'fingerprint-other-hash', file: 'src/inspect/secret-scanner.ts', from: "createHash('sha256').update(value)", to: "createHash('sha1').update(value)", tests: ALLOW },

  // Escaping sets (src/report/escape.ts) and their use in every channel
  { id: 'escape-drops-c1', file: 'src/report/escape.ts', from: '\\u007f-\\u009f', to: '\\u007f', tests: ESCAPING },
  { id: 'escape-drops-bidi-isolates', file: 'src/report/escape.ts', from: '\\u202a-\\u202e\\u2066-\\u2069', to: '\\u202a-\\u202e', tests: ESCAPING },
  { id: 'escape-drops-bidi-overrides', file: 'src/report/escape.ts', from: '\\u2029\\u202a-\\u202e', to: '\\u2029', tests: ESCAPING },
  { id: 'escape-drops-line-separators', file: 'src/report/escape.ts', from: '\\u200f\\u2028\\u2029', to: '\\u200f', tests: ESCAPING },
  { id: 'escape-drops-newline', file: 'src/report/escape.ts', from: '[\\u0000-\\u001f', to: '[\\u0000-\\u0009\\u000b-\\u001f', tests: ESCAPING },
  { id: 'text-keeps-double-colon', file: 'src/report/escape.ts', from: ".replace(/::/g, ':\\\\x3a')", to: '', tests: ESCAPING },
  { id: 'markdown-drops-angle-bracket', file: 'src/report/escape.ts', from: 'const MARKDOWN_INLINE = /[`*[\\]<~$|]/g', to: 'const MARKDOWN_INLINE = /[`*[\\]~$|]/g', tests: ESCAPING },
  { id: 'markdown-drops-pipe', file: 'src/report/escape.ts', from: 'const MARKDOWN_INLINE = /[`*[\\]<~$|]/g', to: 'const MARKDOWN_INLINE = /[`*[\\]<~$]/g', tests: ESCAPING },
  { id: 'markdown-keeps-autolinks', file: 'src/report/escape.ts', from: ".replace(/:\\/\\//g, '\\\\://')", to: '', tests: ESCAPING },
  { id: 'markdown-keeps-mentions', file: 'src/report/escape.ts', from: ".replace(/@(?=[\\p{L}\\p{N}])/gu, '@&#8203;')", to: '', tests: ESCAPING },
  { id: 'markdown-prose-raw-controls', file: 'src/report/escape.ts', from: '  return visibleControls(text)\n}', to: '  return text\n}', tests: ESCAPING },
  { id: 'markdown-code-raw-controls', file: 'src/report/escape.ts', from: 'let text = visibleControls(value)', to: 'let text = value', tests: ESCAPING },
  { id: 'markdown-code-table-pipe', file: 'src/report/escape.ts', from: "if (options.table) text = text.replace(/\\|/g, '\\\\|')", to: '', tests: ESCAPING },
  { id: 'text-raw-package-name', file: 'src/report/text.ts', from: '`${escapeText(pkg.name)}@', to: '`${pkg.name}@', tests: ESCAPING },
  { id: 'text-raw-version', file: 'src/report/text.ts', from: '@${escapeText(pkg.version)}', to: '@${pkg.version}', tests: ESCAPING },
  { id: 'text-raw-file-baseline-version', file: 'src/report/text.ts', from: "return `against ${escapeText(version ?? '?')} (${escapeText(source)})`", to: "return `against ${version ?? '?'} (${escapeText(source)})`", tests: ESCAPING },
  { id: 'text-raw-registry-baseline-version', file: 'src/report/text.ts', from: "`against ${escapeText(version ?? '?')} (${escapeText(pkg.baseline.registry", to: "`against ${version ?? '?'} (${escapeText(pkg.baseline.registry", tests: ESCAPING },
  { id: 'text-raw-path', file: 'src/report/text.ts', from: '`  ${escapeText(finding.path)}`', to: '`  ${finding.path}`', tests: ESCAPING },
  { id: 'text-raw-reason', file: 'src/report/text.ts', from: 'escapeText(finding.suppressed.reason)', to: 'finding.suppressed.reason', tests: ESCAPING },
  { id: 'markdown-raw-package-name', file: 'src/report/markdown.ts', from: '`### ${markdownCode(`${pkg.name}@${pkg.version}`)}', to: '`### ${pkg.name}@${pkg.version}', tests: ESCAPING },
  { id: 'markdown-raw-baseline-version', file: 'src/report/markdown.ts', from: '`compared with ${markdownCode(pkg.baseline.version)}`', to: '`compared with ${pkg.baseline.version}`', tests: ESCAPING },
  { id: 'markdown-raw-added-path', file: 'src/report/markdown.ts', from: 'added, (f) => `${markdownCode(f.path)}', to: 'added, (f) => `${f.path}', tests: ESCAPING },
  { id: 'markdown-raw-finding-path', file: 'src/report/markdown.ts', from: 'finding.path ? markdownCode(finding.path, cell)', to: 'finding.path ? finding.path', tests: ESCAPING },
  { id: 'markdown-raw-reason', file: 'src/report/markdown.ts', from: '`<br>${escapeMarkdown(finding.suppressed.reason, cell)}`', to: '`<br>${finding.suppressed.reason}`', tests: ESCAPING },
  { id: 'markdown-raw-message', file: 'src/report/markdown.ts', from: '${escapeMarkdown(finding.message, cell)}', to: '${finding.message}', tests: ESCAPING },
  { id: 'json-raw-c1', file: 'src/report/json.ts', from: '\\u007f-\\u009f', to: '\\u007f', tests: ESCAPING },
  { id: 'json-plain-path-keeps-del', file: 'src/report/json.ts', from: " && !json.includes('\\u007f')", to: '', tests: ESCAPING },
  { id: 'json-plain-path-always', file: 'src/report/json.ts', from: 'Buffer.byteLength(json) === json.length', to: 'true', tests: ESCAPING },
  { id: 'annotation-raw-path', file: 'src/github/annotations.ts', from: '` (${escapeText(finding.path)} in', to: '` (${finding.path} in', tests: ESCAPING },

  // What the reports list: file lists and deltas
  { id: 'markdown-no-file-lists', file: 'src/report/markdown.ts', from: 'if (pkg.baseline.version !== null) {', to: 'if (false) {', tests: RENDER },
  { id: 'text-no-file-counts', file: 'src/report/text.ts', from: 'if (pkg.baseline.version !== null) lines.push(', to: 'if (false) lines.push(', tests: RENDER },
  { id: 'delta-adds', file: 'src/report/sizes.ts', from: 'measure.after - measure.before', to: 'measure.after + measure.before', tests: RENDER },

  // Archive name checks (src/core/rules/archive.ts)
  { id: 'archive-no-backslash-check', file: 'src/core/rules/archive.ts', from: "if (name.includes('\\\\')) return", to: 'if (false) return', tests: ARCHIVE },
  { id: 'archive-no-drive-letter-check', file: 'src/core/rules/archive.ts', from: " || /^[A-Za-z]:/.test(name)", to: '', tests: ARCHIVE },
  { id: 'archive-no-absolute-check', file: 'src/core/rules/archive.ts', from: "name.startsWith('/') || ", to: '', tests: ARCHIVE },
  { id: 'archive-dotdot-slash-only', file: 'src/core/rules/archive.ts', from: "name.split(/[/\\\\]/).includes('..')", to: "name.split('/').includes('..')", tests: ARCHIVE },
  { id: 'archive-fast-path-ignores-dotdot', file: 'src/core/rules/archive.ts', from: " && !name.includes('..')", to: '', tests: ARCHIVE },
  { id: 'archive-fast-path-longer', file: 'src/core/rules/archive.ts', from: 'name.length <= 85', to: 'name.length <= 300', tests: ARCHIVE },
  { id: 'archive-root-fast-path-ignores-dotdot', file: 'src/core/rules/archive.ts', from: " && !path.includes('..')", to: '', tests: ARCHIVE },
  { id: 'archive-root-fast-path-longer', file: 'src/core/rules/archive.ts', from: 'path.length <= 85 - ROOT.length', to: 'path.length <= 300', tests: ARCHIVE },
  { id: 'archive-no-control-check', file: 'src/core/rules/archive.ts', from: '/[\\u0000-\\u001f\\u007f]/.test(name)', to: 'false', tests: ARCHIVE },
  { id: 'archive-part-256', file: 'src/core/rules/archive.ts', from: 'Buffer.byteLength(part) > 255', to: 'Buffer.byteLength(part) > 256', tests: ARCHIVE },
  { id: 'archive-part-characters', file: 'src/core/rules/archive.ts', from: 'Buffer.byteLength(part) > 255', to: 'part.length > 255', tests: ARCHIVE },
  { id: 'archive-path-4097', file: 'src/core/rules/archive.ts', from: 'Buffer.byteLength(name) > 4096', to: 'Buffer.byteLength(name) > 4097', tests: ARCHIVE },

  // Thresholds at their edges (src/core/policy.ts and the size rules)
  { id: 'packed-warn-percent', file: 'src/core/policy.ts', from: ' packed: { warn: { percent: 25,', to: ' packed: { warn: { percent: 26,', tests: EDGES },
  { id: 'packed-warn-bytes', file: 'src/core/policy.ts', from: 'percent: 25, bytes: 100 * KB }', to: 'percent: 25, bytes: 101 * KB }', tests: EDGES },
  { id: 'packed-error-ratio', file: 'src/core/policy.ts', from: 'bytes: 100 * KB }, error: { ratio: 10, bytes: 1 * MB }', to: 'bytes: 100 * KB }, error: { ratio: 11, bytes: 1 * MB }', tests: EDGES },
  { id: 'packed-error-bytes', file: 'src/core/policy.ts', from: 'bytes: 100 * KB }, error: { ratio: 10, bytes: 1 * MB }', to: 'bytes: 100 * KB }, error: { ratio: 10, bytes: 1.1 * MB }', tests: EDGES },
  { id: 'unpacked-warn-percent', file: 'src/core/policy.ts', from: 'unpacked: { warn: { percent: 25,', to: 'unpacked: { warn: { percent: 26,', tests: EDGES },
  { id: 'unpacked-warn-bytes', file: 'src/core/policy.ts', from: 'percent: 25, bytes: 500 * KB }', to: 'percent: 25, bytes: 501 * KB }', tests: EDGES },
  { id: 'unpacked-error-ratio', file: 'src/core/policy.ts', from: 'bytes: 500 * KB }, error: { ratio: 10, bytes: 1 * MB }', to: 'bytes: 500 * KB }, error: { ratio: 11, bytes: 1 * MB }', tests: EDGES },
  { id: 'unpacked-error-bytes', file: 'src/core/policy.ts', from: 'bytes: 500 * KB }, error: { ratio: 10, bytes: 1 * MB }', to: 'bytes: 500 * KB }, error: { ratio: 10, bytes: 1.1 * MB }', tests: EDGES },
  { id: 'file-growth-percent', file: 'src/core/policy.ts', from: 'file: { percent: 100,', to: 'file: { percent: 101,', tests: EDGES },
  { id: 'file-growth-bytes', file: 'src/core/policy.ts', from: 'percent: 100, bytes: 500 * KB }', to: 'percent: 100, bytes: 501 * KB }', tests: EDGES },
  { id: 'new-file-bytes', file: 'src/core/policy.ts', from: 'newFileBytes: 2 * MB', to: 'newFileBytes: 2.1 * MB', tests: EDGES },
  { id: 'total-error-ratio-strict', file: 'src/core/rules/size-total-jump.ts', from: 'ratio >= limits.error.ratio', to: 'ratio > limits.error.ratio', tests: EDGES },
  { id: 'total-error-bytes-strict', file: 'src/core/rules/size-total-jump.ts', from: 'growth >= limits.error.bytes', to: 'growth > limits.error.bytes', tests: EDGES },
  { id: 'total-error-either', file: 'src/core/rules/size-total-jump.ts', from: 'ratio >= limits.error.ratio && growth', to: 'ratio >= limits.error.ratio || growth', tests: EDGES },
  { id: 'total-warn-percent-strict', file: 'src/core/rules/size-total-jump.ts', from: 'percent >= limits.warn.percent', to: 'percent > limits.warn.percent', tests: EDGES },
  { id: 'total-warn-bytes-strict', file: 'src/core/rules/size-total-jump.ts', from: 'growth >= limits.warn.bytes', to: 'growth > limits.warn.bytes', tests: EDGES },
  { id: 'total-warn-either', file: 'src/core/rules/size-total-jump.ts', from: 'percent >= limits.warn.percent && growth', to: 'percent >= limits.warn.percent || growth', tests: EDGES },
  { id: 'file-growth-bytes-strict', file: 'src/core/rules/size-file-growth.ts', from: 'growth < minBytes', to: 'growth <= minBytes', tests: EDGES },
  { id: 'file-growth-percent-strict', file: 'src/core/rules/size-file-growth.ts', from: 'percent < minPercent', to: 'percent <= minPercent', tests: EDGES },
  { id: 'file-growth-either', file: 'src/core/rules/size-file-growth.ts', from: 'growth < minBytes || percent < minPercent', to: 'growth < minBytes && percent < minPercent', tests: EDGES },
  { id: 'new-file-strict', file: 'src/core/rules/size-large-new-file.ts', from: 'file.size >= threshold', to: 'file.size > threshold', tests: EDGES },

  // The one-shot inspection's cheap tests (src/inspect): each may only skip a scanner that would find nothing
  { id: 'secret-precheck-skips-all', file: 'src/inspect/secret-scanner.ts', from: ' && !holdsAnchor(content)) return undefined', to: ') return undefined', tests: INSPECT },
  { id: 'secret-precheck-case-sensitive', file: 'src/inspect/secret-scanner.ts', from: '(content[start + k] | fold[k]) === want[k]', to: 'content[start + k] === want[k]', tests: INSPECT },
  { id: 'secret-precheck-ignores-cap', file: 'src/inspect/secret-scanner.ts', from: 'if (content.length <= maxBytes && ', to: 'if (', tests: INSPECT },
  { id: 'map-precheck-ignores-escapes', file: 'src/inspect/source-map-scanner.ts', from: ' || data.includes(0x5c)', to: '', tests: INSPECT },
  { id: 'map-precheck-ignores-sections', file: 'src/inspect/source-map-scanner.ts', from: ' || data.includes(SECTIONS_KEY)', to: '', tests: INSPECT },
  { id: 'url-precheck-skips-scripts', file: 'src/inspect/file-inspector.ts', from: 'LOADABLE.test(path) || (startsWithShebang(content) && !HAS_EXTENSION.test(path))', to: 'LOADABLE.test(path)', tests: INSPECT },

  // The plain lane (src/adapters): it may take only the headers node-tar reads as one valid entry, and give the archive back to it only between entries
  { id: 'lane-skips-checksum', file: 'src/adapters/fast-header.ts', from: '  if (checksum(buf, view, off) !== cksum) return false\n', to: '', tests: LANE },
  { id: 'lane-ignores-link-target', file: 'src/adapters/fast-header.ts', from: 'if (buf[off + 157] !== 0 || !cleanRange(buf, view, off + 158, off + 257)) return false', to: 'if (buf[off + 157] !== 0) return false', tests: LANE },
  { id: 'lane-takes-sized-folder', file: 'src/adapters/fast-header.ts', from: '  if (directory && declared !== 0) return false\n', to: '', tests: LANE },
  { id: 'lane-prefix-under-any-magic', file: 'src/adapters/fast-header.ts', from: 'const prefix = ustar ? text(buf, off + 345, longPrefix ? 155 : 130, view) : \'\'', to: 'const prefix = text(buf, off + 345, longPrefix ? 155 : 130, view)', tests: LANE },
  { id: 'lane-resumes-with-pax-pending', file: 'src/adapters/plain-lane.ts', from: "        field('extendedHeader') === undefined &&\n", to: '', tests: PARITY },

  // Secret verdicts: what is reported at all
  { id: 'secret-swap-same-size-unreported', file: 'src/core/rules/secret-verdicts.ts', from: ' || matches.some((m) => !oldPrints.has(m.fingerprint))', to: '', tests: ALLOW },
  { id: 'secret-file-in-tests-demoted', file: 'src/core/rules/secret-verdicts.ts', from: 'TEST_CONTEXT.test(file.path) && !nature', to: 'TEST_CONTEXT.test(file.path)', tests: ALLOW },
]

/** Runs test files in one long-lived Vitest (started once: a fresh process per mutant costs ~3 s). */
async function startVitest(root) {
  const { createVitest } = await import('vitest/node')
  const vitest = await createVitest('test', { root, config: join(root, 'vitest.mutants.config.ts'), watch: false, reporters: [{}] })
  return {
    /** True when every test passed. */
    async passes(files) {
      const project = vitest.getRootProject()
      const result = await vitest.runTestSpecifications(files.map((file) => project.createSpecification(join(root, file))))
      const failures = result.testModules.flatMap((module) => (module.ok() ? [] : [module.moduleId]))
      const ran = result.testModules.reduce((sum, module) => sum + [...module.children.allTests()].filter((test) => test.result().state !== 'skipped').length, 0)
      return { ok: failures.length === 0 && result.unhandledErrors.length === 0, failures, result, ran }
    },
    invalidate: (path) => vitest.invalidateFile(path),
    close: () => vitest.close(),
  }
}

/** One line per failed test, for the log of an unmutated run that should have passed. */
function describeFailures(result) {
  const lines = []
  for (const module of result.testModules) {
    for (const test of module.children.allTests()) {
      const r = test.result()
      if (r.state === 'failed') lines.push(`${module.moduleId} > ${test.fullName}: ${r.errors?.[0]?.message ?? ''}`)
    }
    for (const error of module.errors?.() ?? []) lines.push(`${module.moduleId}: ${error.message}`)
  }
  for (const error of result.unhandledErrors) lines.push(String(error?.message ?? error))
  return lines.join('\n')
}

async function main() {
  const filter = process.argv[2]
  const selected = MUTANTS.filter((m) => !filter || m.id.includes(filter))
  const ids = new Set()
  for (const mutant of MUTANTS) {
    if (ids.has(mutant.id)) throw new Error(`duplicate mutant id ${mutant.id}`)
    ids.add(mutant.id)
  }
  const work = mkdtempSync(join(tmpdir(), 'pack-guard-mutants-'))
  const started = Date.now()
  let bad = 0
  let runner
  try {
    for (const part of ['src', '__tests__', 'scripts', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, part), join(work, part), { recursive: true })
    symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir')
    // The focused files are in-process: no bundle, no registry. `bail` stops a run at its first failure.
    writeFileSync(join(work, 'vitest.mutants.config.ts'), "import { defineConfig } from 'vitest/config'\nexport default defineConfig({ test: { include: ['__tests__/**/*.test.ts'], testTimeout: 30_000, pool: 'threads', isolate: false } })\n")
    runner = await startVitest(work)

    // Unmutated, every focused file must pass: otherwise a "killed" mutant proves nothing.
    const focused = [...new Set(selected.flatMap((m) => m.tests))]
    const clean = await runner.passes(focused)
    if (!clean.ok) {
      console.error(describeFailures(clean.result))
      console.error('mutants: the focused tests fail on the unmutated source; fix them first.')
      process.exitCode = 1
      return
    }

    for (const mutant of selected) {
      const path = join(work, mutant.file)
      const original = readFileSync(path, 'utf8')
      const count = original.split(mutant.from).length - 1
      if (count !== 1) {
        bad++
        const why = count === 0 ? 'its target text is not in the file' : `its target text occurs ${count} times`
        console.log(`NOT APPLIED ${mutant.id}: mutant no longer applies: ${why} (${mutant.file}: ${JSON.stringify(mutant.from)})`)
        continue
      }
      writeFileSync(path, original.replace(mutant.from, () => mutant.to))
      runner.invalidate(path)
      const t0 = Date.now()
      const run = await runner.passes(mutant.tests)
      const ms = Date.now() - t0
      writeFileSync(path, original)
      runner.invalidate(path)
      if (run.ok) {
        bad++
        console.log(`SURVIVED    ${mutant.id} (${run.ran} tests ran): ${mutant.file}: ${JSON.stringify(mutant.from)} -> ${JSON.stringify(mutant.to)} (${mutant.tests.join(', ')})`)
      } else {
        console.log(`killed      ${mutant.id} (${run.failures.map((f) => f.split('/').pop()).join(', ')}, ${ms} ms)`)
      }
    }
  } finally {
    await runner?.close()
    rmSync(work, { recursive: true, force: true })
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(0)
  console.log(`mutants: ${selected.length - bad} of ${selected.length} killed in ${seconds} s`)
  // Vitest sets process.exitCode to 1 whenever a run fails, and every killed mutant is a failed run:
  // the exit code is ours to decide, from the mutants alone.
  process.exitCode = bad ? 1 : 0
  if (bad) console.error('mutants: every hand-written mutant must make its tests fail (a NOT APPLIED one must get its target refreshed).')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main()
