/**
 * A streaming scanner for source map JSON (ECMA-426, "version": 3).
 *
 * It never holds the document: it walks the bytes with a small state machine,
 * counts `sources` and the non-empty strings of `sourcesContent`, and keeps only
 * short prefixes of the strings it must look at (keys, `sources`, `sourceRoot`).
 * A 60 MB map with full sources costs the memory of one chunk.
 */

/** What a scan found. */
export interface SourceMapFacts {
  /** A JSON object with "version": 3, "mappings" and "sources" (or an index map's "sections"). */
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

export const MAX_URL_SAMPLES = 5
const MAX_DEPTH = 128
const KEY_CAP = 32
const STRING_CAP = 512
const LITERAL_CAP = 32
const EXTERNAL_URL = /^(?:https?|s3|gs):\/\//i

const enum State {
  Value,
  ValueOrClose,
  KeyOrClose,
  Key,
  Colon,
  AfterValue,
  String,
  Literal,
  Done,
  Failed,
}

type Role = 'map' | 'sections' | 'section' | 'sources' | 'sourcesContent' | 'other'

interface Frame {
  isObject: boolean
  role: Role
}

const enum Str {
  Key,
  Value,
}

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09
}

function isLiteralByte(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2e || c === 0x2b || c === 0x2d
}

export class SourceMapScanner {
  private state: State = State.Value
  private readonly stack: Frame[] = []
  private offset = 0
  private key = ''
  private strKind: Str = Str.Value
  private strLength = 0
  private strCapture: number[] | null = null
  private escapeNext = false
  private literal = ''
  private version = ''
  private hasMappings = false
  private hasSources = false
  private hasSections = false
  private problem: string | undefined
  private readonly facts: SourceMapFacts = {
    isSourceMap: false,
    sources: 0,
    sourcesWithContent: 0,
    externalUrls: [],
    externalUrlCount: 0,
  }

  /** Feeds the next bytes of the document. */
  write(chunk: Uint8Array): void {
    const n = chunk.length
    let i = 0
    // A UTF-8 byte order mark before the document is allowed.
    if (this.offset === 0 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) i = 3
    while (i < n && this.state !== State.Failed) {
      if (this.state === State.String) {
        i = this.scanString(chunk, i)
        continue
      }
      const c = chunk[i]
      switch (this.state) {
        case State.Value:
        case State.ValueOrClose:
          if (isWhitespace(c)) break
          if (c === 0x5d && this.state === State.ValueOrClose) {
            this.close(false)
            break
          }
          this.startValue(c)
          if ((this.state as State) === State.Literal) continue // the byte belongs to the literal
          break
        case State.KeyOrClose:
        case State.Key:
          if (isWhitespace(c)) break
          if (c === 0x7d && this.state === State.KeyOrClose) {
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
    const facts = this.facts
    facts.isSourceMap = this.version === '3' && ((this.hasMappings && this.hasSources) || this.hasSections)
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

  private startValue(c: number): void {
    if (c === 0x7b || c === 0x5b) {
      this.push(c === 0x7b)
    } else if (c === 0x22) {
      this.beginString(Str.Value)
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39) || c === 0x74 || c === 0x66 || c === 0x6e) {
      this.literal = ''
      this.state = State.Literal
    } else {
      this.fail('expected a value')
    }
  }

  private push(isObject: boolean): void {
    if (this.stack.length >= MAX_DEPTH) {
      this.fail(`nested deeper than ${MAX_DEPTH} levels`)
      return
    }
    const parent = this.top
    let role: Role = 'other'
    if (!parent) role = isObject ? 'map' : 'other'
    else if (parent.role === 'map' && !isObject && this.key === 'sources') role = 'sources'
    else if (parent.role === 'map' && !isObject && this.key === 'sourcesContent') role = 'sourcesContent'
    else if (parent.role === 'map' && !isObject && this.key === 'sections') role = 'sections'
    else if (parent.role === 'sections' && isObject) role = 'section'
    else if (parent.role === 'section' && isObject && this.key === 'map') role = 'map'
    if (role === 'sources') this.hasSources = true
    if (role === 'sections') this.hasSections = true
    this.stack.push({ isObject, role })
    this.state = isObject ? State.KeyOrClose : State.ValueOrClose
  }

  private close(isObject: boolean): void {
    const top = this.stack.pop()
    if (!top || top.isObject !== isObject) {
      this.fail('mismatched bracket')
      return
    }
    this.state = this.stack.length === 0 ? State.Done : State.AfterValue
  }

  private beginString(kind: Str): void {
    this.strKind = kind
    this.strLength = 0
    this.escapeNext = false
    const top = this.top
    const wanted =
      kind === Str.Key
        ? top?.role === 'map' || top?.role === 'section'
        : top?.role === 'sources' || (top?.role === 'map' && this.key === 'sourceRoot')
    this.strCapture = wanted ? [] : null
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
    const cap = this.strKind === Str.Key ? KEY_CAP : STRING_CAP
    if (this.strCapture && this.strCapture.length < cap) {
      for (let k = from; k < to && this.strCapture.length < cap; k++) this.strCapture.push(chunk[k])
    }
  }

  private endString(): void {
    const text = this.strCapture ? Buffer.from(this.strCapture).toString('utf8') : ''
    this.strCapture = null
    const top = this.top
    if (this.strKind === Str.Key) {
      this.key = text
      this.state = State.Colon
      return
    }
    if (!top) {
      this.state = State.Done
      return
    }
    if (top.role === 'sources') {
      this.facts.sources++
      this.noteUrl(text)
    } else if (top.role === 'sourcesContent') {
      if (this.strLength > 0) this.facts.sourcesWithContent++
    } else if (top.role === 'map') {
      if (this.key === 'mappings') this.hasMappings = true
      if (this.key === 'sourceRoot' && text) {
        this.facts.sourceRoot = text
        this.noteUrl(text)
      }
    }
    this.state = State.AfterValue
  }

  private endLiteral(): void {
    const top = this.top
    if (top?.role === 'map' && this.key === 'version' && this.stack.length === 1) this.version = this.literal
    if (top?.role === 'sources' && this.literal === 'null') this.facts.sources++
    this.state = this.stack.length === 0 ? State.Done : State.AfterValue
  }

  private noteUrl(value: string): void {
    if (!EXTERNAL_URL.test(value)) return
    this.facts.externalUrlCount++
    if (this.facts.externalUrls.length < MAX_URL_SAMPLES) this.facts.externalUrls.push(value)
  }
}

/** Scans a whole buffer; for tests and small inputs. */
export function scanSourceMap(data: Uint8Array): SourceMapFacts {
  const scanner = new SourceMapScanner()
  scanner.write(data)
  return scanner.end()
}
