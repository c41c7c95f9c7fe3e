/**
 * Keeps the exact tarball that was checked, so a release can publish that file and
 * not a second pack (`npm publish` packs again and runs prepack/prepare).
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { copyFile, mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { PackGuardError } from '../errors.js'

/** The file's `sha512-…` integrity, as npm writes it in `dist.integrity`. */
export async function fileIntegrity(file: string): Promise<string> {
  const hash = createHash('sha512')
  try {
    await pipeline(createReadStream(file), hash)
  } catch (error) {
    throw new PackGuardError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
  }
  return `sha512-${hash.digest('base64')}`
}

/** Copies `file` to `destination` (creating its folder) and returns the copy's integrity. */
export async function keepTarball(file: string, destination: string, what = destination): Promise<string> {
  try {
    await mkdir(dirname(destination), { recursive: true })
    await copyFile(file, destination)
  } catch (error) {
    throw new PackGuardError(`${what}: cannot write the tarball there (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
  }
  return fileIntegrity(destination)
}

export interface KeptTarball {
  name: string
  version: string
  path: string
  integrity: string
}

/**
 * Keeps every tarball checked in one run under `folder` (the action's RUNNER_TEMP), named
 * as npm pack names them; `kept` lists them in the order they were checked.
 */
export function tarballKeeper(folder: string): { keep: (file: string, snapshot: { name: string; version: string }) => Promise<KeptTarball>; kept: KeptTarball[] } {
  const kept: KeptTarball[] = []
  return {
    kept,
    async keep(file, snapshot) {
      const base = `${snapshot.name.replace(/^@/, '').replace(/\//g, '-')}-${snapshot.version}.tgz`.replace(/[^\w.+-]/g, '_')
      // Two paths may hold the same package (a folder and its .tgz): number the later ones.
      const taken = new Set(kept.map((entry) => entry.path))
      let path = join(folder, base)
      for (let n = 2; taken.has(path); n++) path = join(folder, `${n}-${base}`)
      const entry = { name: snapshot.name, version: snapshot.version, path, integrity: await keepTarball(file, path) }
      kept.push(entry)
      return entry
    },
  }
}
