import { createReadStream } from 'node:fs'
import { statSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { Transform, Writable, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import { Header, Parser, type ReadEntry } from 'tar'
import { manifestFacts } from '../core/manifest-facts.js'
import type { EntryType, FileEntry, FileFacts, ManifestFacts, PackageSnapshot } from '../core/types.js'
import { PackGuardError } from '../errors.js'
import { FileInspector, inspectContent } from '../inspect/file-inspector.js'
import { fastDecode, type PlainEntry } from './fast-header.js'
import { installPath } from './npm-paths.js'
import { type ContentSink, nodeTarProbe, PlainLane, syntheticEntry } from './plain-lane.js'

export interface ReadLimits {
  /** Most bytes decompressed from one tarball (default 1 GiB): a gzip bomb stops here. */
  maxBytes: number
  /** Most entries in one tarball (default 500,000). */
  maxEntries: number
  /** Most bytes of PAX and GNU long-name headers in one tarball, global headers included (default 32 MiB). */
  maxPaxBytes?: number
  /** Most PAX records (`key=value` lines) in one tarball, global headers included (default 1,000,000). */
  maxPaxRecords?: number
  /** Most bytes of one file scanned for secrets (default 64 MiB); the rest is reported as not scanned. */
  maxSecretScanBytes?: number
}

/** What to do while reading, apart from the caps. */
export interface ReadOptions {
  /** False to skip the secret scan: a baseline needs it only when the candidate holds secrets. */
  scanSecrets?: boolean
  /** Told how many packed bytes of `label` were read so far (for progress on a terminal). */
  onProgress?: ProgressListener
  /** Bytes per gunzip output chunk (at least 64; default 512 KiB). Small chunks split headers and contents: the parity test reads with them. */
  chunkBytes?: number
  /** Counts the entries each parser read, when given (tests and the bench: the plain lane should read nearly all). */
  counts?: { plain: number; nodeTar: number }
}

export type ProgressListener = (label: string, bytes: number, total?: number) => void

export const DEFAULT_PAX_BYTES = 32 * 1024 * 1024
export const DEFAULT_PAX_RECORDS = 1_000_000

export const DEFAULT_LIMITS: ReadLimits = { maxBytes: 1024 ** 3, maxEntries: 500_000, maxPaxBytes: DEFAULT_PAX_BYTES, maxPaxRecords: DEFAULT_PAX_RECORDS }

const MANIFEST_CAP = 1024 * 1024

/**
 * node-tar ignores a PAX or long-name header larger than this (its `maxMetaEntrySize`):
 * npm then uses the plain name, where other tools use the long one. We refuse such archives.
 */
const NODE_TAR_META_MAX = 1024 * 1024

/** node-tar's type names, in the words pack-guard's findings use. */
const TYPES: Record<string, { type: EntryType; tarType?: string }> = {
  File: { type: 'file' },
  OldFile: { type: 'file' },
  ContiguousFile: { type: 'file' },
  Directory: { type: 'directory' },
  GNUDumpDir: { type: 'directory' },
  SymbolicLink: { type: 'symlink' },
  Link: { type: 'link' },
  CharacterDevice: { type: 'other', tarType: 'character-device' },
  BlockDevice: { type: 'other', tarType: 'block-device' },
  FIFO: { type: 'other', tarType: 'fifo' },
}

function describeType(type: string): { type: EntryType; tarType?: string } {
  return TYPES[type] ?? { type: 'other', tarType: type === 'Unsupported' ? 'unknown' : type }
}

/**
 * node-tar's header decoding, patched for our parser only (the flag is set while our
 * parser consumes a chunk, synchronously, so node-tar used elsewhere in the process is
 * untouched): plain headers take a fast path (fast-header.ts, issue 19), and the size a
 * directory header declares is recorded, because node-tar sets it to 0 before anyone
 * sees it (and then reads the directory's "content" as headers, where other tools skip
 * it as data), so the reader can refuse such an archive.
 */
const DECLARED_SIZE = Symbol('declaredSize')
type DecodedHeader = Header & { [DECLARED_SIZE]?: number }
type Decode = (this: DecodedHeader, buf: Buffer, off: number, ex?: { size?: number }, gex?: { size?: number }) => void
const decode = Header.prototype.decode as unknown as Decode
let ours = false
;(Header.prototype as unknown as { decode: Decode }).decode = function (buf, off, ex, gex) {
  if (!ours) return decode.call(this, buf, off, ex, gex)
  if (!fastDecode(this, buf, off || 0, ex, gex)) decode.call(this, buf, off, ex, gex)
  if (this.typeKey === '5') {
    const start = (off || 0) + 124
    const field = buf.subarray(start, start + 12)
    // node-tar's own reading of the field (octal up to a NUL; base-256 when the top bit is set), before it zeroes it.
    const ustar = field[0] & 0x80 ? Number(field.subarray(1).some((byte) => byte !== 0)) : parseInt(field.toString('utf8').replace(/\0.*$/s, '').trim(), 8)
    this[DECLARED_SIZE] = ex?.size ?? gex?.size ?? (Number.isNaN(ustar) ? 0 : ustar)
  }
}

/** Runs `work` (a synchronous write to our parser) with our decoding on. */
function asOurs(work: () => void): void {
  ours = true
  try {
    work()
  } finally {
    ours = false
  }
}

/** Most root folders and duplicate paths remembered: a hostile archive cannot grow these lists without bound. */
const MAX_LISTED = 1000

/** Reads a .tgz file in one streaming pass. `label` names it in messages. */
export async function readTarballFile(file: string, limits: ReadLimits = DEFAULT_LIMITS, options: ReadOptions = {}): Promise<PackageSnapshot> {
  try {
    const info = await stat(file)
    if (!info.isFile()) throw new PackGuardError(`${file}: not a file`)
  } catch (error) {
    if (error instanceof PackGuardError) throw error
    throw new PackGuardError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  const total = statSync(file).size
  const progress = options.onProgress && ((label: string, bytes: number) => options.onProgress?.(label, bytes, total))
  return readTarball(createReadStream(file, { highWaterMark: CHUNK_BYTES }), file, limits, { ...options, onProgress: progress })
}

/**
 * Bytes per read and per gunzip output chunk. Large chunks mean fewer trips between
 * the zlib thread and the stream machinery on the main thread: on the incident pair,
 * 512 KiB reads both tarballs in 0.68 s where 64 KiB takes 0.90 s (BENCHMARKS.md).
 * Memory holds a few chunks at a time, whatever the size of a file.
 */
const CHUNK_BYTES = 512 * 1024

/**
 * Reads a gzipped npm tarball from a stream: every entry's path, size, mode and
 * type, with content seen only by streaming inspectors. Memory stays bounded by
 * the chunk size and the number of entries, never by the size of a file.
 *
 * The archive is parsed by node-tar, the parser npm installs with, so the entries
 * judged are the entries npm reads; each file's path is the one npm writes
 * (npm-paths.ts). What the two could still disagree on, or what other tools read
 * differently, is refused with one line (SECURITY.md, "What npm installs").
 */
export async function readTarball(source: Readable, label: string, limits: ReadLimits = DEFAULT_LIMITS, options: ReadOptions = {}): Promise<PackageSnapshot> {
  const maxPaxBytes = limits.maxPaxBytes ?? DEFAULT_PAX_BYTES
  const maxPaxRecords = limits.maxPaxRecords ?? DEFAULT_PAX_RECORDS
  let packedSize = 0
  let unpackedBytes = 0
  const countPacked = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      packedSize += chunk.length
      options.onProgress?.(label, packedSize)
      callback(null, chunk)
    },
  })
  const gunzip = createGunzip({ chunkSize: options.chunkBytes ?? CHUNK_BYTES })
  // The gzip layer is ours (node:zlib, in large chunks): the parser sees plain tar.
  const parser = new Parser({ brotli: false, zstd: false })
  const byPath = new Map<string, FileEntry>()
  let entries = 0
  let manifest: Buffer | null = null
  const roots = new Set<string>()
  const duplicates = new Set<string>()
  /** `.npmignore` files seen, by archive name: pacote renames a `.gitignore` only when its folder has none. */
  const npmignores = new Set<string>()
  let lastRoot = '\0'
  let paxBytes = 0
  let paxRecords = 0
  let atEnd = false
  let failure: PackGuardError | undefined
  const fail = (message: string) => {
    failure ??= new PackGuardError(`${label}: ${message}`)
  }

  parser.on('warn', (code: string, message: string) => {
    if (code === 'TAR_BAD_ARCHIVE' && /truncated/i.test(message)) fail('truncated tar archive')
    else if (code === 'TAR_BAD_ARCHIVE' && entries === 0) fail('the tarball holds no entries')
    else if (code === 'TAR_BAD_ARCHIVE') fail(`not a valid tar archive (${message})`)
    else fail(`not a valid tar archive (${message}; npm skips such an entry, other tools may not)`)
  })
  parser.on('error', (error: Error) => fail(`cannot read the tarball (${error.message})`))
  parser.on('eof', () => {
    atEnd = true
  })
  parser.on('meta', (meta: string) => {
    paxBytes += meta.length
    for (let at = meta.indexOf('\n'); at !== -1; at = meta.indexOf('\n', at + 1)) paxRecords++
    if (paxBytes > maxPaxBytes) fail(`more than ${formatCap(maxPaxBytes)} of PAX and long-name headers (a hostile archive, or raise the cap with --max-pax-bytes)`)
    else if (paxRecords > maxPaxRecords) fail(`more than ${maxPaxRecords} PAX records (a hostile archive, or raise the cap with --max-pax-records)`)
  })
  parser.on('ignoredEntry', (entry: ReadEntry) => {
    if (entry.meta) {
      fail(`a PAX or long-name header of ${entry.size} bytes, more than the ${formatCap(NODE_TAR_META_MAX)} npm reads (npm ignores it, other tools apply it)`)
      return
    }
    // Types node-tar does not know (sparse files, tape volumes, ...): npm skips them.
    fromNodeTar(entry)
  })
  parser.on('entry', (entry: ReadEntry) => fromNodeTar(entry))

  /** True while node-tar reads the plain header that lets it continue after the plain lane. */
  let skipSynthetic = false
  function fromNodeTar(entry: ReadEntry): void {
    if (skipSynthetic) {
      skipSynthetic = false
      entry.resume()
      return
    }
    if (options.counts) options.counts.nodeTar++
    const declared = entry.type === 'Directory' ? ((entry.header as DecodedHeader)[DECLARED_SIZE] ?? 0) : 0
    const file = onEntry(entry.path, entry.type, entry.size ?? 0, entry.mode ?? 0, entry.linkpath, declared)
    if (!file) {
      entry.resume()
      return
    }
    const sink = new FileSink(file, keyOf(file))
    entry.on('data', (chunk: Buffer) => sink.write(chunk))
    entry.on('end', () => sink.end())
  }

  // Plain entries are read by the plain lane; from the first other header on, node-tar reads the archive.
  const lane = new PlainLane({
    whole(header: Readonly<PlainEntry>, content: Buffer) {
      const file = fromLane(header)
      if (!file) return
      if (isManifest(file)) {
        // The one file whose bytes are kept: the sink keeps them, within MANIFEST_CAP.
        const sink = new FileSink(file, keyOf(file))
        if (content.length > 0) sink.write(content)
        sink.end()
      } else record(file, keyOf(file), inspectContent(file.path, content, limits.maxSecretScanBytes, options.scanSecrets ?? true))
    },
    open(header: Readonly<PlainEntry>) {
      const file = fromLane(header)
      return file && new FileSink(file, keyOf(file))
    },
    handOver(rest: Buffer, afterEntries: boolean) {
      if (afterEntries && !parserStarted) {
        skipSynthetic = true
        asOurs(() => parser.write(syntheticEntry()))
      }
      parserStarted = true
      toNodeTar(rest)
    },
  })
  let parserStarted = false
  const probe = nodeTarProbe(parser)

  /**
   * Gives node-tar what the plain lane could not read. It is written a header at a
   * time, and an entry's content at once, so that as soon as node-tar is between
   * two entries again with nothing pending, the plain lane reads on (and the
   * parity test checks that what follows is read as node-tar alone reads it).
   */
  function toNodeTar(chunk: Buffer): void {
    let pos = 0
    while (pos < chunk.length && !failure && !atEnd) {
      if (!probe || probe.global()) {
        asOurs(() => parser.write(pos === 0 ? chunk : chunk.subarray(pos)))
        return
      }
      // Up to the end of the content node-tar reads now, or of the next header block, counting what it holds
      // back: it reads only whole blocks, so a write that ends there leaves it with nothing held back.
      const step = Math.max(probe.contentLeft(), 512) - probe.buffered()
      const end = Math.min(chunk.length, pos + step)
      const piece = chunk.subarray(pos, end)
      asOurs(() => parser.write(piece))
      pos = end
      if (pos < chunk.length && !failure && !atEnd && probe.idle()) {
        lane.resume()
        lane.write(chunk.subarray(pos))
        return
      }
    }
  }

  /** A plain entry the lane read, as onEntry takes it. */
  function fromLane(header: Readonly<PlainEntry>): FileEntry | null {
    if (options.counts) options.counts.plain++
    return onEntry(header.path, header.directory ? 'Directory' : 'File', header.size, header.mode, undefined, 0)
  }

  /** The key of a file just given by onEntry: its path, or a key of its own when npm does not write it. */
  const keyOf = (file: FileEntry) => (file.notInstalled ? `\0${entries}` : file.path)
  const isManifest = (file: FileEntry) => !file.notInstalled && file.path === 'package.json'

  /** Records a file read to its end. */
  function record(file: FileEntry, key: string, facts: FileFacts): void {
    file.facts = facts
    const before = byPath.size
    byPath.set(key, file)
    if (byPath.size === before) {
      // A duplicate: the later entry wins, as it does on extraction; re-inserting keeps archive order.
      if (duplicates.size < MAX_LISTED) duplicates.add(file.path)
      byPath.delete(key)
      byPath.set(key, file)
    }
  }

  /**
   * One entry, as node-tar gives it (its path, type name, size, mode and link
   * target; `declared` is the size a directory header declared): recorded, and
   * the regular file whose content is to be read (onEntry's caller then records it); null for anything else.
   */
  function onEntry(name: string, nodeTarType: string, size: number, mode: number, linkpath: string | undefined, declared: number): FileEntry | null {
    entries++
    if (entries > limits.maxEntries) {
      fail(`more than ${limits.maxEntries} entries (raise the cap with --max-entries)`)
      return null
    }
    const { type, tarType } = describeType(nodeTarType)
    if (type === 'directory') {
      if (declared > 0) fail(`the directory ${JSON.stringify(name)} declares a size of ${declared} bytes (npm reads what follows as entries, other tools skip it as content)`)
      return null
    }
    if (linkpath && type !== 'symlink' && type !== 'link') {
      // Only a PAX header can give one (the ustar field would be refused above). node-tar then
      // checks the target of a plain file, and can even stall on it: npm never packs such an entry.
      fail(`${JSON.stringify(name)} is not a link but a PAX header gives it a link target (npm may skip it, or stall on it)`)
      return null
    }
    const slash = name.indexOf('/')
    // Nearly every entry has the root of the one before: compared in place, without slicing a string.
    if (slash !== lastRoot.length || !name.startsWith(lastRoot)) {
      lastRoot = slash === -1 ? '' : name.slice(0, slash)
      if (!roots.has(lastRoot) && roots.size < MAX_LISTED) roots.add(lastRoot)
    }
    let installed = slash === -1 ? { path: name, skipped: 'it is not inside a folder, and npm strips the first folder of every name' } : installPath(name)
    let archiveName = name
    if (type === 'file') {
      if (name.endsWith('.npmignore') && (name.length === 10 || name.charCodeAt(name.length - 11) === 0x2f)) npmignores.add(name)
      else if (name.endsWith('.gitignore') && (name.length === 10 || name.charCodeAt(name.length - 11) === 0x2f)) {
        // pacote writes a .gitignore as .npmignore (npm pack treats it as one), unless one was already written.
        const renamed = `${name.slice(0, -'.gitignore'.length)}.npmignore`
        if (npmignores.has(renamed)) installed = { path: installed.path, skipped: 'npm skips a .gitignore next to a .npmignore' }
        else {
          archiveName = renamed
          installed = slash === -1 ? installed : installPath(renamed)
        }
      }
    } else {
      installed = { path: installed.path, skipped: type === 'other' ? 'npm does not write this type of entry' : 'npm does not write links' }
    }
    const path = installed.path
    const fileEntry: FileEntry = { path, size, mode, type, facts: {} }
    if (linkpath) fileEntry.linkTarget = linkpath
    if (tarType) fileEntry.tarType = tarType
    if (archiveName.length !== path.length + 8 || !archiveName.startsWith('package/') || !archiveName.endsWith(path)) fileEntry.rawName = name
    if (installed.skipped) fileEntry.notInstalled = installed.skipped
    if (type !== 'file') {
      // A link or device does not replace a file on install (npm skips it): it is listed on its own.
      byPath.set(`\0${entries}`, fileEntry)
      return null
    }
    return fileEntry
  }

  /** Inspects one file's content as it streams, then records the file. */
  class FileSink implements ContentSink {
    private readonly inspector: FileInspector
    private readonly manifestChunks: Buffer[] | null
    private manifestBytes = 0

    constructor(
      private readonly file: FileEntry,
      private readonly key: string,
    ) {
      this.inspector = new FileInspector(file.path, limits.maxSecretScanBytes, options.scanSecrets ?? true)
      this.manifestChunks = isManifest(file) ? [] : null
    }

    write(chunk: Buffer): void {
      if (failure) return
      this.inspector.write(chunk)
      if (this.manifestChunks && this.manifestBytes <= MANIFEST_CAP) {
        // A copy of the bytes up to one past MANIFEST_CAP: the chunk may be part of a larger buffer that is not ours to keep.
        const part = Buffer.from(chunk.subarray(0, MANIFEST_CAP + 1 - this.manifestBytes))
        this.manifestChunks.push(part)
        this.manifestBytes += part.length
      }
    }

    end(): void {
      if (this.manifestChunks) manifest = Buffer.concat(this.manifestChunks)
      record(this.file, this.key, this.inspector.end())
    }
  }

  const toParser = new Writable({
    highWaterMark: CHUNK_BYTES,
    write(chunk: Buffer, _encoding, callback) {
      unpackedBytes += chunk.length
      if (unpackedBytes > limits.maxBytes) fail(`decompresses to more than ${formatCap(limits.maxBytes)} (a gzip bomb, or raise the cap with --max-bytes)`)
      if (unpackedBytes === chunk.length && chunk[0] === 0x1f && chunk[1] === 0x8b) fail('the tar data starts with the bytes of a gzip header (a gzip inside a gzip), which npm and pack-guard would read differently')
      // npm stops at the end-of-archive marker (two zero blocks), as GNU tar does: what follows is
      // never read. It is still decompressed, within --max-bytes, so the source is read to its end.
      // Every entry is consumed as it is parsed, so the parser never holds data back.
      if (!failure && !atEnd) {
        if (lane.active) lane.write(chunk)
        else if (probe?.idle()) {
          lane.resume()
          lane.write(chunk)
        } else toNodeTar(chunk)
      }
      callback(failure)
    },
    final(callback) {
      if (failure) return callback(failure)
      if (lane.active && !lane.finish()) fail('truncated tar archive')
      if (failure) return callback(failure)
      parser.on('end', () => callback(failure))
      asOurs(() => parser.end())
    },
  })

  try {
    await pipeline(source, countPacked, gunzip, toParser)
  } catch (error) {
    throw explainReadError(failure ?? error, label)
  }
  if (failure) throw failure
  if (entries === 0) throw new PackGuardError(`${label}: the tarball holds no entries`)

  const files = [...byPath.values()]
  refuseFolderClashes(byPath, label)
  let unpackedSize = 0
  let fileCount = 0
  for (const file of files) {
    if (file.type !== 'file' || file.notInstalled) continue
    unpackedSize += file.size
    fileCount++
  }
  const { name, version, license, facts } = parseManifest(manifest, label)
  return { name, version, license, files, packedSize, unpackedSize, fileCount, archive: { roots: [...roots], duplicates: [...duplicates] }, manifest: facts }
}

