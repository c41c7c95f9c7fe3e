/**
 * A streaming scanner for source map JSON (ECMA-426, "version": 3).
 *
 * It never holds the document: it walks the bytes with a small state machine,
 * counts `sources` and the non-empty entries of `sourcesContent`, and keeps only
 * short prefixes of the strings it must look at (keys, `sources`, `sourceRoot`,
 * `version`). A 60 MB map with full sources costs the memory of one chunk.
 *
 * It reads what consumers (the `source-map` library, `node --enable-source-maps`,
 * browsers) read, not one producer's shape: the XSSI prefix `)]}'`, keys written
 * with escapes (`"sources\u0043ontent"`), a version of `3`, `3.0` or `"3"`,
 * unrelated values nested to any depth (skipped with a counter, so depth costs no
 * memory), and `sourcesContent` as an array or an object.
 */

/** What a scan found. */
export interface SourceMapFacts {
  /** A JSON object with version 3, "mappings" and "sources" (or an index map's "sections"). */
  isSourceMap: boolean
  sources: number
  sourcesWithContent: number
  sourceRoot?: string
  /** Up to {@link MAX_URL_SAMPLES} `sources`/`sourceRoot` values that are remote URLs. */
  externalUrls: string[]
  externalUrlCount: number
  /** Why the JSON could not be read (invalid, truncated, too deep); absent when it parsed. */
  problem?: string
}

export interface SourceMapScanOptions {
  /**
   * Also count a map without a `version` key (one present must still be 3). For
   * documents that are maps by where they sit (a `.map` file, an inline map), as
   * Node reads them: Node never checks the version. Content sniffed from any JSON
   * file keeps the version check, so a `package.json` with `sources` is not a map.
   */
  versionOptional?: boolean
}

export const MAX_URL_SAMPLES = 5
/** Frames of the map's own structure (index maps nest maps in sections); nested junk costs no frame. */
const MAX_DEPTH = 128
/** The longest key that can decode to one we read: "sourcesContent" is 14 characters of at most 6 bytes (`\u0043`). */
const KEY_CAP = 14 * 6
const STRING_CAP = 512
const VERSION_CAP = 64
const LITERAL_CAP = 32
const EXTERNAL_URL = /^(?:https?|s3|gs):\/\/|^\/\/[^/]/i
const XSSI = [0x29, 0x5d, 0x7d, 0x27] // )]}'
const BOM = [0xef, 0xbb, 0xbf]

const enum State {
  /** Before the document: a byte order mark, whitespace, the XSSI prefix. */
  Start,
  /** Inside the XSSI prefix `)]}'`. */
  Xssi,
  /** The rest of the XSSI line, skipped as consumers do. */
  XssiLine,
  Value,
  ValueOrClose,
  KeyOrClose,
  Key,
  Colon,
  AfterValue,
  String,
  Literal,
  /** Inside a value nobody reads: brackets counted, strings jumped over. */
  Skip,
  Done,
  Failed,
}

type Role = 'map' | 'sections' | 'section' | 'sources' | 'sourcesContent'

interface Frame {
  isObject: boolean
  role: Role
  /** For maps: sources and non-empty sourcesContent entries of the current `sources` and `sourcesContent` values. */
  sources: number
  content: number
}

const enum Str {
  Key,
  Value,
}

/** What a string value is for, decided when it starts. */
const enum Want {
  Nothing,
  Source,
  SourceRoot,
  Version,
  Content,
}

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09
}

function isLiteralByte(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2e || c === 0x2b || c === 0x2d
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }

/**
 * Decodes the JSON escapes of a string's captured bytes. The capture may stop
 * anywhere (a cap): an escape cut short ends the text instead of failing.
 */
export function decodeJsonString(raw: ArrayLike<number>): string {
  const text = Buffer.from(raw as Uint8Array).toString('utf8')
  if (!text.includes('\\')) return text
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c !== '\\') {
      out += c
      continue
    }
    const next = text[i + 1]
    if (next === undefined) break
    if (next === 'u') {
      const hex = text.slice(i + 2, i + 6)
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) break
      out += String.fromCharCode(Number.parseInt(hex, 16))
      i += 5
    } else {
      out += ESCAPES[next] ?? next
      i += 1
    }
  }
  return out
}

/** JavaScript's `value == 3` for a JSON number or string, as the `source-map` library checks the version. */
function isVersion3(text: string, quoted: boolean): boolean {
  if (!quoted && !/^-?\d/.test(text)) return false // true, false, null
  return Number(text) === 3
}

