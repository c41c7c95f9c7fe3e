// npm run bench: speed and memory of pack-guard, side by side with `tar tzvf` and
// `npm diff --diff-name-only` on the same generated files, as ratios of medians.
// Inputs are deterministic (seeded) and written to a temp folder; nothing here runs in `npm test`.
//
//   node scripts/bench.mjs [--rounds N] [--only incident,many,tiny,bomb,ordinary] [--keep]
//   node scripts/bench.mjs --pair before.tgz,after.tgz [--only pair]   (any two real tarballs too)
//   node scripts/bench.mjs --compare OTHER/dist/cli.js   (another build in the same rounds, e.g. the previous commit)
//   node scripts/bench.mjs --no-npm-diff                 (leave out npm diff, which takes minutes on 100,000 files)
import { execFileSync, spawnSync } from 'node:child_process'
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { parseArgs } from 'node:util'
import { createGzip } from 'node:zlib'
import { pack as createPack } from 'tar-stream'

const { values } = parseArgs({ options: { rounds: { type: 'string' }, only: { type: 'string' }, keep: { type: 'boolean' }, pair: { type: 'string' }, compare: { type: 'string' }, cli: { type: 'string' }, 'no-npm-diff': { type: 'boolean' } } })
const ROUNDS = Number(values.rounds ?? 3)
const ONLY = values.only?.split(',')
const ROOT = new URL('..', import.meta.url).pathname
const CLI = values.cli ?? join(ROOT, 'dist/cli.js')
const work = mkdtempSync(join(tmpdir(), 'pack-guard-bench-'))
const MB = 1024 * 1024

// ---------- deterministic content that compresses like real code ----------
let seed = 20261125
const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff)
const WORDS = 'const let var function return if else for while await async import export from class extends new this null undefined true false typeof instanceof of in try catch finally throw switch case break continue default yield static get set super delete void'.split(' ')
// A large vocabulary with minified-style names and literals: gzip ratios near real bundles (about 3-4x).
const IDENTS = Array.from({ length: 6000 }, (_, i) => (i % 3 === 0 ? `${['get', 'set', 'handle', 'create', 'parse', 'render', 'load', 'update', 'resolve', 'emit'][i % 10]}${['User', 'Config', 'Request', 'Session', 'Buffer', 'Node', 'Tree', 'Event', 'Stream', 'Frame'][Math.floor(i / 10) % 10]}${i}` : Math.floor(random() * 36 ** 5).toString(36)))
const pick = (list) => list[Math.floor(random() * list.length)]
const LINES = Array.from({ length: 700 }, () => {
  const parts = []
  const n = 4 + Math.floor(random() * 12)
  for (let i = 0; i < n; i++) parts.push(random() < 0.25 ? pick(WORDS) : random() < 0.8 ? pick(IDENTS) : random() < 0.5 ? String(Math.floor(random() * 1e6)) : `"${Math.floor(random() * 36 ** 6).toString(36)}"`)
  return `${'  '.repeat(Math.floor(random() * 4))}${parts.join(random() < 0.5 ? ' ' : '(')};`
})

/** About `bytes` of pseudo-source text. */
function code(bytes) {
  const out = []
  let size = 0
  while (size < bytes) {
    const line = pick(LINES)
    out.push(line)
    size += line.length + 1
  }
  return `${out.join('\n')}\n`
}

/** About `bytes` of machine code's texture: NUL-rich, compressing about 2x like real binaries. */
function binary(bytes) {
  const out = Buffer.alloc(Math.round(bytes))
  let x = 0x9e3779b9 ^ out.length // xorshift32: full-period noise (the LCG above repeats too soon for megabytes)
  for (let i = 0; i < out.length; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    const r = x >>> 0
    out[i] = r % 100 < 45 ? 0 : r % 100 < 70 ? r >>> 24 : 0x40 + ((r >>> 8) & 15)
  }
  return out
}

