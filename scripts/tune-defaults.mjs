// Runs pack-guard on real releases to tune the defaults (see docs/rules.md#how-the-defaults-were-chosen).
// Downloads from the npm registry with the npm client; never part of the tests. Cache: $TUNE_DIR or
// ~/.cache/pack-guard-tune (never committed).
//
//   node scripts/tune-defaults.mjs resolve          scripts/corpus/packages.json -> scripts/corpus/pairs.json
//   node scripts/tune-defaults.mjs fetch [--jobs 3] download every tarball of pairs.json and accidents.json
//   node scripts/tune-defaults.mjs run [--out F] [--cli dist/cli.js]
//                                                   run the CLI on every pair, every accident and the first
//                                                   release (--baseline none) of the 10 largest packages;
//                                                   print the figures the targets are about
//   node scripts/tune-defaults.mjs summary F        the same figures from a run's --out file
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import semver from 'semver'

const run = promisify(execFile)
const here = new URL('./corpus/', import.meta.url)
const dir = process.env.TUNE_DIR ?? join(homedir(), '.cache', 'pack-guard-tune')
mkdirSync(dir, { recursive: true })
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name)
  return i > 0 ? process.argv[i + 1] : fallback
}
const readJson = (file) => JSON.parse(readFileSync(new URL(file, here), 'utf8'))
const npm = async (args) => (await run('npm', args, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 })).stdout

/** Runs `worker` on every item, at most `jobs` at a time. */
async function pool(items, jobs, worker) {
  let next = 0
  await Promise.all(
    Array.from({ length: jobs }, async () => {
      while (next < items.length) {
        const item = items[next++]
        await worker(item)
      }
    }),
  )
}

export const tarballFile = (name, version) => join(dir, `${name.replace('@', '').replace('/', '-')}-${version}.tgz`)

async function resolve() {
  const { packages, heavy, pairsPerPackage, heavyPairs } = readJson('packages.json')
  const pairs = []
  await pool(packages, 4, async (name) => {
    let versions
    try {
      versions = JSON.parse(await npm(['view', name, 'versions', '--json']))
    } catch {
      console.error(`skip ${name}: cannot list versions`)
      return
    }
    const stable = [].concat(versions).filter((v) => semver.valid(v) && !semver.prerelease(v)).sort(semver.compare)
    const count = heavy.includes(name) ? heavyPairs : pairsPerPackage
    const recent = stable.slice(-(count + 1))
    for (let i = 1; i < recent.length; i++) pairs.push([name, recent[i - 1], recent[i]])
  })
  pairs.sort((a, b) => a[0].localeCompare(b[0]) || semver.compare(a[1], b[1]))
  writeFileSync(new URL('pairs.json', here), `${JSON.stringify(pairs).replaceAll('],[', '],\n[')}\n`)
  console.log(`${pairs.length} pairs of ${new Set(pairs.map((p) => p[0])).size} packages`)
}

async function fetchAll() {
  const wanted = new Map()
  for (const [name, before, after] of [...readJson('pairs.json'), ...readJson('accidents.json').map((a) => [a.name, a.before, a.after])]) {
    if (!wanted.has(name)) wanted.set(name, new Set())
    for (const version of [before, after]) if (version !== 'none' && !existsSync(tarballFile(name, version))) wanted.get(name).add(version)
  }
  const jobs = [...wanted].filter(([, versions]) => versions.size > 0)
  let done = 0
  await pool(jobs, Number(arg('--jobs', 3)), async ([name, versions]) => {
    const tmp = join(dir, `tmp-${name.replace('@', '').replace('/', '-')}`)
    mkdirSync(tmp, { recursive: true })
    try {
      const infos = JSON.parse(await npm(['pack', ...[...versions].map((v) => `${name}@${v}`), '--json', '--ignore-scripts', '--pack-destination', tmp]))
      for (const info of infos) renameSync(join(tmp, info.filename), tarballFile(name, info.version))
    } catch (error) {
      console.error(`fetch ${name}: ${String(error.message).split('\n')[0]}`)
    }
    rmSync(tmp, { recursive: true, force: true })
    console.error(`${++done}/${jobs.length} ${name}`)
  })
}

/** One run of the bundled CLI: its exit code and findings. */
async function check(cli, after, before) {
  try {
    const { stdout } = await run(process.execPath, [cli, after, '--baseline', before, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 30 })
    return { exit: 0, pkg: JSON.parse(stdout).packages[0] }
  } catch (error) {
    if (error.code === 1) return { exit: 1, pkg: JSON.parse(error.stdout).packages[0] }
    return { exit: error.code ?? 2, error: String(error.stderr ?? error.message).trim().split('\n')[0] }
  }
}

