/**
 * The reader's plain lane (issue 19): nearly every entry of an npm tarball is a
 * plain ustar file or directory, and node-tar spends most of its per-entry time
 * on a stream, an event emitter and three dates for each. The lane walks the
 * blocks of such entries itself and hands each file's content to the reader in
 * place. At the first header it does not take (readPlainEntry: PAX, long names,
 * links, end-of-archive blocks, a bad checksum, anything unusual), it hands the
 * archive, from that header on, to node-tar; the reader gives it back to the lane
 * when node-tar is between two entries again with nothing pending (NodeTarProbe).
 *
 * node-tar carries no state from one plain entry to the next but whether it has
 * seen a valid entry and sniffed for gzip, so a fresh parser that first reads
 * one plain directory header (syntheticEntry, skipped by the reader) continues
 * exactly where the lane stopped. The archive parity test compares the result
 * with node-tar extracting the whole archive, with chunks split anywhere.
 */
import { Header, type Parser } from 'tar'
import { type PlainEntry, readPlainEntry } from './fast-header.js'

const BLOCK = 512

/** Where a file's content goes. */
export interface ContentSink {
  write(chunk: Buffer): void
  end(): void
}

export interface LaneTarget {
  /** A plain entry the lane took whose content (empty for a directory) lies whole in one chunk. */
  whole(header: Readonly<PlainEntry>, content: Buffer): void
  /** A plain entry the lane took whose content spans chunks: where it goes, or null to skip it. */
  open(header: Readonly<PlainEntry>): ContentSink | null
  /**
   * The rest of the archive, from the first header the lane does not take, for
   * node-tar; `afterEntries` is true when the lane took entries before it.
   */
  handOver(rest: Buffer, afterEntries: boolean): void
}

const EMPTY = Buffer.alloc(0)

let synthetic: Buffer | undefined

/** A plain directory header (built once): what node-tar reads first when it continues after the lane. */
export function syntheticEntry(): Buffer {
  if (!synthetic) {
    const header = new Header({ path: 'package/', type: 'Directory', mode: 0o755, uid: 0, gid: 0, size: 0, mtime: new Date(0) })
    header.encode()
    synthetic = header.block as Buffer
  }
  return synthetic
}

export class PlainLane {
  private readonly header: PlainEntry = { path: '', directory: false, size: 0, mode: 0 }
  private sink: ContentSink | null = null
  /** Content bytes of the current entry still to come. */
  private remain = 0
  /** Padding bytes after the current entry's content still to skip. */
  private padding = 0
  /** The start of a header block split between chunks. */
  private carry: Buffer | null = null
  private tookEntries = false
  /** False once the archive is node-tar's. */
  active = true

  constructor(private readonly target: LaneTarget) {}

  write(chunk: Buffer): void {
    if (!this.active) throw new Error('the plain lane has handed over')
    const length = chunk.length
    let pos = this.remain > 0 || this.padding > 0 ? this.consume(chunk, 0) : 0
    if (this.carry && pos < length) {
      const need = BLOCK - this.carry.length
      if (length - pos < need) {
        this.carry = Buffer.concat([this.carry, chunk.subarray(pos)])
        return
      }
      const block = Buffer.concat([this.carry, chunk.subarray(pos, pos + need)])
      this.carry = null
      pos += need
      if (!readPlainEntry(block, 0, this.header)) return this.handOver(Buffer.concat([block, chunk.subarray(pos)]))
      pos = this.begin(chunk, pos)
    }
    while (pos + BLOCK <= length) {
      if (!readPlainEntry(chunk, pos, this.header)) return this.handOver(chunk.subarray(pos))
      pos = this.begin(chunk, pos + BLOCK)
    }
    if (pos < length) this.carry = chunk.subarray(pos)
  }

  /**
   * At the end of the input: false when it stops inside an entry's content or
   * padding (a truncated archive); otherwise hands what is left, if anything,
   * to node-tar, which judges it as it would at the end, and returns true.
   */
  finish(): boolean {
    if (this.remain > 0 || this.padding > 0) return false
    this.handOver(this.carry ?? EMPTY)
    return true
  }

  /** node-tar is back between two entries with nothing pending (NodeTarProbe.idle): the lane reads on. */
  resume(): void {
    this.active = true
  }

