import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { keepTarball } from '../adapters/keep-tarball.js'
import type { CheckResult } from '../check.js'
import { PackGuardError } from '../errors.js'
import { parsePublishedSpec } from '../watch.js'

/** A temporary folder check() keeps the tarball in for `--keep-tarball`; refuses a registry spec, which packs nothing. */
export async function keptTarballFolder(path: string, cwd = process.cwd()): Promise<{ folder: string; remove: () => Promise<void> }> {
  if (!existsSync(resolve(cwd, path)) && parsePublishedSpec(path)) {
    throw new PackGuardError(`--keep-tarball: ${path} is read from the registry, there is no packed tarball to keep (npm pack ${path} downloads it)`)
  }
  const folder = await mkdtemp(join(tmpdir(), 'pack-guard-keep-'))
  return { folder, remove: () => rm(folder, { recursive: true, force: true }) }
}

/** `--keep-tarball FILE`: the one package's checked tarball, copied to FILE; its integrity goes to stderr. */
export async function keepOneTarball(result: CheckResult, file: string, io: { stderr: { write(text: string): unknown }; cwd?: string }): Promise<void> {
  const kept = result.packages.flatMap((pkg) => (pkg.tarball ? [pkg.tarball] : []))
  if (kept.length === 0) throw new PackGuardError(`--keep-tarball ${file}: no tarball was packed`)
  if (kept.length > 1) {
    throw new PackGuardError(`--keep-tarball ${file}: more than one package is checked (${kept.map((entry) => `${entry.name}@${entry.version}`).join(', ')}); name one with --workspace`)
  }
  const [only] = kept
  const integrity = await keepTarball(only.path, resolve(io.cwd ?? process.cwd(), file), `--keep-tarball ${file}`)
  io.stderr.write(`pack-guard: kept ${only.name}@${only.version} as ${file} (${integrity})\n`)
}
