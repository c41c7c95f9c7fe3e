// The CPU profile of one pack-guard run, as the top functions by self time (BENCHMARKS.md quotes it).
//
//   node scripts/cpu-profile.mjs [--cli dist/cli.js] [--top 25] -- AFTER.tgz --baseline BEFORE.tgz --format json
//
// Runs the CLI under `node --cpu-prof` in a temp folder, then sums the samples by function
// (name, file and line); the bundle's own functions are named as in src/.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { parseArgs } from 'node:util'

const { values, positionals } = parseArgs({ options: { cli: { type: 'string' }, top: { type: 'string' } }, allowPositionals: true })
const cli = values.cli ?? new URL('../dist/cli.js', import.meta.url).pathname
const top = Number(values.top ?? 25)
const dir = mkdtempSync(join(tmpdir(), 'pack-guard-profile-'))
const run = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, cli, ...positionals], { encoding: 'utf8', maxBuffer: 1 << 30 })
if (run.status !== 0 && run.status !== 1) {
  console.error(`pack-guard exited ${run.status}: ${run.stderr.trim().split('\n')[0]}`)
  process.exit(2)
}
const profile = JSON.parse(readFileSync(join(dir, readdirSync(dir)[0]), 'utf8'))
rmSync(dir, { recursive: true, force: true })

const selfTime = new Map()
const byNode = new Map(profile.nodes.map((node) => [node.id, node]))
let total = 0
for (let i = 0; i < profile.samples.length; i++) {
  const node = byNode.get(profile.samples[i])
  const frame = node.callFrame
  const key = `${frame.functionName || '(anonymous)'} ${frame.url ? `${basename(frame.url)}:${frame.lineNumber + 1}` : ''}`.trim()
  const us = profile.timeDeltas[i] ?? 0
  selfTime.set(key, (selfTime.get(key) ?? 0) + us)
  if (frame.functionName !== '(idle)') total += us
}
console.log(`${basename(cli)} ${positionals.join(' ')}: ${(total / 1000).toFixed(0)} ms of CPU samples (idle left out)`)
console.log('| self ms | share | function |\n| ---: | ---: | --- |')
for (const [key, us] of [...selfTime].filter(([key]) => !key.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`| ${(us / 1000).toFixed(0)} | ${((us / total) * 100).toFixed(1)}% | \`${key}\` |`)
}