/** A source map with `sources` files of about `each` bytes, all embedded in sourcesContent. */
function bigMap(sources, each) {
  const names = Array.from({ length: sources }, (_, i) => `../src/${pick(['commands', 'tools', 'services', 'utils', 'ui'])}/module-${i}.ts`)
  const contents = names.map(() => JSON.stringify(code(each)))
  const mappings = Array.from({ length: sources * 400 }, () => pick(['AAAA', 'SAAS', 'CAAC', 'GAAG', 'IAAI', 'KAAK'])).join(',')
  return Buffer.from(`{"version":3,"file":"cli.js","sources":${JSON.stringify(names)},"sourcesContent":[${contents.join(',')}],"names":[],"mappings":"${mappings}"}`)
}

async function writeTgz(file, entries) {
  const pack = createPack()
  const done = pipeline(pack, createGzip({ level: 6 }), createWriteStream(file))
  for (const [name, content] of entries) {
    await new Promise((resolve, reject) => pack.entry({ name: `package/${name}`, mtime: new Date(0) }, content, (error) => (error ? reject(error) : resolve())))
  }
  pack.finalize()
  await done
  return file
}

/** 2 GiB of zeros in one entry, generated streaming: a gzip bomb of about 2 MB. */
async function writeBomb(file, bytes) {
  const pack = createPack()
  const done = pipeline(pack, createGzip({ level: 9 }), createWriteStream(file))
  pack.entry({ name: 'package/package.json', mtime: new Date(0) }, '{"name":"bomb","version":"1.0.0"}')
  const entry = pack.entry({ name: 'package/zeros.bin', size: bytes, mtime: new Date(0) })
  const zeros = Buffer.alloc(MB)
  for (let written = 0; written < bytes; written += MB) if (!entry.write(zeros)) await new Promise((resolve) => entry.once('drain', resolve))
  entry.end()
  pack.finalize()
  await done
  return file
}

const manifest = (version) => ['package.json', JSON.stringify({ name: '@bench/cli', version })]

const SCENARIOS = {
  // The shape of @anthropic-ai/claude-code 2.1.87 -> 2.1.88: a bundle and native binaries
  // (17 MB packed) against the same plus a 57 MB map embedding 1,900 sources (31 MB packed, 100 MB unpacked).
  async incident() {
    const vendor = ['x64-linux', 'arm64-linux', 'x64-darwin', 'arm64-darwin', 'x64-win32'].map((platform) => [`vendor/ripgrep/${platform}/rg`, binary(4 * MB)])
    const common = [['README.md', code(20_000)], ['LICENSE.md', 'Proprietary\n'], ['vendor/yoga.wasm', binary(0.5 * MB)], ...vendor]
    const cli = code(14 * MB)
    const before = await writeTgz(join(work, 'incident-before.tgz'), [manifest('2.1.87'), ...common, ['cli.js', cli]])
    const map = bigMap(1900, 28_500)
    const after = await writeTgz(join(work, 'incident-after.tgz'), [manifest('2.1.88'), ...common, ['cli.js', `${cli}//# sourceMappingURL=cli.js.map\n`], ['cli.js.map', map]])
    return { before, after, note: `map ${(map.length / MB).toFixed(0)} MiB, 1900 sources`, targets: { ratio: 1.3, rss: 150, scanCost: 0.2 } }
  },
  async many() {
    const files = (variant) => Array.from({ length: 100_000 }, (_, i) => [`lib/${Math.floor(i / 500)}/file-${i}.js`, `module.exports = ${i + (i % 997 === 0 ? variant : 0)} // ${pick(IDENTS)}\n`])
    const before = await writeTgz(join(work, 'many-before.tgz'), [manifest('1.0.0'), ...files(0)])
    const after = await writeTgz(join(work, 'many-after.tgz'), [manifest('1.1.0'), ...files(1)])
    return { before, after, note: '100,000 files a side', targets: { ratio: 2, rss: 300 } }
  },
  // Issue 19: per-entry cost. Files of 1-50 bytes, so gunzip is cheap and each header counts
  // (type-definition packages, monorepos of small modules, a leaked .git/ or node_modules/).
  async tiny() {
    const files = (variant) => Array.from({ length: 100_000 }, (_, i) => [`lib/${Math.floor(i / 500)}/f${i}.js`, 'x'.repeat(1 + ((i * 7919 + (i % 991 === 0 ? variant : 0)) % 50))])
    const before = await writeTgz(join(work, 'tiny-before.tgz'), [manifest('1.0.0'), ...files(0)])
    const after = await writeTgz(join(work, 'tiny-after.tgz'), [manifest('1.1.0'), ...files(1)])
    return { before, after, note: '100,000 files of 1-50 bytes a side', targets: { ratio: 1.5, rss: 300 }, noDiff: true }
  },
  async bomb() {
    const before = await writeTgz(join(work, 'bomb-before.tgz'), [['package.json', '{"name":"bomb","version":"0.9.0"}']])
    const after = await writeBomb(join(work, 'bomb-after.tgz'), 2 * 1024 * MB)
    return { before, after, note: '2 GiB of zeros in one entry', targets: { rss: 150 }, capped: true }
  },
  async ordinary() {
    const files = (variant) => Array.from({ length: 300 }, (_, i) => [`dist/module-${i}.js`, code(4_000 + (i < 5 ? variant * 300 : 0))])
    const before = await writeTgz(join(work, 'ordinary-before.tgz'), [manifest('3.4.0'), ...files(0)])
    const after = await writeTgz(join(work, 'ordinary-after.tgz'), [manifest('3.4.1'), ...files(1)])
    return { before, after, note: '300 files, a patch release', targets: {} }
  },
}
if (values.pair) {
  const [before, after] = values.pair.split(',')
  if (!before || !after || !existsSync(before) || !existsSync(after)) throw new Error('--pair: expected two existing tarballs, as before.tgz,after.tgz')
  SCENARIOS.pair = async () => ({ before, after, note: `${before} -> ${after}`, targets: { scanCost: 0.2 }, alone: true })
}