  private handOver(rest: Buffer): void {
    this.active = false
    this.carry = null
    this.target.handOver(rest, this.tookEntries)
  }

  /** The entry whose header was just read: its content starts at `chunk[pos]`. Returns where reading stopped. */
  private begin(chunk: Buffer, pos: number): number {
    this.tookEntries = true
    const size = this.header.size
    this.padding = (BLOCK - (size % BLOCK)) % BLOCK
    if (size <= chunk.length - pos) {
      this.target.whole(this.header, size === 0 ? EMPTY : chunk.subarray(pos, pos + size))
      return this.skipPadding(chunk, pos + size)
    }
    this.sink = this.target.open(this.header)
    this.remain = size
    return this.consume(chunk, pos)
  }

  /** Consumes content that spans chunks, then its padding, from `chunk[pos]`; returns where it stopped. */
  private consume(chunk: Buffer, pos: number): number {
    const available = chunk.length - pos
    if (this.remain > 0) {
      if (this.remain > available) {
        // Never an empty write: a scanner may decide from its first chunk's first bytes.
        if (available > 0) {
          this.sink?.write(pos === 0 ? chunk : chunk.subarray(pos))
          this.remain -= available
        }
        return chunk.length
      }
      const end = pos + this.remain
      this.sink?.write(chunk.subarray(pos, end))
      this.sink?.end()
      this.sink = null
      this.remain = 0
      pos = end
    }
    return this.skipPadding(chunk, pos)
  }

  private skipPadding(chunk: Buffer, pos: number): number {
    const skip = this.padding < chunk.length - pos ? this.padding : chunk.length - pos
    this.padding -= skip
    return pos + skip
  }
}

/**
 * What the reader needs to know of node-tar's parser to give the archive back to the
 * plain lane after a header the lane does not take (a PAX header, say): read from the
 * parser's own fields, by the names node-tar 7 gives them. When a name is missing (another
 * node-tar), there is no probe and node-tar reads the archive to its end, as it may.
 */
export interface NodeTarProbe {
  /** Between two entries, with no header, PAX data, global header, end-of-archive block or partial block pending. */
  idle(): boolean
  /** Bytes node-tar reads next as one entry's content and padding; 0 when it reads a header next. */
  contentLeft(): number
  /** Bytes node-tar holds back until it has a block's worth (it reads only whole blocks). */
  buffered(): number
  /** A global PAX header applies to every later entry: node-tar keeps the archive to its end. */
  global(): boolean
}

const PARSER_FIELDS = ['state', 'extendedHeader', 'globalExtendedHeader', 'sawNullBlock', 'sawEOF', 'buffer', 'queue', 'readEntry', 'writeEntry', 'aborted', 'sawValidEntry'] as const

export function nodeTarProbe(parser: Parser): NodeTarProbe | undefined {
  const byName = new Map(Object.getOwnPropertySymbols(parser).map((symbol) => [symbol.description, symbol]))
  if (!PARSER_FIELDS.every((name) => byName.has(name))) return undefined
  const fields = parser as unknown as Record<symbol, unknown>
  const field = (name: (typeof PARSER_FIELDS)[number]) => fields[byName.get(name)!]
  return {
    idle() {
      const reading = field('readEntry') as { emittedEnd?: boolean } | undefined
      return (
        field('state') === 'header' &&
        field('extendedHeader') === undefined &&
        field('globalExtendedHeader') === undefined &&
        field('sawNullBlock') === false &&
        field('sawEOF') === false &&
        field('aborted') === false &&
        field('sawValidEntry') === true &&
        field('buffer') === undefined &&
        // The last entry written to stays there when it had no content; what matters is that none is left of it.
        ((field('writeEntry') as { blockRemain?: number } | undefined)?.blockRemain ?? 0) === 0 &&
        (field('queue') as unknown[]).length === 0 &&
        (reading === undefined || reading.emittedEnd === true)
      )
    },
    contentLeft() {
      const state = field('state')
      if (state !== 'body' && state !== 'ignore' && state !== 'meta') return 0
      return (field('writeEntry') as { blockRemain?: number } | undefined)?.blockRemain ?? 0
    },
    buffered: () => (field('buffer') as Buffer | undefined)?.length ?? 0,
    global: () => field('globalExtendedHeader') !== undefined,
  }
}