export class SourceMapScanner {
  private state: State = State.Start
  private readonly stack: Frame[] = []
  private offset = 0
  private prefixIndex = 0
  private key = ''
  private strKind: Str = Str.Value
  private want: Want = Want.Nothing
  private strLength = 0
  private strCapture: number[] | null = null
  private escapeNext = false
  private literal = ''
  /** Brackets open inside the skipped value, and whether it held a non-empty string. */
  private inSkip = false
  private skipDepth = 0
  private skipSawString = false
  private version: 'absent' | 'three' | 'other' = 'absent'
  private hasMappings = false
  private hasSources = false
  private hasSections = false
  private sourcesTotal = 0
  private contentTotal = 0
  private problem: string | undefined
  private readonly facts: SourceMapFacts = {
    isSourceMap: false,
    sources: 0,
    sourcesWithContent: 0,
    externalUrls: [],
    externalUrlCount: 0,
  }

  constructor(private readonly options: SourceMapScanOptions = {}) {}

  /** Feeds the next bytes of the document. */
  write(chunk: Uint8Array): void {
    const n = chunk.length
    let i = 0
    while (i < n && this.state !== State.Failed) {
      const state = this.state
      if (state === State.String) {
        i = this.scanString(chunk, i)
        continue
      }
      if (state === State.Skip) {
        i = this.skip(chunk, i)
        continue
      }
      const c = chunk[i]
      switch (state) {
        case State.Start:
          if (this.offset + i < 3 && c === BOM[this.offset + i] && (this.offset + i === 0 || this.prefixIndex === this.offset + i)) {
            this.prefixIndex = this.offset + i + 1 // a UTF-8 byte order mark, byte by byte
            break
          }
          if (isWhitespace(c)) break
          if (c === XSSI[0]) {
            this.prefixIndex = 1
            this.state = State.Xssi
            break
          }
          this.state = State.Value
          continue
        case State.Xssi:
          if (c !== XSSI[this.prefixIndex]) {
            this.fail('expected a value')
            break
          }
          if (++this.prefixIndex === XSSI.length) this.state = State.XssiLine
          break
        case State.XssiLine: {
          const newline = chunk.indexOf(0x0a, i)
          if (newline === -1) {
            i = n
            continue
          }
          i = newline
          this.state = State.Value
          break
        }
        case State.Value:
        case State.ValueOrClose:
          if (isWhitespace(c)) break
          if (c === 0x5d && state === State.ValueOrClose) {
            this.close(false)
            break
          }
          this.startValue(c)
          if ((this.state as State) === State.Literal) continue // the byte belongs to the literal
          break
        case State.KeyOrClose:
        case State.Key:
          if (isWhitespace(c)) break
          if (c === 0x7d && state === State.KeyOrClose) {
            this.close(true)
          } else if (c === 0x22) {
            this.beginString(Str.Key)
          } else {
            this.fail('expected a key')
          }
          break
        case State.Colon:
          if (isWhitespace(c)) break
          if (c === 0x3a) this.state = State.Value
          else this.fail('expected ":"')
          break
        case State.AfterValue: {
          if (isWhitespace(c)) break
          const top = this.stack[this.stack.length - 1]
          if (c === 0x2c) this.state = top.isObject ? State.Key : State.Value
          else if (c === 0x7d && top.isObject) this.close(true)
          else if (c === 0x5d && !top.isObject) this.close(false)
          else this.fail('expected "," or a closing bracket')
          break
        }
        case State.Literal:
          if (isLiteralByte(c)) {
            if (this.literal.length < LITERAL_CAP) this.literal += String.fromCharCode(c)
            break
          }
          this.endLiteral()
          continue // re-read this byte after the literal
        case State.Done:
          if (!isWhitespace(c)) this.fail('unexpected data after the JSON value')
          break
      }
      i++
    }
    this.offset += n
  }

  /** Ends the document and returns what was found. */
  end(): SourceMapFacts {
    if (this.state === State.Literal && this.stack.length === 0) this.endLiteral()
    if (this.state !== State.Done && this.state !== State.Failed) {
      this.problem = this.offset === 0 ? 'empty file' : `truncated JSON (ended inside a value after ${this.offset} bytes)`
    }
    // Maps still open (a truncated file) count with what they held so far.
    for (const frame of this.stack) {
      if (frame.role !== 'map') continue
      this.sourcesTotal += frame.sources
      this.contentTotal += frame.content
      frame.sources = frame.content = 0
    }
    const facts = this.facts
    facts.sources = this.sourcesTotal
    facts.sourcesWithContent = this.contentTotal
    const versionOk = this.version === 'three' || (this.version === 'absent' && this.options.versionOptional === true)
    facts.isSourceMap = versionOk && ((this.hasMappings && this.hasSources) || this.hasSections)
    if (this.problem) facts.problem = this.problem
    return facts
  }

