/**
 * Bounds on a config file: on a pull request it is the contributor's, so it must
 * not be able to make a run slow (huge files, thousands of globs, brace bombs).
 * Glob matching itself is bounded in time (src/core/glob.ts).
 */
import { MAX_ALTERNATIVES, expandBraces } from '../core/glob.js'
import { PackGuardError } from '../errors.js'
import type { ConfigBody, PackGuardConfig } from './validate.js'

/** A config file larger than this is refused before it is parsed. */
export const CONFIG_MAX_BYTES = 1024 * 1024
/** Globs in one config, over all its sections (forbidden, expect, allow paths). */
export const CONFIG_MAX_GLOBS = 1_000
/** Characters in one glob. */
export const GLOB_MAX_LENGTH = 1_024

function globsOf(body: ConfigBody): Array<[where: string, glob: string]> {
  return [
    ...(body.forbidden ?? []).map((glob, i): [string, string] => [`forbidden[${i}]`, glob]),
    ...(body.expect ?? []).map((glob, i): [string, string] => [`expect[${i}]`, glob]),
    ...(body.allow ?? []).map((allow, i): [string, string] => [`allow[${i}].path`, allow.path]),
  ]
}

/** Throws one line naming the file and the key when the config's globs are past a bound. */
export function checkGlobBounds(config: PackGuardConfig, file: string): void {
  const all = globsOf(config)
  for (const [name, body] of Object.entries(config.packages ?? {})) all.push(...globsOf(body).map(([where, glob]): [string, string] => [`packages[${JSON.stringify(name)}].${where}`, glob]))
  if (all.length > CONFIG_MAX_GLOBS) throw new PackGuardError(`${file}: ${all.length} globs, more than ${CONFIG_MAX_GLOBS}: match folders with ** instead of listing files`)
  for (const [where, glob] of all) {
    if (glob.length > GLOB_MAX_LENGTH) throw new PackGuardError(`${file}: ${where}: a glob of ${glob.length} characters, more than ${GLOB_MAX_LENGTH}`)
    try {
      expandBraces(glob)
    } catch {
      throw new PackGuardError(`${file}: ${where}: its {a,b} braces expand to more than ${MAX_ALTERNATIVES} globs`)
    }
  }
}
