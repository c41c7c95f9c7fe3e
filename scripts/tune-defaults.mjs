// Runs pack-guard on consecutive real releases of popular packages, to tune the defaults.
// Downloads from the npm registry (not a test: tests never download). Usage:
//   node scripts/tune-defaults.mjs [pairs-per-package]   (cache in $TUNE_DIR or /tmp/pack-guard-tune)
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, renameSync } from 'node:fs'
import { join } from 'node:path'

const PACKAGES = ['react', 'vue', 'typescript', 'vite', 'eslint', 'prettier', 'axios', 'express', 'zod', 'commander', 'webpack', 'rxjs', '@babel/core', 'date-fns', 'undici', 'rollup', 'esbuild', 'next', '@angular/core', 'lodash']
const pairs = Number(process.argv[2] ?? 2)
const dir = process.env.TUNE_DIR ?? '/tmp/pack-guard-tune'
mkdirSync(dir, { recursive: true })

const npm = (args) => execFileSync('npm', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 30 })
const stable = (v) => /^\d+\.\d+\.\d+$/.test(v)

function fetchTarball(name, version) {
  const file = join(dir, `${name.replace('@', '').replace('/', '-')}-${version}.tgz`)
  if (!existsSync(file)) {
    const [info] = JSON.parse(npm(['pack', `${name}@${version}`, '--json', '--ignore-scripts']))
    if (join(dir, info.filename) !== file) renameSync(join(dir, info.filename), file)
  }
  return file
}

const rows = []
for (const name of PACKAGES) {
  let versions
  try {
    versions = JSON.parse(npm(['view', name, 'versions', '--json'])).filter(stable)
  } catch {
    console.error(`skip ${name}: cannot list versions`)
    continue
  }
  const recent = versions.slice(-(pairs + 1))
  for (let i = 1; i < recent.length; i++) {
    let before
    let after
    try {
      before = fetchTarball(name, recent[i - 1])
      after = fetchTarball(name, recent[i])
    } catch {
      console.error(`skip ${name} ${recent[i - 1]} -> ${recent[i]}: download failed`)
      continue
    }
    const run = spawnSync(process.execPath, ['dist/cli.js', after, '--baseline', before, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 30 })
    if (run.status === 2) {
      rows.push({ pair: `${name} ${recent[i - 1]} -> ${recent[i]}`, exit: 2, findings: run.stderr.trim() })
      continue
    }
    const [pkg] = JSON.parse(run.stdout).packages
    const findings = pkg.findings.map((f) => `${f.severity} ${f.rule}${f.path ? ` ${f.path}` : ''}${f.details?.measure ? ` (${f.details.measure} ${f.details.percent}%)` : ''}`)
    const packed = (((pkg.packed.after - pkg.packed.before) / pkg.packed.before) * 100).toFixed(1)
    rows.push({ pair: `${name} ${recent[i - 1]} -> ${recent[i]}`, exit: run.status, packed: `${packed}%`, findings: findings.join('; ') || '-' })
  }
}
for (const row of rows) console.log(`${row.exit}  ${row.pair.padEnd(40)} packed ${String(row.packed ?? '').padStart(7)}  ${row.findings}`)
const errors = rows.filter((row) => row.exit !== 0)
console.log(`\n${rows.length} release pairs, ${errors.length} with exit != 0`)
