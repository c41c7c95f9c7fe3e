import { createHash } from 'node:crypto'
import { ANCHORS, SECRET_PATTERNS, type Anchor } from '../core/secrets/patterns.js'

/** A secret found in a file, already redacted: the value itself is never kept here. */
export interface SecretMatch {
  kind: string
  line: number
  /** The first 4 characters of the value. */
  preview: string
  /** `sha256:` and the first 12 hex digits of the value's SHA-256. */
  fingerprint: string
}

export interface SecretScanFacts {
  matches: SecretMatch[]
  /**
   * Only the start of the file was scanned: it is larger than the scan cap (`size`),
   * or so dense with secret-like text that judging each place would take too long (`dense`).
   */
  partial?: 'size' | 'dense'
  /**
   * The raw values, each once: only for the action to mask them in the job log
   * (`core.setSecret`). Never rendered or serialised: findings carry `matches`.
   */
  values?: string[]
}

/** The line a match sits on (at most 200 characters either side): what `rejectOnLine` looks at. */
function lineAround(text: string, index: number, length: number): string {
  const start = Math.max(text.lastIndexOf('\n', index) + 1, index - 200)
  const newline = text.indexOf('\n', index + length)
  const end = Math.min(newline === -1 ? text.length : newline, index + length + 200)
  return text.slice(start, end)
}

/** The patterns with global twins of their regexes, to walk every match of a window. */
const PATTERNS = SECRET_PATTERNS.map((pattern, rank) => ({ ...pattern, rank, global: new RegExp(pattern.regex.source, `${pattern.regex.flags}g`) }))

/** Every match of a global regex in `text`, in order. */
function allMatches(regex: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = []
  regex.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = regex.exec(text)) !== null) {
    found.push(match)
    if (match[0].length === 0) regex.lastIndex++
  }
  return found
}

const isWordByte = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f
/** `\s` for one latin1 byte. */
const isSpaceByte = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0

/** The longest `user:password@` looked for after `://` (the pattern's own limits, 128 + 1 + 256 + 1). */
const USERINFO_MAX = 386
/** How far a pattern may reach around an anchor hit. */
const BEFORE = 80
const AFTER = 560
/** Bytes kept from one chunk for the next, so a secret across the boundary is still whole. */
const KEEP = BEFORE + AFTER
const BINARY_SNIFF = 8192
const MAX_MATCHES_PER_FILE = 50
/**
 * Anchor hits judged per file: this many, plus one per DENSE_BYTES scanned. Real
 * files stay far below (the most on 20 popular packages: 2,418 in 1.1 MB, and at
 * most one per 149 bytes); text built of anchors (`eyJeyJeyJ...`) stops early.
 */
const JUDGED_BASE = 10_000
const DENSE_BYTES = 256
const NEWLINE = 0x0a
const EMPTY = Buffer.alloc(0)

/** Default cap on bytes scanned per file; the incident's 57 MB map is scanned whole. */
export const DEFAULT_SECRET_SCAN_BYTES = 64 * 1024 * 1024

export function fingerprint(value: string): string {
  return `sha256:${createHash('sha256').update(value).digest('hex').slice(0, 12)}`
}

/** An anchor compiled for byte comparison: position i matches when `(byte | fold[i]) === want[i]`. */
interface CompiledAnchor {
  anchor: Anchor
  want: Uint8Array
  fold: Uint8Array
  /** Where `pair` sits in the literal. */
  pairAt: number
  /** The patterns of the anchor's kinds, by rank: what runs on the window of a hit. */
  patterns: ReadonlyArray<(typeof PATTERNS)[number]>
}

const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)