/**
 * A path that is a file and also the folder of another file: npm writes whichever
 * comes first and fails on the other, so what installs depends on order. Refused.
 * `byPath` holds the installed files by path (other entries under keys starting with NUL).
 */
function refuseFolderClashes(byPath: ReadonlyMap<string, FileEntry>, label: string): void {
  const folders = new Set<string>()
  let lastFolder = ''
  for (const path of byPath.keys()) {
    if (path.charCodeAt(0) === 0) continue
    // Files come folder by folder: one comparison skips a folder already walked up from.
    const last = path.lastIndexOf('/')
    if (last > 0 && lastFolder.length === last && path.startsWith(lastFolder)) continue
    lastFolder = last > 0 ? path.slice(0, last) : ''
    for (let slash = last; slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
      const folder = path.slice(0, slash)
      if (folders.has(folder)) break
      folders.add(folder)
      if (byPath.has(folder)) throw new PackGuardError(`${label}: ${JSON.stringify(folder)} is both a file and a folder in the tarball (what npm installs depends on their order)`)
    }
  }
}

/** The manifest's licence as one string: SPDX, or the old `{ type }` and `licenses: [...]` shapes; null when there is none. */
function manifestLicense(data: { license?: unknown; licenses?: unknown } | null): string | null {
  const one = (value: unknown): string | undefined =>
    typeof value === 'string' ? value : value && typeof value === 'object' && typeof (value as { type?: unknown }).type === 'string' ? (value as { type: string }).type : undefined
  const direct = one(data?.license)
  if (direct) return direct
  if (Array.isArray(data?.licenses)) {
    const all = data.licenses.map(one).filter((value): value is string => Boolean(value))
    if (all.length > 0) return all.length === 1 ? all[0] : `(${all.join(' OR ')})`
  }
  return null
}

