import { resolve } from 'node:path'
import { keepTarball } from '../adapters/keep-tarball.js'
import type { PackageSnapshot } from '../core/types.js'
import { PackGuardError } from '../errors.js'

/** The `onTarball` hook for `--keep-tarball FILE`: one package, copied to FILE; its integrity goes to stderr. */
export function keepTarballOption(file: string | undefined, io: { stderr: { write(text: string): unknown } }): ((tarball: string, snapshot: PackageSnapshot) => Promise<void>) | undefined {
  if (!file) return undefined
  let kept: string | undefined
  return async (tarball, snapshot) => {
    const label = `${snapshot.name}@${snapshot.version}`
    if (kept) throw new PackGuardError(`--keep-tarball ${file}: more than one package is checked (${kept}, ${label}); name one with --workspace`)
    kept = label
    const integrity = await keepTarball(tarball, resolve(file), `--keep-tarball ${file}`)
    io.stderr.write(`pack-guard: kept ${label} as ${file} (${integrity})\n`)
  }
}
