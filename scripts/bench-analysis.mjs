// The cost of everything after the reader, timed in CPU (process.cpuUsage). Not part of `npm test`.
//
//   node scripts/bench-analysis.mjs AFTER.tgz [BEFORE.tgz|none] [--rounds N] [--only analyze,json] [--root DIR]
//   node scripts/bench-analysis.mjs AFTER.tgz [BEFORE.tgz|none] --cold N [--format json|markdown|text] [--root DIR]
//
// Warm (default): each tarball is read once, then analysis (analyzePackage), the report (buildReport)
// and each renderer run many times on the same snapshots: min, median, and the unwarmed first round.
// --cold N: what the CLI pays, in N fresh processes: each reads the tarballs, then runs once what the
// CLI runs after the reader (analyzePackage, the secret values for masking, buildReport, the renderer
// with its guard); min and median of each step over the N processes.
// --root times another checkout's src/ (e.g. a copy of main) on the same inputs, for before/after figures.
import { spawnSync } from 'node:child_process'
import { build } from 'esbuild'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

const options = { rounds: { type: 'string' }, root: { type: 'string' }, only: { type: 'string' }, cold: { type: 'string' }, format: { type: 'string' }, bundle: { type: 'string' } }
const { values, positionals } = parseArgs({ allowPositionals: true, options })
const [afterFile, beforeFile = 'none'] = positionals
if (!afterFile) throw new Error('usage: node scripts/bench-analysis.mjs AFTER.tgz [BEFORE.tgz|none] [--rounds N | --cold N] [--root DIR]')
const ROUNDS = Number(values.rounds ?? 15)
const ROOT = resolve(values.root ?? fileURLToPath(new URL('..', import.meta.url)))
const FORMAT = values.format ?? 'json'

// The steps as the CLI runs them (src/check.ts, src/cli/run.ts), bundled from the chosen checkout's sources.
const entry = `
export { readTarballFile } from './src/adapters/tarball-reader.ts'
export { analyzePackage, buildReport } from './src/core/analyze.ts'
export { DEFAULT_POLICY } from './src/core/policy.ts'
export { renderJson } from './src/report/json.ts'
export { renderMarkdown } from './src/report/markdown.ts'
export { renderText } from './src/report/text.ts'
export { inertJson, inertOutput } from './src/report/escape.ts'
${existsSync(join(ROOT, 'src/core/package-index.ts')) ? "export { indexPackage } from './src/core/package-index.ts'" : ''}
`

const cpuMs = (fn) => {
  const start = process.cpuUsage()
  const result = fn()
  const used = process.cpuUsage(start)
  return [(used.user + used.system) / 1000, result]
}
const stats = (times) => {
  const sorted = [...times].sort((a, b) => a - b)
  return `min ${sorted[0].toFixed(1).padStart(7)}   median ${sorted[Math.floor(sorted.length / 2)].toFixed(1).padStart(7)}`
}

async function load(bundle) {
  const pg = await import(pathToFileURL(bundle).href)
  const after = await pg.readTarballFile(resolve(afterFile))
  const before = beforeFile === 'none' ? null : await pg.readTarballFile(resolve(beforeFile))
  const baseline = before ? { version: before.version, source: beforeFile } : { version: null, source: 'none' }
  // As check.ts runs it: with an index built first where there is one, which the secret values are read from.
  const analyze = () => {
    const index = pg.indexPackage?.(before, after)
    const report = pg.analyzePackage({ before, after, baseline, policy: pg.DEFAULT_POLICY, index })
    return index ? Object.defineProperty(report, 'secretValueEntries', { value: [index.secretValueEntries.after, index.secretValueEntries.before] }) : report
  }
  const finish = (pkg) => pg.buildReport([pkg], pg.DEFAULT_POLICY, '0.0.0', [])
  const renderers = { json: (r) => pg.inertJson(pg.renderJson(r)), markdown: (r) => pg.inertOutput(pg.renderMarkdown(r)), text: (r) => pg.renderText(r) }
  return { pg, after, before, analyze, finish, renderers }
}

/** One cold run, in a child: prints the CPU ms of each step as JSON. */
async function child(bundle) {
  const { after, before, analyze, finish, renderers } = await load(bundle)
  const [analysis, pkg] = cpuMs(analyze)
  // check.ts collects the raw secret values of both snapshots, for masking: from the index's lists, or from every entry.
  const [secretValues] = cpuMs(() => {
    const found = new Set()
    for (const entries of pkg.secretValueEntries ?? [after.files, before?.files ?? []]) for (const file of entries) for (const value of file.facts.secrets?.values ?? []) found.add(value)
    return found
  })
  const [report, built] = cpuMs(() => finish(pkg))
  const [render] = cpuMs(() => renderers[FORMAT](built))
  console.log(JSON.stringify({ analysis, secretValues, report, render, total: analysis + secretValues + report + render }))
}

async function warm(bundle) {
  const { after, analyze, finish, renderers } = await load(bundle)
  const phases = {
    analyze: () => analyze(),
    report: (() => {
      const pkg = analyze()
      return () => finish(pkg)
    })(),
    ...Object.fromEntries(
      Object.entries(renderers).map(([name, render]) => {
        const report = finish(analyze())
        return [name, () => render(report)]
      }),
    ),
    'analyze+report+json': () => renderers.json(finish(analyze())),
  }
  console.log(`${ROOT}: ${afterFile} against ${beforeFile}, ${after.files.length} entries, ${ROUNDS} rounds (CPU ms)`)
  const only = values.only?.split(',')
  for (const [name, run] of Object.entries(phases)) {
    if (only && !only.includes(name)) continue
    const [first] = cpuMs(run)
    for (let i = 0; i < 2; i++) run()
    const times = []
    for (let i = 0; i < ROUNDS; i++) times.push(cpuMs(run)[0])
    console.log(`  ${name.padEnd(22)} ${stats(times)}   first ${first.toFixed(1).padStart(7)}`)
  }
}

function cold(bundle, runs) {
  const results = []
  for (let i = 0; i < runs; i++) {
    const args = [fileURLToPath(import.meta.url), afterFile, beforeFile, '--bundle', bundle, '--format', FORMAT]
    const run = spawnSync(process.execPath, args, { encoding: 'utf8' })
    if (run.status !== 0) throw new Error(run.stderr)
    results.push(JSON.parse(run.stdout))
  }
  console.log(`${ROOT}: ${afterFile} against ${beforeFile}, once per process, ${runs} processes, --format ${FORMAT} (CPU ms)`)
  for (const step of Object.keys(results[0])) console.log(`  ${step.padEnd(14)} ${stats(results.map((result) => result[step]))}`)
}

if (values.bundle) await child(values.bundle)
else {
  const work = mkdtempSync(join(tmpdir(), 'pack-guard-bench-analysis-'))
  const bundle = join(work, 'bench.mjs')
  try {
    await build({
      stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: bundle,
      logLevel: 'warning',
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    })
    if (values.cold) cold(bundle, Number(values.cold))
    else await warm(bundle)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