function compile(anchor: Anchor): CompiledAnchor {
  const literal = anchor.anyCase ? anchor.literal.toLowerCase() : anchor.literal
  const want = Uint8Array.from(Buffer.from(literal, 'latin1'))
  const fold = want.map((c) => (anchor.anyCase && isLetter(c) ? 0x20 : 0))
  const pairAt = literal.indexOf(anchor.anyCase ? anchor.pair.toLowerCase() : anchor.pair)
  if (pairAt < 0) throw new Error(`secret anchor ${anchor.literal}: pair ${anchor.pair} is not in it`)
  return { anchor, want, fold, pairAt, patterns: PATTERNS.filter((pattern) => anchor.kinds.includes(pattern.kind)) }
}

const COMPILED = ANCHORS.map(compile)

/** Index `first | second << 8`: 1 when some anchor's pair is these two bytes. */
const PAIR_SEEN = new Uint8Array(65536)
/** The anchors each pair stands for, by the same index. */
const PAIR_ANCHORS: Array<CompiledAnchor[] | undefined> = new Array(65536).fill(undefined)
for (const compiled of COMPILED) {
  const [a, b] = [compiled.pairAt, compiled.pairAt + 1]
  const variants = (i: number) => (compiled.fold[i] ? [compiled.want[i], compiled.want[i] & ~0x20] : [compiled.want[i]])
  for (const first of variants(a)) {
    for (const second of variants(b)) {
      const key = first | (second << 8)
      PAIR_SEEN[key] = 1
      ;(PAIR_ANCHORS[key] ??= []).push(compiled)
    }
  }
}

/** The word loop reads bytes in little-endian order; elsewhere the plain byte loop runs. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1

/** Word indexes where a pair hit, filled by `scanWords`. */
const WORD_HITS = new Int32Array(4096)
const wordScan = { count: 0, newlines: 0, end: 0 }

/**
 * The hot loop, kept small and free of objects so it compiles to tight code:
 * from word `from`, looks up the four pairs ending in each 32-bit word and notes
 * the words where one hits, until the end or until WORD_HITS is full; counts
 * newlines on the way with the exact zero-byte test on word ^ "\n\n\n\n".
 */
