import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { PackGuardError } from '../errors.js'
import { CONFIG_MAX_BYTES } from './bounds.js'
import { type PackGuardConfig, validateConfig } from './validate.js'

export const CONFIG_FILES = ['pack-guard.config.json', '.pack-guard.yml', '.pack-guard.yaml'] as const

export interface LoadedConfig {
  /** Where it came from: a file, or `package.json#packGuard`. */
  source: string
  config: PackGuardConfig
}

function parseFile(file: string): unknown {
  let text: string
  try {
    // Bounded before it is read: on a pull request the file is the contributor's.
    const cap = file.endsWith('package.json') ? 10 * CONFIG_MAX_BYTES : CONFIG_MAX_BYTES
    const size = statSync(file).size
    if (size > cap) throw new PackGuardError(`${file}: ${size} bytes, more than the ${cap} a config may have`)
    text = readFileSync(file, 'utf8')
  } catch (error) {
    if (error instanceof PackGuardError) throw error
    throw new PackGuardError(`${file}: cannot read the config (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  try {
    return file.endsWith('.json') ? JSON.parse(text) : parseYaml(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new PackGuardError(`${file}: not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'} (${reason})`)
  }
}

/** The folder of the repository that holds `start` (the first with .git), or undefined. */
function repoRoot(start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir
    if (dirname(dir) === dir) return undefined
  }
}

/**
 * Finds and validates the config: an explicit path; else pack-guard.config.json
 * or .pack-guard.yml in the package folder, then at the repository root; else a
 * "packGuard" key in the package's package.json. Undefined when there is none.
 */
export function loadConfig(packageDir: string, explicit?: string): LoadedConfig | undefined {
  if (explicit) {
    const file = resolve(explicit)
    if (!existsSync(file)) throw new PackGuardError(`--config ${explicit}: no such file`)
    if (file.endsWith('package.json')) return fromManifest(file, true)
    return { source: file, config: validateConfig(parseFile(file), file) }
  }
  const root = repoRoot(packageDir)
  if (root && root !== packageDir) return configFileIn(packageDir) ?? configFileIn(root) ?? manifestConfigIn(packageDir)
  return loadPackageConfig(packageDir)
}

/** The first config file (CONFIG_FILES, in order) in one folder, validated. */
function configFileIn(dir: string): LoadedConfig | undefined {
  for (const name of CONFIG_FILES) {
    const file = join(dir, name)
    if (existsSync(file)) return { source: file, config: validateConfig(parseFile(file), file) }
  }
  return undefined
}

/** "packGuard" in the folder's package.json, when there is one. */
function manifestConfigIn(dir: string): LoadedConfig | undefined {
  const manifest = join(dir, 'package.json')
  return existsSync(manifest) ? fromManifest(manifest, false) : undefined
}

/**
 * A workspace package's own config, read from the root of a monorepo: a config
 * file in its folder, else "packGuard" in its package.json. No search upwards:
 * the root's config is the run's, and this one is laid over it.
 */
export function loadPackageConfig(packageDir: string): LoadedConfig | undefined {
  return configFileIn(packageDir) ?? manifestConfigIn(packageDir)
}

function fromManifest(file: string, required: boolean): LoadedConfig | undefined {
  const data = parseFile(file) as { packGuard?: unknown }
  if (data?.packGuard === undefined) {
    if (required) throw new PackGuardError(`${file}: no "packGuard" key`)
    return undefined
  }
  const source = `${file}#packGuard`
  return { source, config: validateConfig(data.packGuard, source) }
}
