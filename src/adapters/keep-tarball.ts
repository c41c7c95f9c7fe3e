/**
 * Keeps the exact tarball that was checked, so a release can publish that file and
 * not a second pack (`npm publish` packs again and runs prepack/prepare).
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { copyFile, mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
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