const line = (f) => `${f.severity} ${f.rule}${f.path ? ` ${f.path}` : ''}${f.count ? ` (x${f.count})` : ''}`

async function runAll() {
  const pairs = readJson('pairs.json')
  const accidents = readJson('accidents.json')
  const rows = []
  const have = (name, v) => v === 'none' || existsSync(tarballFile(name, v))
  const cases = [
    ...pairs.map(([name, before, after]) => ({ kind: 'pair', name, before, after })),
    ...accidents.map((a) => ({ kind: 'accident', ...a })),
  ].filter((c) => have(c.name, c.before) && have(c.name, c.after))
  // The first release of the largest packages of the corpus, by packed size.
  const largest = [...new Map(pairs.map(([name, , after]) => [name, after]))]
    .map(([name, version]) => ({ name, version, size: statSync(tarballFile(name, version), { throwIfNoEntry: false })?.size ?? 0 }))
    .sort((a, b) => b.size - a.size)
    .slice(0, Number(arg('--largest', 10)))
  cases.push(...largest.map(({ name, version }) => ({ kind: 'first', name, before: 'none', after: version })))
  const cli = arg('--cli', 'dist/cli.js')
  await pool(cases, 2, async (c) => {
    const result = await check(cli, tarballFile(c.name, c.after), c.before === 'none' ? 'none' : tarballFile(c.name, c.before))
    const findings = (result.pkg?.findings ?? []).filter((f) => !f.suppressed)
    rows.push({ ...c, exit: result.exit, error: result.error, findings: findings.map(line) })
  })
  rows.sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name) || (a.after > b.after ? 1 : -1))
  const out = arg('--out')
  if (out) writeFileSync(out, `${JSON.stringify(rows, null, 1)}\n`)
  summarize(rows, accidents)
}

/** Prints the figures the targets are about. A pair that is also an accident counts as an accident only. */
function summarize(rows, accidents) {
  const isAccident = (r) => accidents.some((a) => a.name === r.name && a.before === r.before && a.after === r.after)
  const ordinary = rows.filter((r) => r.kind === 'pair' && !isAccident(r))
  const acc = [...new Map(rows.filter((r) => r.kind !== 'first' && isAccident(r)).map((r) => [`${r.name} ${r.after}`, { ...r, what: accidents.find((a) => a.name === r.name && a.after === r.after).what }])).values()]
  const errs = ordinary.filter((r) => r.findings.some((f) => f.startsWith('error')))
  const warns = ordinary.filter((r) => r.findings.some((f) => f.startsWith('warning')))
  const broken = rows.filter((r) => r.exit === 2)
  for (const r of [...errs, ...warns.filter((r) => !errs.includes(r))]) console.log(`pair ${r.name} ${r.before} -> ${r.after}: ${r.findings.filter((f) => !f.startsWith('notice')).join('; ')}`)
  for (const r of acc) console.log(`accident ${r.exit === 1 ? 'FAILS' : r.findings.some((f) => !f.startsWith('notice')) ? 'warns' : 'MISSED'} ${r.name} ${r.before} -> ${r.after} (${r.what}): ${r.findings.slice(0, 4).join('; ')}`)
  const firsts = rows.filter((r) => r.kind === 'first')
  for (const r of firsts) console.log(`first ${r.name}@${r.after}: ${r.findings.length} findings`)
  for (const r of broken) console.log(`exit 2 ${r.name} ${r.before} -> ${r.after}: ${r.error}`)
  const packages = new Set(ordinary.map((r) => r.name)).size
  console.log(
    `\n${ordinary.length} ordinary pairs of ${packages} packages: ${errs.length} with an error, ${warns.length} with a warning (${((warns.length / ordinary.length) * 100).toFixed(1)}%)` +
      `\n${acc.length} accidents: ${acc.filter((r) => r.exit === 1).length} fail the gate, ${acc.filter((r) => r.exit === 0 && r.findings.some((f) => !f.startsWith('notice'))).length} only warn` +
      `\nfirst releases: at most ${Math.max(0, ...firsts.map((r) => r.findings.length))} findings; ${broken.length} runs could not run`,
  )
}

const command = process.argv[2]
if (command === 'resolve') await resolve()
else if (command === 'fetch') await fetchAll()
else if (command === 'run') await runAll()
else if (command === 'summary') summarize(JSON.parse(readFileSync(process.argv[3], 'utf8')), readJson('accidents.json'))
else {
  console.error('usage: node scripts/tune-defaults.mjs resolve | fetch [--jobs N] | run [--out FILE] [--cli FILE] [--largest N] | summary FILE')
  process.exit(2)
}
