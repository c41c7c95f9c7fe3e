import { existsSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { check, finishReport, reportsOf } from '../check.js'
import { CONFIG_FILES, loadConfig } from '../config/load.js'
import type { PackGuardConfig } from '../config/validate.js'
import type { Report } from '../core/types.js'
import { PackGuardError } from '../errors.js'
import { parseOptions } from './args.js'
import { VERSION } from '../version.js'

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
export function starterConfig(report: Report, files: Iterable<string>, schema = SCHEMA_URL): PackGuardConfig {
  const [pkg] = report.packages
  const allow = pkg.findings
    .filter((finding) => !finding.suppressed && finding.severity !== 'notice' && finding.path && !finding.rule.startsWith('secrets/'))
    .map((finding) => ({ path: finding.path!, rules: [finding.rule], reason: `shipped on purpose as of ${pkg.version} (written by pack-guard init: review this reason)` }))
  return {
    $schema: schema,
    failOn: 'error',
    expect: expectFromFiles(files),
    ...(allow.length ? { allow } : {}),
  }
}

/** The schema as published with this version: resolves from anywhere, online. */
const SCHEMA_URL = `https://unpkg.com/pack-guard@${VERSION}/pack-guard.schema.json`

/**
 * The `$schema` for a config in `folder`: the schema of the pack-guard installed
 * nearest above it (a workspace package finds the root's node_modules), as a path
 * relative to the folder; else the published copy of this version.
 */
export function schemaFor(folder: string): string {
  for (let dir = folder; ; dir = dirname(dir)) {
    const file = join(dir, 'node_modules', 'pack-guard', 'pack-guard.schema.json')
    if (existsSync(file)) {
      const path = relative(folder, file).split(sep).join('/')
      return path.startsWith('.') ? path : `./${path}`
    }
    if (dirname(dir) === dir) return SCHEMA_URL
  }
}

/** `pack-guard init [PATH] [--baseline SPEC] [--registry URL] [--force]`: writes pack-guard.config.json. */
export async function init(argv: string[], { env, cwd = process.cwd() }: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<string> {
  const { values, positionals } = parseOptions(argv, { baseline: { type: 'string' }, registry: { type: 'string' }, force: { type: 'boolean' } })
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
  writeFileSync(target, `${JSON.stringify(starterConfig(report, files, schemaFor(folder)), null, 2)}\n`)
  return target
}
