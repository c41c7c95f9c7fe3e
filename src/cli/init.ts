import { existsSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { check, finishReport, reportsOf } from '../check.js'
import { CONFIG_FILES, loadConfig } from '../config/load.js'
import type { PackGuardConfig } from '../config/validate.js'
import type { Report } from '../core/types.js'
import { PackGuardError } from '../errors.js'
import { friendlyParseError } from './args.js'

/** Top-level globs that cover exactly the files that ship now: `dist/**`, `README.md`, ... */
export function expectFromFiles(paths: Iterable<string>): string[] {
  const globs = new Set<string>()
  for (const path of paths) {
    const slash = path.indexOf('/')
    globs.add(slash === -1 ? path : `${path.slice(0, slash)}/**`)
  }
  return [...globs].sort()
}

/**
 * A starter config from a report: `expect` lists what ships now, and every
 * error or warning is allowed with a reason to review, so that a run right
 * after init passes. Secrets are never allowed: they must be removed.
 */
export function starterConfig(report: Report, files: Iterable<string>): PackGuardConfig {
  const [pkg] = report.packages
  const allow = pkg.findings
    .filter((finding) => !finding.suppressed && finding.severity !== 'notice' && finding.path && !finding.rule.startsWith('secrets/'))
    .map((finding) => ({ path: finding.path!, rules: [finding.rule], reason: `shipped on purpose as of ${pkg.version} (written by pack-guard init: review this reason)` }))
  return {
    $schema: './node_modules/pack-guard/pack-guard.schema.json',
    failOn: 'error',
    expect: expectFromFiles(files),
    ...(allow.length ? { allow } : {}),
  }
}

/** `pack-guard init [PATH] [--baseline SPEC] [--registry URL] [--force]`: writes pack-guard.config.json. */
export async function init(argv: string[], { env, cwd = process.cwd() }: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<string> {
  let parsed
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { baseline: { type: 'string' }, registry: { type: 'string' }, force: { type: 'boolean' } } })
  } catch (error) {
    throw friendlyParseError(error)
  }
  const { values, positionals } = parsed
  const path = resolve(cwd, positionals[0] ?? '.')
  if (!existsSync(path)) throw new PackGuardError(`init: ${positionals[0] ?? '.'}: no such file or folder`)
  const folder = statSync(path).isDirectory() ? path : dirname(path)
  const target = join(folder, CONFIG_FILES[0])
  const existing = loadConfig(folder)
  if (existing && !values.force) throw new PackGuardError(`init: ${existing.source} already holds a pack-guard config (use --force to write ${target} anyway)`)
  // Judge the package with the defaults only: what an existing config says is being replaced.
  const result = await check({ path, baseline: values.baseline ?? 'auto', registry: values.registry, noConfig: true, env, cwd })
  if (result.packages.length !== 1) throw new PackGuardError('init: run it in one package folder (in a monorepo, in each workspace package)')
  const report = finishReport(result, reportsOf(result))
  const files = result.packages[0].snapshot.files.filter((file) => file.type === 'file').map((file) => file.path)
  writeFileSync(target, `${JSON.stringify(starterConfig(report, files), null, 2)}\n`)
  return target
}
