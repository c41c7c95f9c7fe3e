// The per-file content inspection in CPU time: `inspectContent` (one buffer, scanners only where a cheap
// test cannot rule them out) against the streaming scanners fed the same buffer (`StreamingInspection`, what
// every file went through before) and against `FileInspector` (which picks one or the other). Not part of
// npm test. Bundles src/inspect with esbuild into a temp folder, so it measures the working tree.
//
//   node scripts/bench-inspect.mjs [--rounds N] [--files N]
//   node scripts/bench-inspect.mjs --compare OTHER   (OTHER/src/inspect's FileInspector too, e.g. a worktree of main)
//
// Sets: 100,000 `.js` files of 1-50 bytes (as the `tiny` row of npm run bench), the same sizes of random
// printable text (anchors and JSON openings by chance), and the .js/.mjs/.cjs/.json/.d.ts/.map files of
// node_modules up to 512 KiB (what the reader inspects in one chunk), and those up to 4 KiB on their own.
import { readdirSync, readFileSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { build } from 'esbuild'

const { values } = parseArgs({ options: { rounds: { type: 'string' }, files: { type: 'string' }, compare: { type: 'string' } } })
const ROUNDS = Number(values.rounds ?? 15)
const REAL_FILES = Number(values.files ?? 20_000)
const ROOT = new URL('..', import.meta.url).pathname

const work = mkdtempSync(join(tmpdir(), 'pack-guard-bench-inspect-'))
async function load(tree, name) {
  const outfile = join(work, `${name}.mjs`)
  await build({ entryPoints: [join(tree, 'src/inspect/file-inspector.ts')], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning' })
  return import(outfile)
}
const { FileInspector, StreamingInspection, inspectContent } = await load(ROOT, 'inspect')
const other = values.compare ? await load(values.compare, 'compare') : undefined
rmSync(work, { recursive: true, force: true })
const MAX = 64 * 1024 * 1024

let seed = 20261201
const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff)

const tinyPaths = Array.from({ length: 100_000 }, (_, i) => `lib/${Math.floor(i / 500)}/f${i}.js`)
const tiny = { name: '100,000 .js of 1-50 bytes "xxx"', paths: tinyPaths, contents: tinyPaths.map((_, i) => Buffer.from('x'.repeat(1 + ((i * 7919) % 50)))) }
const printable = {
  name: '100,000 .js of 1-50 random printable bytes',
  paths: tinyPaths,
  contents: tinyPaths.map(() => Buffer.from(Array.from({ length: 1 + Math.floor(random() * 50) }, () => 0x20 + Math.floor(random() * 95)))),
}

/** Files of node_modules as a package holds them: scripts, types, manifests, maps. */
function realFiles(limit) {
  const paths = []
  const walk = (dir) => {
    let entries
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch {
      return
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : 1))
    for (const entry of entries) {
      if (paths.length >= limit) return
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (/\.(?:[cm]?js|json|d\.ts|map)$/.test(entry.name) && statSync(path).size <= 512 * 1024) paths.push(path)
    }
  }
  walk(join(ROOT, 'node_modules'))
  return paths
}
const realPaths = realFiles(REAL_FILES)
const real = { name: `${realPaths.length.toLocaleString('en')} files of node_modules up to 512 KiB`, paths: realPaths.map((p) => p.slice(p.indexOf('node_modules/') + 13)), contents: realPaths.map((p) => readFileSync(p)) }
real.name += ` (${(real.contents.reduce((n, c) => n + c.length, 0) / 1024 / 1024).toFixed(1)} MiB)`
const smallIndexes = real.contents.flatMap((content, i) => (content.length <= 4096 ? [i] : []))
const small = { name: `the ${smallIndexes.length.toLocaleString('en')} of them up to 4 KiB`, paths: smallIndexes.map((i) => real.paths[i]), contents: smallIndexes.map((i) => real.contents[i]) }

const WAYS = {
  streaming: (path, content) => {
    const inspection = new StreamingInspection(path, MAX, true)
    inspection.write(content)
    return inspection.end()
  },
  FileInspector: (path, content) => {
    const inspector = new FileInspector(path, MAX, true)
    inspector.write(content)
    return inspector.end()
  },
  inspectContent: (path, content) => inspectContent(path, content, MAX, true),
}
if (other) {
  WAYS.compare = (path, content) => {
    const inspector = new other.FileInspector(path, MAX, true)
    inspector.write(content)
    return inspector.end()
  }
}

/** Milliseconds of CPU (user + system) for one pass of `way` over the set: min and median of ROUNDS. */
function time(set, way) {
  const { paths, contents } = set
  const times = []
  let sink = 0
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.cpuUsage()
    for (let i = 0; i < paths.length; i++) if (way(paths[i], contents[i]).secrets) sink++
    const used = process.cpuUsage(start)
    times.push((used.user + used.system) / 1000)
  }
  times.sort((a, b) => a - b)
  return { min: times[0], median: times[Math.floor(times.length / 2)], sink }
}

for (const set of [tiny, printable, small, real]) {
  // Same facts first: a benchmark of different answers would mean nothing.
  for (let i = 0; i < set.paths.length; i++) {
    const expected = JSON.stringify(WAYS.streaming(set.paths[i], set.contents[i]))
    for (const name of ['inspectContent', ...(other ? ['compare'] : [])]) {
      if (JSON.stringify(WAYS[name](set.paths[i], set.contents[i])) !== expected) throw new Error(`${name}: different facts for ${set.paths[i]}`)
    }
  }
  console.log(`\n${set.name}, ${ROUNDS} rounds, CPU ms per pass (min / median, per file, speed-up over streaming)`)
  const results = Object.fromEntries(Object.entries(WAYS).map(([name, way]) => [name, time(set, way)]))
  for (const [name, { min, median }] of Object.entries(results)) {
    const perFile = (min * 1000) / set.paths.length
    console.log(`  ${name.padEnd(15)} ${min.toFixed(1).padStart(8)} / ${median.toFixed(1).padStart(8)}   ${perFile.toFixed(3)} us   ${(results.streaming.min / min).toFixed(1)}x`)
  }
}