  /** True once the scanner knows the document is not JSON it can read: callers may stop feeding it. */
  get failed(): boolean {
    return this.state === State.Failed
  }

  private fail(reason: string): void {
    this.problem = `invalid JSON: ${reason}`
    this.state = State.Failed
  }

  private get top(): Frame | undefined {
    return this.stack[this.stack.length - 1]
  }

  /** The role a container starting here plays, or undefined when nobody reads it. */
  private roleOf(isObject: boolean): Role | undefined {
    const parent = this.top
    if (!parent) return isObject ? 'map' : undefined
    switch (parent.role) {
      case 'map':
        if (this.key === 'sources') return isObject ? undefined : 'sources'
        if (this.key === 'sourcesContent') return 'sourcesContent'
        if (this.key === 'sections') return isObject ? undefined : 'sections'
        return undefined
      case 'sections':
        return isObject ? 'section' : undefined
      case 'section':
        return isObject && this.key === 'map' ? 'map' : undefined
      default:
        return undefined
    }
  }

  private startValue(c: number): void {
    this.countElement()
    if (c === 0x7b || c === 0x5b) {
      const isObject = c === 0x7b
      const role = this.roleOf(isObject)
      if (role) this.push(isObject, role)
      else this.beginSkip()
    } else if (c === 0x22) {
      this.beginString(Str.Value)
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39) || c === 0x74 || c === 0x66 || c === 0x6e) {
      this.literal = ''
      this.state = State.Literal
    } else {
      this.fail('expected a value')
    }
  }

  /** Every element of `sources` is a source, whatever its type (consumers map them through `String`). */
  private countElement(): void {
    const top = this.top
    if (top?.role !== 'sources') return
    const map = this.stack[this.stack.length - 2]
    map.sources++
  }

  private push(isObject: boolean, role: Role): void {
    if (this.stack.length >= MAX_DEPTH) {
      this.fail(`source map structure nested deeper than ${MAX_DEPTH} levels`)
      return
    }
    const parent = this.top
    // A key repeated in a map: JSON.parse keeps the last value, so does the count.
    if (parent?.role === 'map' && role === 'sources') parent.sources = 0
    if (parent?.role === 'map' && role === 'sourcesContent') parent.content = 0
    if (role === 'sources') this.hasSources = true
    if (role === 'sections') this.hasSections = true
    this.stack.push({ isObject, role, sources: 0, content: 0 })
    this.state = isObject ? State.KeyOrClose : State.ValueOrClose
  }

  private close(isObject: boolean): void {
    const top = this.stack.pop()
    if (!top || top.isObject !== isObject) {
      this.fail('mismatched bracket')
      return
    }
    if (top.role === 'map') {
      this.sourcesTotal += top.sources
      this.contentTotal += top.content
    }
    this.afterValue()
  }

  private afterValue(): void {
    this.state = this.stack.length === 0 ? State.Done : State.AfterValue
  }

  private beginSkip(): void {
    this.inSkip = true
    this.skipDepth = 1
    this.skipSawString = false
    this.state = State.Skip
  }

  /** Walks a skipped value: brackets by count, strings with indexOf. Returns the next index. */
  private skip(chunk: Uint8Array, i: number): number {
    const n = chunk.length
    while (i < n) {
      const c = chunk[i++]
      if (c === 0x22) {
        this.strKind = Str.Value
        this.want = Want.Nothing
        this.strLength = 0
        this.strCapture = null
        this.escapeNext = false
        this.state = State.String
        return i
      }
      if (c === 0x7b || c === 0x5b) {
        this.skipDepth++
      } else if (c === 0x7d || c === 0x5d) {
        if (--this.skipDepth === 0) {
          this.endSkip()
          return i
        }
      }
    }
    return i
  }

  private endSkip(): void {
    this.inSkip = false
    const top = this.top
    if (top?.role === 'sourcesContent' && this.skipSawString) this.noteContent()
    this.afterValue()
  }

  private noteContent(): void {
    const top = this.top
    if (top?.role !== 'sourcesContent') return
    const map = this.stack[this.stack.length - 2]
    map.content++
  }

  private beginString(kind: Str): void {
    this.strKind = kind
    this.strLength = 0
    this.escapeNext = false
    const top = this.top
    let want = Want.Nothing
    if (kind === Str.Value) {
      if (top?.role === 'sources') want = Want.Source
      else if (top?.role === 'sourcesContent') want = Want.Content
      else if (top?.role === 'map' && this.key === 'sourceRoot') want = Want.SourceRoot
      else if (top?.role === 'map' && this.key === 'version' && this.stack.length === 1) want = Want.Version
      else if (top?.role === 'map' && this.key === 'sourcesContent') want = Want.Content
    }
    this.want = want
    const capture = kind === Str.Key ? top?.role === 'map' || top?.role === 'section' : want === Want.Source || want === Want.SourceRoot || want === Want.Version
    this.strCapture = capture ? [] : null
    this.state = State.String
  }

  /** Consumes string bytes from `i`; returns the next index. Jumps to quotes with indexOf. */
  private scanString(chunk: Uint8Array, i: number): number {
    const n = chunk.length
    if (this.escapeNext) {
      this.capture(chunk, i, i + 1)
      this.escapeNext = false
      return i + 1
    }
    const quote = chunk.indexOf(0x22, i)
    const end = quote === -1 ? n : quote
    let backslashes = 0
    for (let k = end - 1; k >= i && chunk[k] === 0x5c; k--) backslashes++
    const escaped = backslashes % 2 === 1
    if (quote === -1) {
      this.capture(chunk, i, n)
      this.escapeNext = escaped
      return n
    }
    if (escaped) {
      this.capture(chunk, i, quote + 1)
      return quote + 1
    }
    this.capture(chunk, i, quote)
    this.endString()
    return quote + 1
  }

  private capture(chunk: Uint8Array, from: number, to: number): void {
    this.strLength += to - from
    const capture = this.strCapture
    if (!capture) return
    const cap = this.strKind === Str.Key ? KEY_CAP + 1 : this.want === Want.Version ? VERSION_CAP : STRING_CAP
    for (let k = from; k < to && capture.length < cap; k++) capture.push(chunk[k])
  }

  private endString(): void {
    const raw = this.strCapture
    this.strCapture = null
    if (this.inSkip) {
      if (this.strLength > 0) this.skipSawString = true
      this.state = State.Skip
      return
    }
    if (this.strKind === Str.Key) {
      // A key longer than KEY_CAP bytes cannot decode to one the scanner reads.
      this.key = raw && raw.length <= KEY_CAP ? decodeJsonString(raw) : ''
      this.state = State.Colon
      return
    }
    const top = this.top
    if (!top) {
      this.state = State.Done
      return
    }
    switch (this.want) {
      case Want.Source:
        this.noteUrl(decodeJsonString(raw ?? []))
        break
      case Want.Content:
        if (this.strLength > 0) {
          if (top.role === 'map') top.content = 1 // `"sourcesContent": "..."`: read as the first source's content
          else this.noteContent()
        } else if (top.role === 'map') {
          top.content = 0
        }
        break
      case Want.SourceRoot: {
        const text = decodeJsonString(raw ?? [])
        if (text) {
          this.facts.sourceRoot = text
          this.noteUrl(text)
        }
        break
      }
      case Want.Version:
        this.version = isVersion3(decodeJsonString(raw ?? []), true) ? 'three' : 'other'
        break
    }
    if (top.role === 'map') this.noteMapValue()
    this.state = State.AfterValue
  }

  /** A value of a map's key ended: what its presence says. */
  private noteMapValue(): void {
    if (this.key === 'mappings') this.hasMappings = true
  }

  private endLiteral(): void {
    const top = this.top
    if (top?.role === 'map') {
      if (this.key === 'version' && this.stack.length === 1) this.version = isVersion3(this.literal, false) ? 'three' : 'other'
      else if (this.key === 'sourcesContent') top.content = 0 // null
      else this.noteMapValue()
    }
    this.afterValue()
  }

  private noteUrl(value: string): void {
    if (!EXTERNAL_URL.test(value)) return
    this.facts.externalUrlCount++
    if (this.facts.externalUrls.length < MAX_URL_SAMPLES) this.facts.externalUrls.push(value)
  }
}

const SOURCES_KEY = Buffer.from('"sources"')
const SECTIONS_KEY = Buffer.from('"sections"')

/**
 * False when no scan can find `data` to be a source map: a map needs a `sources`
 * or `sections` key, and a key without escapes (no backslash in `data`) is written
 * as it reads, quotes and all. A cheap test before a scanner for sniffed JSON.
 */
export function mayBeSourceMap(data: Buffer): boolean {
  return data.includes(SOURCES_KEY) || data.includes(SECTIONS_KEY) || data.includes(0x5c)
}

/** Scans a whole buffer; for tests and small inputs. */
export function scanSourceMap(data: Uint8Array, options?: SourceMapScanOptions): SourceMapFacts {
  const scanner = new SourceMapScanner(options)
  scanner.write(data)
  return scanner.end()
}
