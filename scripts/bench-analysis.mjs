// The cost of everything after the reader, in-process: each tarball is read once, then analysis
// (analyzePackage), the report (buildReport) and the renderers run many times on the same snapshots,
// timed in CPU (process.cpuUsage), min and median. Not part of `npm test`.
//
//   node scripts/bench-analysis.mjs AFTER.tgz [BEFORE.tgz|none] [--rounds N] [--root OTHER-CHECKOUT] [--only analyze,json]
//
// --root times another checkout's src/ (e.g. a worktree at main) on the same inputs, for before/after figures.
import { build } from 'esbuild'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { pathToFileURL } from 'node:url'

const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string' }, root: { type: 'string' }, only: { type: 'string' } } })
const [afterFile, beforeFile = 'none'] = positionals
if (!afterFile) throw new Error('usage: node scripts/bench-analysis.mjs AFTER.tgz [BEFORE.tgz|none] [--rounds N] [--root DIR]')
const ROUNDS = Number(values.rounds ?? 15)
const ROOT = resolve(values.root ?? new URL('..', import.meta.url).pathname)

// The phases as the CLI runs them (src/check.ts, src/cli/run.ts), bundled from the chosen checkout's sources.
const entry = `
export { readTarballFile } from './src/adapters/tarball-reader.ts'
export { analyzePackage, buildReport } from './src/core/analyze.ts'
export { DEFAULT_POLICY } from './src/core/policy.ts'
export { renderJson } from './src/report/json.ts'
export { renderMarkdown } from './src/report/markdown.ts'
export { renderText } from './src/report/text.ts'
export { inertJson, inertOutput } from './src/report/escape.ts'
`
const work = mkdtempSync(join(tmpdir(), 'pack-guard-bench-analysis-'))
const outfile = join(work, 'bench.mjs')
try {
  await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  })
  const pg = await import(pathToFileURL(outfile).href)
  const after = await pg.readTarballFile(resolve(afterFile))
  const before = beforeFile === 'none' ? null : await pg.readTarballFile(resolve(beforeFile))
  const baseline = before ? { version: before.version, source: beforeFile } : { version: null, source: 'none' }
  const policy = pg.DEFAULT_POLICY

  const analyze = () => pg.analyzePackage({ before, after, baseline, policy })
  const finish = (pkg) => pg.buildReport([pkg], policy, '0.0.0', [])
  const phases = {
    analyze: () => analyze(),
    report: (() => {
      const pkg = analyze()
      return () => finish(pkg)
    })(),
    json: (() => {
      const report = finish(analyze())
      return () => pg.inertJson(pg.renderJson(report))
    })(),
    markdown: (() => {
      const report = finish(analyze())
      return () => pg.inertOutput(pg.renderMarkdown(report))
    })(),
    text: (() => {
      const report = finish(analyze())
      return () => pg.renderText(report)
    })(),
    'analyze+report+json': () => pg.inertJson(pg.renderJson(finish(analyze()))),
  }

  const cpuMs = (fn) => {
    const start = process.cpuUsage()
    fn()
    const used = process.cpuUsage(start)
    return (used.user + used.system) / 1000
  }
  console.log(`${ROOT}: ${afterFile} against ${beforeFile}, ${after.files.length} entries, ${ROUNDS} rounds (CPU ms)`)
  const only = values.only?.split(',')
  for (const [name, run] of Object.entries(phases)) {
    if (only && !only.includes(name)) continue
    // The CLI runs each phase once, unwarmed: the first round says what it pays.
    const first = cpuMs(run)
    for (let i = 0; i < 2; i++) run()
    const times = []
    for (let i = 0; i < ROUNDS; i++) times.push(cpuMs(run))
    times.sort((a, b) => a - b)
    console.log(`  ${name.padEnd(22)} min ${times[0].toFixed(1).padStart(7)}   median ${times[Math.floor(times.length / 2)].toFixed(1).padStart(7)}   first ${first.toFixed(1).padStart(7)}`)
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}