function parseManifest(manifest: Buffer | null, label: string): { name: string; version: string; license: string | null; facts: ManifestFacts } {
  if (!manifest) throw new PackGuardError(`${label}: no package.json at the package root`)
  if (manifest.length > MANIFEST_CAP) throw new PackGuardError(`${label}: package.json in the tarball is larger than ${formatCap(MANIFEST_CAP)}, more than pack-guard reads`)
  try {
    const data = JSON.parse(manifest.toString('utf8')) as { name?: unknown; version?: unknown; license?: unknown; licenses?: unknown } | null
    return {
      name: typeof data?.name === 'string' ? data.name : '(unnamed)',
      version: typeof data?.version === 'string' ? data.version : '0.0.0',
      license: manifestLicense(data),
      facts: manifestFacts(data),
    }
  } catch {
    throw new PackGuardError(`${label}: package.json in the tarball is not valid JSON`)
  }
}

function formatCap(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${bytes / 1024 ** 3} GiB` : bytes >= 1024 ** 2 ? `${Math.round(bytes / 1024 ** 2)} MiB` : `${bytes} bytes`
}

function explainReadError(error: unknown, label: string): Error {
  if (error instanceof PackGuardError) return error
  const err = error as NodeJS.ErrnoException
  const message = String(err?.message ?? error)
  if (err?.code === 'ENOENT') return new PackGuardError(`${label}: no such file`)
  if (err?.code === 'Z_DATA_ERROR' || /incorrect header check|invalid (?:block type|distance|stored block)/i.test(message)) {
    return new PackGuardError(`${label}: not a gzip file (${message})`)
  }
  if (err?.code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(message)) return new PackGuardError(`${label}: truncated gzip data`)
  return new PackGuardError(`${label}: cannot read the tarball (${message})`)
}
