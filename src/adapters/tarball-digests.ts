/**
 * A second, simpler pass over a tarball for `pack-guard verify`: each entry's sha256,
 * so two tarballs whose bytes differ can be told apart file by file (a size diff
 * misses a file changed in place). Streaming, with the reader's caps.
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import { extract as createExtract } from 'tar-stream'
import { diffByPath } from '../core/diff.js'
import type { FileDiff } from '../core/types.js'
import { PackGuardError } from '../errors.js'
import { DEFAULT_LIMITS, type ReadLimits } from './tarball-reader.js'

export interface EntryDigest {
  size: number
  /** sha256 of the content, hex; for a link, `link:` and its target. */
  digest: string
}

const CHUNK = 512 * 1024

/** Path (root folder dropped, as npm extracts) to digest; a later duplicate wins, as on extraction. */
export async function tarballDigests(file: string, limits: Pick<ReadLimits, 'maxBytes' | 'maxEntries'> = DEFAULT_LIMITS): Promise<Map<string, EntryDigest>> {
  const digests = new Map<string, EntryDigest>()
  const extract = createExtract()
  let bytes = 0
  let entries = 0
  extract.on('entry', (header, stream, next) => {
    stream.on('error', () => {})
    if (++entries > limits.maxEntries) return extract.destroy(new PackGuardError(`${file}: more than ${limits.maxEntries} entries`))
    const slash = header.name.indexOf('/')
    const path = slash === -1 ? header.name : header.name.slice(slash + 1)
    const hash = createHash('sha256')
    stream.on('data', (data: unknown) => {
      const chunk = data as Buffer
      bytes += chunk.length
      if (bytes > limits.maxBytes) extract.destroy(new PackGuardError(`${file}: decompresses to more than ${limits.maxBytes} bytes`))
      else hash.update(chunk)
    })
    stream.on('end', () => {
      if (header.type !== 'directory') {
        const link = header.type === 'symlink' || header.type === 'link'
        digests.delete(path)
        digests.set(path, { size: header.size ?? 0, digest: link ? `link:${header.linkname ?? ''}` : hash.digest('hex') })
      }
      next()
    })
    stream.resume()
  })
  try {
    // The reader's chunk size: fewer trips between zlib and the stream machinery (see tarball-reader.ts).
    await pipeline(createReadStream(file, { highWaterMark: CHUNK }), createGunzip({ chunkSize: CHUNK }), extract)
  } catch (error) {
    if (error instanceof PackGuardError) throw error
    throw new PackGuardError(`${file}: cannot read the tarball (${(error as Error).message})`)
  }
  return digests
}

/** Files added, removed, and changed in content (not only in size), as in a report's file lists. */
export type DigestDiff = FileDiff

/** What changed from `before` to `after`, file by file, in path order. */
export function diffDigests(before: ReadonlyMap<string, EntryDigest>, after: ReadonlyMap<string, EntryDigest>): DigestDiff {
  return diffByPath(before, after, (was, now) => was.digest !== now.digest)
}
