import { type SourceMapFacts, SourceMapScanner } from './source-map-scanner.js'

/** The last `sourceMappingURL` comment of a script or stylesheet. */
export interface SourceMappingUrlFacts {
  /** `inline` for a data: URL, `external` for a remote URL (`https://`, protocol-relative `//host/`), `relative` otherwise. */
  kind: 'inline' | 'external' | 'relative'
  /** The URL as written, cut to {@link URL_CAP} characters; for inline maps only the data: header. */
  url: string
  /** For inline maps: what the decoded map holds. */
  inline?: SourceMapFacts
}

const NEEDLE = Buffer.from('sourceMappingURL=')
const EMPTY = Buffer.alloc(0)
/** Bytes kept from the stream before each chunk: enough for a needle split across chunks and its comment marker. */
const TAIL = 32
const URL_CAP = 2048
const REMOTE = /^[a-z][a-z0-9+.-]*:\/\/|^\/\/[^/]/i
/** A URL as written in a real comment after code: no `${...}`, `(`, `+` or other signs of code that builds one. */
const PLAIN_URL = /^[\w.~:/?#@!&,;=%-]+$/

/** `\s` for one ASCII byte, as Node's `\s+` reads the gap after `//#`. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d)
}

function isUrlEnd(c: number): boolean {
  // whitespace, quotes, backtick, `*` of `*/`, and characters no real URL comment holds
  return c <= 0x20 || c === 0x22 || c === 0x27 || c === 0x60 || c === 0x2a || c === 0x3c || c === 0x3e || c === 0x5c
}

function isBase64(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f || c === 0x3d || c === 0x2d || c === 0x5f
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30
  if (c >= 0x41 && c <= 0x46) return c - 0x37
  if (c >= 0x61 && c <= 0x66) return c - 0x57
  return -1
}

/** What stands before a `sourceMappingURL=`: a comment marker (`//#`, `/*#`, `//@`, `/*@`, then any whitespace) or not. */
interface Opening {
  marker: boolean
  /** `/*`: a block comment, which `*\/` ends. */
  block: boolean
  /** The marker starts the file or follows whitespace: a comment of its own, not something after code or in a string. */
  ownLine: boolean
}

const NO_MARKER: Opening = { marker: false, block: false, ownLine: false }

/** Reads the opening from `ctx`, whose last byte is the last one before the whitespace gap; `ctxStart` is its offset in the file. */
function openingOf(ctx: Buffer, ctxStart: number): Opening {
  const n = ctx.length
  if (n < 3) return NO_MARKER
  const [slash, second, hash] = [ctx[n - 3], ctx[n - 2], ctx[n - 1]]
  if (slash !== 0x2f || (second !== 0x2f && second !== 0x2a) || (hash !== 0x23 && hash !== 0x40)) return NO_MARKER
  const ownLine = n >= 4 ? isSpace(ctx[n - 4]) : ctxStart === 0
  return { marker: true, block: second === 0x2a, ownLine }
}

/**
 * Finds `sourceMappingURL` comments in a stream of bytes where consumers find
 * them: `//#`, `/*#` (or the old `@`), any whitespace, then the needle, anywhere
 * on a line (Node's `/\/[*\/]#\s+sourceMappingURL=/`, source-map-support's `[@#]\s*`).
 * An inline `data:` map (base64, percent-encoded or raw JSON) is decoded as it
 * streams and fed to a {@link SourceMapScanner}, so a multi-megabyte inline map is
 * never held in memory. The last comment counts, as in Node.
 *
 * A comment after code on the same line counts when it is an inline map that
 * really is a map, or when its URL is plain and ends the comment (at whitespace,
 * `*\/` or the end of the file). Bundlers hold the text in strings and templates
 * (`"\n//# sourceMappingURL=" + url`, `` `\n/*# sourceMappingURL=${url} *\/` ``):
 * such a URL runs into a quote or is built by code, and is not this file's.
 */
export class SourceMappingUrlScanner {
  /** The last bytes of the stream before the current chunk. */
  private tail = EMPTY
  /** The last bytes of the stream before its trailing whitespace, and their offset: what precedes a gap that spans chunks. */
  private trimmed = EMPTY
  private trimmedStart = 0
  /** The opening before a needle that may start at the end of the previous chunk. */
  private pending: { at: number; opening: Opening } | undefined
  /** Bytes seen before the current chunk. */
  private seen = 0
  private capturing = false
  private opening: Opening = NO_MARKER
  private header: number[] = []
  private inData = false
  private base64 = false
  private base64Rest = ''
  private percent: number[] = []
  /** A `*` held back in a block comment's data: it ends the URL if `/` follows. */
  private heldStar = false
  /** How the URL ended: `clean` at whitespace, `*\/` or the end of the file; `quoted` at a quote or other stop. */
  private ending: 'clean' | 'quoted' = 'clean'
  private inlineScanner: SourceMapScanner | null = null
  private last: SourceMappingUrlFacts | undefined

  write(chunk: Buffer): void {
    let i = 0
    const continuesUrl = this.capturing
    if (continuesUrl) i = this.captureUrl(chunk, 0)
    // A needle that starts in an earlier chunk: its opening was read then.
    let keepPending = false
    if (!continuesUrl && this.pending) {
      const have = this.seen - this.pending.at
      const candidate = Buffer.concat([this.tail.subarray(this.tail.length - have), chunk.subarray(0, NEEDLE.length - have)])
      if (candidate.length === NEEDLE.length) {
        if (candidate.equals(NEEDLE)) i = this.open(this.pending.opening, chunk, NEEDLE.length - have)
      } else {
        keepPending = candidate.equals(NEEDLE.subarray(0, candidate.length)) // a chunk smaller than the needle
      }
    }
    if (!keepPending) this.pending = undefined
    while (i < chunk.length && !this.capturing) {
      const at = chunk.indexOf(NEEDLE, i)
      if (at === -1) break
      i = this.open(this.openingAt(chunk, at), chunk, at + NEEDLE.length)
    }
    if (!keepPending) this.notePartialNeedle(chunk)
    this.keepTail(chunk)
    this.seen += chunk.length
  }

  end(): SourceMappingUrlFacts | undefined {
    if (this.capturing) {
      if (this.heldStar) this.feedData(Buffer.from('*'))
      this.heldStar = false
      this.ending = 'clean'
      this.finishCapture()
    }
    return this.last
  }

  /** Starts reading a URL after a needle at `from` in the chunk, if a marker opens it. */
  private open(opening: Opening, chunk: Buffer, from: number): number {
    if (!opening.marker) return from
    this.opening = opening
    this.capturing = true
    this.header = []
    this.inData = false
    this.base64 = false
    this.base64Rest = ''
    this.percent = []
    this.heldStar = false
    this.inlineScanner = null
    return this.captureUrl(chunk, from)
  }

  /** The opening before a needle at `at` (0 or more) in this chunk. */
  private openingAt(chunk: Buffer, at: number): Opening {
    let j = at - 1
    while (j >= 0 && isSpace(chunk[j])) j--
    if (j < 0) return openingOf(this.trimmed, this.trimmedStart) // the gap reaches back into earlier chunks
    if (j >= 3) return openingOf(chunk.subarray(j - 3, j + 1), this.seen + j - 3)
    const ctx = Buffer.concat([this.tail, chunk.subarray(0, j + 1)])
    return openingOf(ctx, this.seen - this.tail.length)
  }

  /** When the chunk ends with the start of a needle (only one can: `s` opens the needle and is in it once), reads its opening now. */
  private notePartialNeedle(chunk: Buffer): void {
    if (this.capturing) return
    const from = Math.max(0, chunk.length - NEEDLE.length + 1)
    const found = chunk.subarray(from).lastIndexOf(NEEDLE[0])
    if (found === -1) return
    const s = from + found
    if (!chunk.subarray(s).equals(NEEDLE.subarray(0, chunk.length - s))) return
    this.pending = { at: this.seen + s, opening: this.openingAt(chunk, s) }
  }

  private keepTail(chunk: Buffer): void {
    let j = chunk.length - 1
    while (j >= 0 && isSpace(chunk[j])) j--
    if (j >= 0) {
      const joined = j + 1 >= TAIL ? chunk.subarray(j + 1 - TAIL, j + 1) : Buffer.concat([this.tail, chunk.subarray(0, j + 1)]).subarray(-TAIL)
      this.trimmed = Buffer.from(joined)
      this.trimmedStart = this.seen + j + 1 - this.trimmed.length
    }
    this.tail = Buffer.from(chunk.length >= TAIL ? chunk.subarray(chunk.length - TAIL) : Buffer.concat([this.tail, chunk]).subarray(-TAIL))
  }

  /** Reads URL bytes from `i` until the URL ends; returns the index after what it consumed. */
  private captureUrl(chunk: Buffer, i: number): number {
    let from = i
    if (!this.inData) {
      // Still reading the part we keep: the URL, or a data: URL's header up to its comma.
      while (from < chunk.length) {
        const c = chunk[from]
        if (isUrlEnd(c)) {
          this.ending = isSpace(c) || c === 0x2a ? 'clean' : 'quoted'
          this.finishCapture()
          return from
        }
        from++
        if (this.header.length < URL_CAP) this.header.push(c)
        if (c === 0x2c && this.isDataHeader()) {
          this.inData = true
          this.base64 = /;base64,$/i.test(this.headerText())
          this.inlineScanner = new SourceMapScanner({ versionOptional: true })
          break
        }
      }
      if (!this.inData) return from
    }
    return this.base64 ? this.captureBase64(chunk, from) : this.captureText(chunk, from)
  }

  private captureBase64(chunk: Buffer, from: number): number {
    let end = from
    while (end < chunk.length && isBase64(chunk[end])) end++
    if (end > from) this.feedData(chunk.subarray(from, end))
    if (end < chunk.length) {
      const c = chunk[end]
      this.ending = isSpace(c) || c === 0x2a ? 'clean' : 'quoted'
      this.finishCapture()
    }
    return end
  }

  /** A percent-encoded or raw data URL: it runs to whitespace (or `*\/` in a block comment), as Node's `[^\s]+`. */
  private captureText(chunk: Buffer, from: number): number {
    if (this.heldStar) {
      this.heldStar = false
      if (from < chunk.length && chunk[from] === 0x2f) {
        this.ending = 'clean'
        this.finishCapture()
        return from
      }
      this.feedData(Buffer.from('*'))
    }
    let end = from
    while (end < chunk.length) {
      const c = chunk[end]
      if (isSpace(c)) break
      if (c === 0x2a && this.opening.block) {
        if (end + 1 === chunk.length) {
          this.heldStar = true
          break
        }
        if (chunk[end + 1] === 0x2f) break
      }
      end++
    }
    if (end > from) this.feedData(chunk.subarray(from, end))
    if (this.heldStar) return chunk.length
    if (end < chunk.length) {
      this.ending = 'clean'
      this.finishCapture()
    }
    return end
  }

  private isDataHeader(): boolean {
    return this.header.length >= 5 && this.headerText().slice(0, 5).toLowerCase() === 'data:'
  }

  private headerText(): string {
    return Buffer.from(this.header).toString('latin1')
  }

  private feedData(bytes: Buffer): void {
    const scanner = this.inlineScanner
    if (!scanner || scanner.failed) return
    if (this.base64) {
      const text = this.base64Rest + bytes.toString('latin1')
      const usable = text.length - (text.length % 4)
      this.base64Rest = text.slice(usable)
      if (usable > 0) scanner.write(Buffer.from(text.slice(0, usable), 'base64'))
      return
    }
    if (!bytes.includes(0x25) && this.percent.length === 0) {
      scanner.write(bytes)
      return
    }
    scanner.write(this.decodePercent(bytes))
  }

  /** Decodes `%XX` escapes; an escape cut by the chunk's end waits in `percent`. */
  private decodePercent(bytes: Buffer): Buffer {
    const out: number[] = []
    const input = this.percent.length > 0 ? Buffer.concat([Buffer.from(this.percent), bytes]) : bytes
    this.percent = []
    for (let k = 0; k < input.length; k++) {
      const c = input[k]
      if (c !== 0x25) {
        out.push(c)
        continue
      }
      if (k + 2 >= input.length) {
        this.percent = [...input.subarray(k)]
        break
      }
      const high = hexValue(input[k + 1])
      const low = hexValue(input[k + 2])
      if (high < 0 || low < 0) {
        out.push(c) // not an escape: kept as written, as decodeURIComponent would refuse and a browser keeps it
        continue
      }
      out.push(high * 16 + low)
      k += 2
    }
    return Buffer.from(out)
  }

  private finishCapture(): void {
    this.capturing = false
    const url = this.headerText()
    const own = this.opening.ownLine
    if (this.inData && this.inlineScanner) {
      if (this.base64Rest) this.inlineScanner.write(Buffer.from(this.base64Rest, 'base64'))
      if (this.percent.length > 0) this.inlineScanner.write(Buffer.from(this.percent))
      const inline = this.inlineScanner.end()
      // After code on a line, only a map that really is one: a bundler's `"data:...;base64," + data` is not.
      if (own || inline.isSourceMap) this.last = { kind: 'inline', url, inline }
    } else if (url && !url.includes('${') && (own || (this.ending === 'clean' && PLAIN_URL.test(url)))) {
      // `${...}` is a template that builds the comment (`\n//# sourceMappingURL=${name}` on a line of its own), never a URL
      if (this.isDataHeader()) this.last = own ? { kind: 'inline', url } : this.last
      else this.last = { kind: REMOTE.test(url) ? 'external' : 'relative', url }
    }
    this.inlineScanner = null
    this.percent = []
    this.base64Rest = ''
  }
}

/**
 * What a {@link SourceMappingUrlScanner} finds in a file written to it in one
 * chunk: it opens a comment only at the needle, so without one it finds nothing.
 */
export function findSourceMappingUrl(content: Buffer): SourceMappingUrlFacts | undefined {
  if (content.length < NEEDLE.length || !content.includes(NEEDLE)) return undefined
  const scanner = new SourceMappingUrlScanner()
  scanner.write(content)
  return scanner.end()
}
