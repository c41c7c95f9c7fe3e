import { type SourceMapFacts, SourceMapScanner } from './source-map-scanner.js'

/** The last `sourceMappingURL` comment of a JavaScript or CSS file. */
export interface SourceMappingUrlFacts {
  /** `inline` for a data: URL, `external` for an absolute remote URL, `relative` otherwise. */
  kind: 'inline' | 'external' | 'relative'
  /** The URL as written, cut to {@link URL_CAP} characters; for inline maps only the data: header. */
  url: string
  /** For inline maps: what the decoded map holds. */
  inline?: SourceMapFacts
}

const NEEDLE = Buffer.from('sourceMappingURL=')
const PREFIXES = ['//# ', '//@ ', '/*# ', '/*@ ']
const TAIL = NEEDLE.length + 5
const URL_CAP = 2048
const REMOTE = /^[a-z][a-z0-9+.-]*:\/\//i

function isUrlEnd(c: number): boolean {
  // whitespace, quotes, backtick, `*` of `*/`, and characters no real URL comment holds
  return c <= 0x20 || c === 0x22 || c === 0x27 || c === 0x60 || c === 0x2a || c === 0x3c || c === 0x3e || c === 0x5c
}

/**
 * Finds `//# sourceMappingURL=` comments in a stream of bytes. An inline
 * `data:` map is base64-decoded as it streams and fed to a {@link SourceMapScanner},
 * so a multi-megabyte inline map is never held in memory.
 */
export class SourceMappingUrlScanner {
  /** The last bytes of the previous chunk, so a needle split across chunks is still found. */
  private tail = Buffer.alloc(0)
  /** Bytes seen before the current chunk: tells whether a comment starts the file. */
  private seen = 0
  private capturing = false
  private header: number[] = []
  private inData = false
  private base64 = false
  private base64Rest = ''
  private inlineScanner: SourceMapScanner | null = null
  private last: SourceMappingUrlFacts | undefined

  write(chunk: Buffer): void {
    let i = 0
    const continuesUrl = this.capturing
    if (continuesUrl) i = this.captureUrl(chunk, 0)
    // A needle that starts in the previous chunk and ends in this one.
    if (!continuesUrl && this.tail.length > 0) {
      const joint = Buffer.concat([this.tail, chunk.subarray(0, NEEDLE.length)])
      const at = joint.indexOf(NEEDLE)
      if (at !== -1 && at + NEEDLE.length > this.tail.length && this.hasPrefix(joint, at, this.seen - this.tail.length)) {
        this.startCapture()
        i = this.captureUrl(chunk, at + NEEDLE.length - this.tail.length)
      }
    }
    while (i < chunk.length && !this.capturing) {
      const at = chunk.indexOf(NEEDLE, i)
      if (at === -1) break
      const prefixOk =
        at >= 5 ? this.hasPrefix(chunk, at, this.seen) : this.hasPrefix(Buffer.concat([this.tail, chunk.subarray(0, at)]), this.tail.length + at, this.seen - this.tail.length)
      i = at + NEEDLE.length
      if (prefixOk) {
        this.startCapture()
        i = this.captureUrl(chunk, i)
      }
    }
    this.tail = Buffer.from(chunk.length >= TAIL ? chunk.subarray(chunk.length - TAIL) : Buffer.concat([this.tail, chunk]).subarray(-TAIL))
    this.seen += chunk.length
  }

  end(): SourceMappingUrlFacts | undefined {
    if (this.capturing) this.finishCapture()
    return this.last
  }

  /**
   * True when `//# ` (or `/*# `, `//@ `) stands right before the needle and starts a line.
   * Code that writes such comments holds them inside strings, after a quote or a `\n` escape:
   * those are not this file's own map.
   */
  private hasPrefix(buf: Buffer, at: number, bufStart: number): boolean {
    if (at < 4 || !PREFIXES.includes(buf.toString('latin1', at - 4, at))) return false
    if (at === 4) return bufStart === 0 // the comment opens the file
    const c = buf[at - 5]
    return c === 0x0a || c === 0x0d || c === 0x20 || c === 0x09
  }

  private startCapture(): void {
    this.capturing = true
    this.header = []
    this.inData = false
    this.base64 = false
    this.base64Rest = ''
    this.inlineScanner = null
  }

  /** Reads URL bytes from `i` until the URL ends; returns the index after what it consumed. */
  private captureUrl(chunk: Buffer, i: number): number {
    let end = i
    while (end < chunk.length && !isUrlEnd(chunk[end])) end++
    let from = i
    if (!this.inData) {
      // Still reading the part we keep: the URL, or a data: URL's header up to its comma.
      while (from < end && this.header.length < URL_CAP) {
        const c = chunk[from++]
        this.header.push(c)
        if (c === 0x2c && this.isDataHeader()) {
          this.inData = true
          this.base64 = /;base64,$/i.test(this.headerText())
          this.inlineScanner = new SourceMapScanner()
          break
        }
      }
    }
    if (this.inData && from < end) this.feedInline(chunk.subarray(from, end))
    if (end < chunk.length) this.finishCapture()
    return end
  }

  private isDataHeader(): boolean {
    return this.header.length >= 5 && this.headerText().slice(0, 5).toLowerCase() === 'data:'
  }

  private headerText(): string {
    return Buffer.from(this.header).toString('latin1')
  }

  private feedInline(bytes: Buffer): void {
    const scanner = this.inlineScanner
    if (!scanner || scanner.failed) return
    if (!this.base64) {
      scanner.write(bytes)
      return
    }
    const text = this.base64Rest + bytes.toString('latin1')
    const usable = text.length - (text.length % 4)
    this.base64Rest = text.slice(usable)
    if (usable > 0) scanner.write(Buffer.from(text.slice(0, usable), 'base64'))
  }

  private finishCapture(): void {
    this.capturing = false
    const url = this.headerText()
    if (!url) return
    if (this.inData && this.inlineScanner) {
      if (this.base64Rest) this.inlineScanner.write(Buffer.from(this.base64Rest, 'base64'))
      this.last = { kind: 'inline', url, inline: this.inlineScanner.end() }
    } else if (this.isDataHeader()) {
      this.last = { kind: 'inline', url }
    } else {
      this.last = { kind: REMOTE.test(url) ? 'external' : 'relative', url }
    }
    this.inlineScanner = null
  }
}