function scanWords(view: Int32Array, from: number, last: number): typeof wordScan {
  let count = 0
  let newlines = 0
  const words = view.length
  let j = from
  while (j < words) {
    const word = view[j]
    const x = word ^ 0x0a0a0a0a
    const zeros = ~(((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x | 0x7f7f7f7f)
    if (zeros !== 0) newlines += Math.imul(zeros >>> 7, 0x01010101) >>> 24
    j++
    if ((PAIR_SEEN[(last >>> 24) | ((word & 0xff) << 8)] | PAIR_SEEN[word & 0xffff] | PAIR_SEEN[(word >>> 8) & 0xffff] | PAIR_SEEN[word >>> 16]) !== 0) {
      WORD_HITS[count++] = j - 1
      if (count === WORD_HITS.length) break
    }
    last = word
  }
  wordScan.count = count
  wordScan.newlines = newlines
  wordScan.end = j
  return wordScan
}

/**
 * Above this many bytes {@link scanSecretsOnce} builds the scanner at once: its word
 * loop beats the byte loop of the check from about 512-1024 bytes of real code (the
 * files of node_modules, scripts/bench-inspect.mjs), where anchor pairs are common.
 */
const PRECHECK_BYTES = 512

/**
 * Whether some anchor's literal lies whole in `content`, compared as the scanner
 * compares it: without one the scanner has no hit to judge, so it finds nothing.
 * The scanner's first pass a byte at a time, stopping at the first hit.
 */
function holdsAnchor(content: Buffer): boolean {
  const length = content.length
  if (length < 2) return false // every literal is longer than its pair
  let previous = content[0]
  for (let i = 1; i < length; i++) {
    const byte = content[i]
    const pair = previous | (byte << 8)
    previous = byte
    if (PAIR_SEEN[pair] === 0) continue
    for (const { want, fold, pairAt } of PAIR_ANCHORS[pair]!) {
      const start = i - 1 - pairAt
      if (start < 0 || start + want.length > length) continue
      let k = 0
      while (k < want.length && (content[start + k] | fold[k]) === want[k]) k++
      if (k === want.length) return true
    }
  }
  return false
}

/**
 * What a {@link SecretScanner} finds in a file written to it in one chunk, the
 * same facts, without building one for a small file with no anchor in it (most
 * files): within the cap nothing is cut, so no hit means no match and no `partial`.
 */
export function scanSecretsOnce(path: string, content: Buffer, maxBytes = DEFAULT_SECRET_SCAN_BYTES): SecretScanFacts | undefined {
  if (content.length <= maxBytes && content.length <= PRECHECK_BYTES && !holdsAnchor(content)) return undefined
  const scanner = new SecretScanner(path, maxBytes)
  scanner.write(content)
  return scanner.end()
}

/**
 * Scans a file's bytes for secrets as they stream, at close to memory speed.
 * A first pass reads the bytes four at a time and looks up every adjacent pair
 * in a table of the anchors' rare pairs (and counts newlines on the way); only
 * where a pair hits is the whole anchor literal compared. Each anchor hit then
 * runs the patterns of its kinds on a window of text around it (hits whose windows
 * overlap share one text). Hits near the end of a chunk wait for the next one; the
 * last bytes of each chunk are kept. See docs/secrets.md.
 */
export class SecretScanner {
  /** The last bytes before the current chunk (at most KEEP), starting at `tailStart`. */
  private tail: Buffer = EMPTY
  private tailStart = 0
  private chunk: Buffer = EMPTY
  private chunkStart = 0
  /** Newlines before `chunkStart`. */
  private newlinesBeforeChunk = 0
  /** Pair hits still to compare: absolute start of the literal, and the anchor. */
  private candidates: Array<{ start: number; anchor: CompiledAnchor }> = []
  /** Anchor hits still to judge, waiting for the bytes after them. */
  private hits: Array<{ start: number; anchor: CompiledAnchor }> = []
  private scanned = 0
  private judged = 0
  private stopped = false
  /** Bytes looked at for a NUL, and whether one was found there. */
  private sniffed = 0
  private binary = false
  private partial: SecretScanFacts['partial']
  /** Fingerprints recorded so far; built with the first secret, as most files hold none. */
  private seen: Map<string, { match: SecretMatch; rank: number }> | undefined
  private readonly matches: SecretMatch[] = []
  private readonly values: string[] = []

  /** By pattern rank: whether the pattern applies to this file's path. Read when the first hit is judged. */
  private pathAllows: boolean[] | undefined

  constructor(
    private readonly path: string,
    private readonly maxBytes = DEFAULT_SECRET_SCAN_BYTES,
  ) {}

  write(chunk: Buffer): void {
    if (this.binary || chunk.length === 0) return
    // Binary when a NUL comes in the first BINARY_SNIFF bytes, in whichever chunk (even past a size cut):
    // what is found must not depend on where the stream splits the file.
    if (this.sniffed < BINARY_SNIFF) {
      const left = BINARY_SNIFF - this.sniffed
      this.sniffed += Math.min(left, chunk.length)
      const nul = chunk.indexOf(0)
      if (nul !== -1 && nul < left) {
        this.binary = true // nothing to read as text
        this.stopped = true
        return
      }
    }
    if (this.stopped) return
    if (this.scanned + chunk.length > this.maxBytes) {
      chunk = chunk.subarray(0, this.maxBytes - this.scanned)
      this.partial = 'size'
      this.stopped = true
    }
    this.scanned += chunk.length
    this.chunk = chunk
    this.chunkStart = this.tailStart + this.tail.length
    const chunkNewlines = this.findPairs(chunk)
    this.settle(this.stopped)
    this.keepTail(chunkNewlines)
  }

  end(): SecretScanFacts | undefined {
    if (this.binary) return undefined
    if (!this.stopped) this.settle(true)
    if (this.matches.length === 0 && !this.partial) return undefined
    const facts: SecretScanFacts = { matches: this.matches }
    if (this.partial) facts.partial = this.partial
    if (this.values.length) facts.values = this.values
    return facts
  }

  /** The first pass over a chunk: queues a candidate for every anchor pair, and returns the chunk's newline count. */
  private findPairs(chunk: Buffer): number {
    let previous = this.tail.length > 0 ? this.tail[this.tail.length - 1] : 0
    const base = this.chunkStart
    // Bytes before the first 4-byte boundary, and all of them where words are big-endian.
    const lead = LITTLE_ENDIAN ? Math.min(chunk.length, (4 - (chunk.byteOffset & 3)) & 3) : chunk.length
    const words = (chunk.length - lead) >> 2
    let newlines = this.pairsOneByOne(chunk, 0, lead, previous)
    if (words > 0) {
      if (lead > 0) previous = chunk[lead - 1]
      const view = new Int32Array(chunk.buffer, chunk.byteOffset + lead, words)
      let last = previous << 24
      for (let from = 0; from < words; ) {
        const found = scanWords(view, from, last)
        newlines += found.newlines
        for (let k = 0; k < found.count; k++) {
          const j = WORD_HITS[k]
          this.queueWord(j > 0 ? view[j - 1] : last, view[j], base + lead + 4 * j)
        }
        from = found.end
        last = view[from - 1]
      }
      previous = last >>> 24
    }
    const rest = lead + 4 * words
    return newlines + this.pairsOneByOne(chunk, rest, chunk.length, rest > 0 ? chunk[rest - 1] : previous)
  }

  /** The same as the word loop, a byte at a time, for [from, to) of the chunk. */
  private pairsOneByOne(chunk: Buffer, from: number, to: number, previous: number): number {
    let newlines = 0
    for (let i = from; i < to; i++) {
      const byte = chunk[i]
      if (byte === NEWLINE) newlines++
      const key = previous | (byte << 8)
      if (PAIR_SEEN[key] !== 0) this.queue(key, this.chunkStart + i - 1)
      previous = byte
    }
    return newlines
  }

  /** The slow path of the word loop, out of line: queues the pairs ending in `word`, which starts at `at`. */
  private queueWord(last: number, word: number, at: number): void {
    const before = (last >>> 24) | ((word & 0xff) << 8)
    if (PAIR_SEEN[before] !== 0) this.queue(before, at - 1)
    if (PAIR_SEEN[word & 0xffff] !== 0) this.queue(word & 0xffff, at)
    if (PAIR_SEEN[(word >>> 8) & 0xffff] !== 0) this.queue((word >>> 8) & 0xffff, at + 1)
    if (PAIR_SEEN[word >>> 16] !== 0) this.queue(word >>> 16, at + 2)
  }

  private queue(pair: number, pairStart: number): void {
    const anchors = PAIR_ANCHORS[pair]
    if (anchors === undefined) return
    const chunk = this.chunk
    for (let a = 0; a < anchors.length; a++) {
      const anchor = anchors[a]
      const start = pairStart - anchor.pairAt
      if (start < 0) continue
      const offset = start - this.chunkStart
      const { want, fold } = anchor
      if (offset + want.length > chunk.length) {
        this.candidates.push({ start, anchor }) // runs past this chunk: compared when the next one comes
      } else if (offset < 0) {
        if (this.literalAt(start, anchor)) this.hits.push({ start, anchor })
      } else {
        // The common case, inline: the literal lies whole in this chunk, and most differ at once.
        let i = 0
        while (i < want.length && (chunk[offset + i] | fold[i]) === want[i]) i++
        if (i === want.length) this.hits.push({ start, anchor })
      }
    }
  }

  /** Compares the candidates whose bytes have all arrived, then judges the hits whose windows have. */
  private settle(final: boolean): void {
    const available = this.chunkStart + this.chunk.length
    if (this.candidates.length > 0) {
      const waiting: typeof this.candidates = []
      for (const candidate of this.candidates) {
        if (candidate.start + candidate.anchor.want.length > available) {
          if (!final) waiting.push(candidate)
        } else if (this.literalAt(candidate.start, candidate.anchor)) {
          this.hits.push(candidate)
        }
      }
      this.candidates = waiting
    }
    if (this.hits.length === 0) return
    this.hits.sort((a, b) => a.start - b.start)
    let ready = 0
    while (ready < this.hits.length && (final || this.hits[ready].start + AFTER <= available)) ready++
    const judging = this.hits.slice(0, ready).filter((hit) => this.follows(hit.anchor, hit.start + hit.anchor.want.length))
    this.hits = this.hits.slice(ready)
    // Hits whose windows overlap are judged together, on one text: each pattern runs
    // once over it, so a file dense with anchors costs linear time, not a window per hit.
    for (let first = 0; first < judging.length; ) {
      let last = first
      while (last + 1 < judging.length && judging[last + 1].start - BEFORE < judging[last].start + AFTER) last++
      this.judged += last + 1 - first
      if (this.judged > JUDGED_BASE + this.scanned / DENSE_BYTES) {
        if (!this.partial) this.partial = 'dense'
        this.stop()
        return
      }
      this.judgeCluster(judging.slice(first, last + 1))
      if (this.matches.length >= MAX_MATCHES_PER_FILE) {
        this.stop()
        return
      }
      first = last + 1
    }
  }

  private stop(): void {
    this.stopped = true
    this.hits = []
    this.candidates = []
  }

  /** Whether what follows an anchor's literal at `position` is what the anchor needs (see `Anchor.follow`). */
  private follows({ anchor }: CompiledAnchor, position: number): boolean {
    if (anchor.follow === undefined) return true
    return anchor.follow === 'assignment' ? this.assignmentAfter(position) : this.userinfoAfter(position)
  }

  /** Whether bytes from `position` (after `://`) read as `user:password@`: a colon, then an `@` before the host ends. */
  private userinfoAfter(position: number): boolean {
    const end = Math.min(this.chunkStart + this.chunk.length, position + USERINFO_MAX)
    let colon = -1
    for (let p = position; p < end; p++) {
      const c = this.byteAt(p)
      if (c === 0x40) return colon > position && p > colon + 1
      if (c === 0x3a) {
        if (colon === -1) colon = p
      } else if (c <= 0x20 || c === 0x2f || c === 0x3f || c === 0x23 || c === 0x22 || c === 0x27 || c === 0x60 || c === 0x3c || c === 0x3e || c === 0x5c) {
        return false
      }
    }
    return false
  }

  /** Whether bytes from `position` read as the rest of an assignment: up to 20 word characters, a quote, spaces, then `:` or `=`. */
  private assignmentAfter(position: number): boolean {
    const end = this.chunkStart + this.chunk.length
    let p = position
    while (p < end && p - position < 20 && isWordByte(this.byteAt(p))) p++
    if (p < end && (this.byteAt(p) === 0x22 || this.byteAt(p) === 0x27)) p++
    while (p < end && isSpaceByte(this.byteAt(p))) p++
    return p < end && (this.byteAt(p) === 0x3a || this.byteAt(p) === 0x3d)
  }

  private byteAt(position: number): number {
    return position >= this.chunkStart ? this.chunk[position - this.chunkStart] : this.tail[position - this.tailStart]
  }

  private literalAt(start: number, { want, fold }: CompiledAnchor): boolean {
    for (let i = 0; i < want.length; i++) if ((this.byteAt(start + i) | fold[i]) !== want[i]) return false
    return true
  }

  /** The bytes [from, to) of the tail and chunk as latin1 text (one byte, one character). */
  private text(from: number, to: number): string {
    from = Math.max(from, this.tailStart)
    to = Math.min(to, this.chunkStart + this.chunk.length)
    const inTail = from < this.chunkStart ? this.tail.toString('latin1', from - this.tailStart, Math.min(to, this.chunkStart) - this.tailStart) : ''
    const inChunk = to > this.chunkStart ? this.chunk.toString('latin1', Math.max(from, this.chunkStart) - this.chunkStart, to - this.chunkStart) : ''
    return inTail + inChunk
  }

  /** Judges hits in order: for each, the first pattern of its kinds (by rank) with an accepted match over the hit. */
  private judgeCluster(cluster: Array<{ start: number; anchor: CompiledAnchor }>): void {
    const from = Math.max(this.tailStart, cluster[0].start - BEFORE)
    const text = this.text(from, cluster[cluster.length - 1].start + AFTER)
    // Per pattern: its matches in the text, and a cursor (hits come in order, and so do matches).
    const matchesOf = new Map<(typeof PATTERNS)[number], { all: RegExpExecArray[]; next: number }>()
    const path = this.path
    const pathAllows = (this.pathAllows ??= PATTERNS.map((pattern) => !pattern.pathFilter || pattern.pathFilter.test(path)))
    for (const hit of cluster) {
      const at = hit.start - from
      for (const pattern of hit.anchor.patterns) {
        if (!pathAllows[pattern.rank]) continue
        let found = matchesOf.get(pattern)
        if (!found) matchesOf.set(pattern, (found = { all: allMatches(pattern.global, text), next: 0 }))
        while (found.next < found.all.length && found.all[found.next].index + found.all[found.next][0].length <= at) found.next++
        const match = found.all[found.next]
        if (!match || match.index > at) continue
        const value = match.groups?.value ?? match[match.length - 1] ?? match[1]
        if (pattern.accept && !pattern.accept(value, match)) continue
        if (pattern.rejectOnLine && pattern.rejectOnLine.test(lineAround(text, match.index, match[0].length))) continue
        this.record(pattern, value, from + match.index)
        break
      }
      if (this.matches.length >= MAX_MATCHES_PER_FILE) return
    }
  }

  private record(pattern: (typeof PATTERNS)[number], value: string, position: number): void {
    const decoded = Buffer.from(value, 'latin1').toString('utf8')
    const print = fingerprint(decoded)
    const seen = (this.seen ??= new Map())
    const earlier = seen.get(print)
    if (earlier) {
      // The same value under a more specific kind (a GitHub token in `token = "..."`) keeps the specific kind.
      if (pattern.rank < earlier.rank) {
        earlier.match.kind = pattern.kind
        earlier.rank = pattern.rank
      }
      return
    }
    this.values.push(decoded)
    const found: SecretMatch = { kind: pattern.kind, line: this.lineAt(position), preview: decoded.slice(0, 4), fingerprint: print }
    seen.set(print, { match: found, rank: pattern.rank })
    this.matches.push(found)
  }

  /** The 1-based line of an absolute position in the tail or the chunk. Rare: only for a secret found. */
  private lineAt(position: number): number {
    let line = 1 + this.newlinesBeforeChunk
    for (let p = this.chunkStart; p < position; p++) if (this.byteAt(p) === NEWLINE) line++
    for (let p = position; p < this.chunkStart; p++) if (this.byteAt(p) === NEWLINE) line--
    return line
  }

  /**
   * Keeps the last KEEP bytes of tail and chunk for the next chunk's windows. Most
   * often a view of the chunk, not a copy: chunks are never written again once
   * streamed (zlib's output and tar-stream's entries are fresh memory).
   */
  private keepTail(chunkNewlines: number): void {
    const end = this.chunkStart + this.chunk.length
    this.tail = this.chunk.length >= KEEP ? this.chunk.subarray(this.chunk.length - KEEP) : Buffer.concat([this.tail, this.chunk]).subarray(-KEEP)
    this.tailStart = end - this.tail.length
    this.newlinesBeforeChunk += chunkNewlines
    this.chunk = EMPTY
    this.chunkStart = end
  }
}