// ---------- measuring ----------
const HAS_TIME = existsSync('/usr/bin/time')

/** Runs a command once: wall seconds and peak RSS in MiB (GNU time), exit code. */
function measure(command, args, options = {}) {
  const start = process.hrtime.bigint()
  const result = HAS_TIME
    ? spawnSync('/usr/bin/time', ['-f', '__RSS__ %M', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, cwd: options.cwd })
    : spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 30, cwd: options.cwd })
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  const rss = HAS_TIME ? Number(/__RSS__ (\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1024 : NaN
  return { seconds, rss, status: result.status, stderr: result.stderr.replace(/__RSS__ \d+\n?/, '').trim() }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const fmt = (value, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : '-')

function tools(s) {
  const guard = ['pack-guard', process.execPath, [CLI, s.after, '--baseline', s.before, '--format', 'json']]
  const list = [guard]
  if (values.compare) list.push([`pack-guard ${values.compare}`, process.execPath, [values.compare, ...guard[2].slice(1)]])
  // The same run with the secret scan cut to one byte per file: what the scan itself costs.
  if (s.targets.scanCost) list.push(['pack-guard, secret scan off', process.execPath, [...guard[2], '--max-secret-scan-bytes', '1']])
  if (s.alone) {
    // The candidate alone (a first release): one tarball, one gunzip beside the scan.
    const alone = ['pack-guard, after alone', process.execPath, [CLI, s.after, '--baseline', 'none', '--format', 'json']]
    list.push(alone, ['pack-guard, after alone, secret scan off', process.execPath, [...alone[2], '--max-secret-scan-bytes', '1']])
  }
  if (s.capped) list.push(['pack-guard --max-bytes 3GiB', process.execPath, [CLI, s.after, '--baseline', s.before, '--format', 'json', '--max-bytes', String(3 * 1024 * MB)]])
  list.push(['tar tzvf (both)', 'bash', ['-c', `tar tzvf "${s.before}" > /dev/null && tar tzvf "${s.after}" > /dev/null`]])
  if (!s.capped && !s.noDiff && !values['no-npm-diff']) list.push(['npm diff --diff-name-only', 'npm', ['diff', `--diff=${s.before}`, `--diff=${s.after}`, '--diff-name-only', '--offline']])
  return list
}

if (!existsSync(CLI)) execFileSync('npm', ['run', 'bundle'], { cwd: ROOT, stdio: 'inherit' })
console.log(`pack-guard bench: ${ROUNDS} rounds, interleaved; node ${process.version}; ${HAS_TIME ? 'peak RSS from /usr/bin/time' : 'no /usr/bin/time: RSS not measured'}`)
const rows = []
let allPass = true
for (const [name, make] of Object.entries(SCENARIOS)) {
  if (ONLY && !ONLY.includes(name)) continue
  process.stdout.write(`\n${name}: generating... `)
  const s = await make()
  const size = (file) => (statSync(file).size / MB).toFixed(1)
  console.log(`${s.note}; before ${size(s.before)} MiB, after ${size(s.after)} MiB packed`)
  const runs = new Map()
  for (let round = 0; round < ROUNDS; round++) {
    for (const [label, command, args] of tools(s)) {
      const result = measure(command, args)
      if (!runs.has(label)) runs.set(label, [])
      runs.get(label).push(result)
    }
  }
  const tar = median(runs.get('tar tzvf (both)').map((r) => r.seconds))
  for (const [label, results] of runs) {
    const seconds = median(results.map((r) => r.seconds))
    const rss = Math.max(...results.map((r) => r.rss))
    const times = results.map((r) => r.seconds)
    const row = { scenario: name, tool: label, seconds, range: `${fmt(Math.min(...times))}-${fmt(Math.max(...times))}`, ratio: seconds / tar, rss, exit: results[0].status, message: results[0].status === 2 ? results[0].stderr.split('\n')[0] : '' }
    if (label === 'pack-guard') {
      const checks = []
      if (s.targets.ratio) checks.push(row.ratio <= s.targets.ratio ? `ratio <= ${s.targets.ratio} PASS` : `ratio <= ${s.targets.ratio} FAIL`)
      if (s.targets.rss) checks.push(!(rss >= s.targets.rss) ? `RSS < ${s.targets.rss} MiB PASS` : `RSS < ${s.targets.rss} MiB FAIL`)
      row.target = checks.join(', ')
      if (checks.some((c) => c.endsWith('FAIL'))) allPass = false
    }
    if (label.endsWith(', secret scan off')) {
      const withScan = median(runs.get(label.slice(0, -', secret scan off'.length)).map((r) => r.seconds))
      const cost = withScan / seconds - 1
      const pass = cost <= s.targets.scanCost
      row.target = `the scan adds ${(cost * 100).toFixed(0)}%: <= ${s.targets.scanCost * 100}% ${pass ? 'PASS' : 'FAIL'}`
      if (!pass) allPass = false
    }
    if (label.startsWith('pack-guard --max-bytes') && s.targets.rss) {
      row.target = !(rss >= s.targets.rss) ? `RSS < ${s.targets.rss} MiB PASS` : `RSS < ${s.targets.rss} MiB FAIL`
      if (row.target.endsWith('FAIL')) allPass = false
    }
    rows.push(row)
  }
}

console.log('\n| scenario | tool | median s | min-max s | x tar | peak RSS MiB | exit | target |')
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |')
for (const r of rows) console.log(`| ${r.scenario} | ${r.tool} | ${fmt(r.seconds)} | ${r.range} | ${fmt(r.ratio)} | ${fmt(r.rss, 0)} | ${r.exit} | ${r.target ?? ''}${r.message ? ` ${r.message}` : ''} |`)
console.log(`\n${allPass ? 'All targets hold.' : 'Some targets do not hold.'}`)
if (!values.keep) rmSync(work, { recursive: true, force: true })
else console.log(`inputs kept in ${work}`)
