/**
 * The parts of a package.json that the manifest rules compare, taken from the parsed
 * JSON of a tarball's manifest. Pure: the tarball reader calls it.
 */
import type { ManifestFacts } from './types.js'

/** The scripts npm runs when the package is installed. */
export const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall'] as const

/** Most entries kept per field: package.json is capped at 1 MiB, but a hostile one should not fill memory with tiny keys. */
const MAX_ENTRIES = 10_000

function stringMap(value: unknown): Record<string, string> {
  const result: Record<string, string> = {}
  if (!value || typeof value !== 'object' || Array.isArray(value)) return result
  let count = 0
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry !== 'string') continue
    if (++count > MAX_ENTRIES) break
    result[key] = entry
  }
  return result
}

/** `bin` as npm reads it: a string is the one command named after the package (scope dropped). */
function binMap(bin: unknown, name: unknown): Record<string, string> {
  if (typeof bin === 'string') {
    const command = typeof name === 'string' ? name.replace(/^@[^/]+\//, '') : ''
    return command ? { [command]: bin } : {}
  }
  return stringMap(bin)
}

/** Reads the manifest facts from a parsed package.json; anything malformed counts as absent. */
export function manifestFacts(data: unknown): ManifestFacts {
  const manifest = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}
  const scripts = stringMap(manifest.scripts)
  const installScripts: Record<string, string> = {}
  for (const script of INSTALL_SCRIPTS) if (Object.hasOwn(scripts, script)) installScripts[script] = scripts[script]
  return {
    installScripts,
    dependencies: stringMap(manifest.dependencies),
    optionalDependencies: stringMap(manifest.optionalDependencies),
    bin: binMap(manifest.bin, manifest.name),
  }
}
