import { type SourceMapFacts, SourceMapScanner, mayBeSourceMap, scanSourceMap } from './source-map-scanner.js'
import { type SourceMappingUrlFacts, SourceMappingUrlScanner, findSourceMappingUrl } from './source-mapping-url.js'
import { DEFAULT_SECRET_SCAN_BYTES, type SecretScanFacts, SecretScanner, scanSecretsOnce } from './secret-scanner.js'
import type { FileFacts } from '../core/types.js'

/**
 * Files a bundler, a runtime or a browser may load, where a `sourceMappingURL`
 * comment is read: scripts, TypeScript, JSX, styles and their preprocessors,
 * components and pages. Files without an extension that start with `#!` too.
 */
const LOADABLE = /\.(?:[cm]?[jt]sx?|es6|css|scss|sass|less|styl|pcss|vue|svelte|astro|html?|coffee)$/i
/** As `path.toLowerCase().endsWith('.map')`, without a string per file: no other character lowercases to these. */
const NAMED_MAP = /\.map$/i
const HAS_EXTENSION = /\.[^/]*$/
const EMPTY = Buffer.alloc(0)
const SHEBANG_START = Buffer.from('#')
/** The facts of most files. Shared and frozen: nothing writes to a file's facts once read. */
const NO_FACTS: FileFacts = Object.freeze({})

/** A file without an extension is a script (a `bin` entry) when it starts with `#!`. */
const startsWithShebang = (first: Buffer) => first[0] === 0x23 && first[1] === 0x21

/**
 * What the first bytes of a file say about JSON: true when the first byte past
 * whitespace (and a UTF-8 byte order mark at the very start) is `{`, or `)` of the
 * XSSI prefix `)]}'` that consumers strip; false for any other; undefined when
 * `chunk` holds nothing else. `offset`: where `chunk` starts in the file.
 */
function startsLikeJson(chunk: Buffer, offset = 0): boolean | undefined {
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk[i]
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || (offset + i < 3 && (c === 0xef || c === 0xbb || c === 0xbf))) continue
    return c === 0x7b || c === 0x29
  }
  return undefined
}

/** The facts object, its keys always in this order; the shared empty one when nothing was found. */
function factsOf(sourceMap: SourceMapFacts | undefined, sourceMappingUrl: SourceMappingUrlFacts | undefined, secrets: SecretScanFacts | undefined): FileFacts {
  if (!sourceMap && !sourceMappingUrl && !secrets) return NO_FACTS
  const facts: FileFacts = {}
  if (sourceMap) facts.sourceMap = sourceMap
  if (sourceMappingUrl) facts.sourceMappingUrl = sourceMappingUrl
  if (secrets) facts.secrets = secrets
  return facts
}

/**
 * The facts of a file whose whole content is in one buffer: the same as a
 * {@link FileInspector} written `content` in one chunk, but with a scanner built
 * only where a cheap test of the whole buffer cannot rule out that it finds
 * something. Most small files need none.
 */
export function inspectContent(path: string, content: Buffer, maxSecretScanBytes = DEFAULT_SECRET_SCAN_BYTES, scanSecrets = true): FileFacts {
  let sourceMap: SourceMapFacts | undefined
  if (NAMED_MAP.test(path)) {
    // A .map file is read as a map whatever its version says, as Node reads it, and reported even when unreadable.
    sourceMap = scanSourceMap(content, { versionOptional: true })
  } else if (startsLikeJson(content) && mayBeSourceMap(content)) {
    const map = scanSourceMap(content)
    // A file found by content only counts when it really is a map.
    if (map.isSourceMap) sourceMap = map
  }
  const sourceMappingUrl = LOADABLE.test(path) || (startsWithShebang(content) && !HAS_EXTENSION.test(path)) ? findSourceMappingUrl(content) : undefined
  const secrets = scanSecrets ? scanSecretsOnce(path, content, maxSecretScanBytes) : undefined
  return factsOf(sourceMap, sourceMappingUrl, secrets)
}

/**
 * Runs the streaming scanners that apply to one file and collects their facts.
 * Decides from the name and the first bytes: `.map` files and any file whose
 * content starts with `{` (or `)]}'`) go through the source map scanner; files a
 * bundler or runtime may load through the `sourceMappingURL` scanner; every text
 * file through the secret scanner.
 *
 * Builds the scanners only when a second chunk comes: a file that arrives in one
 * chunk (most files) is inspected whole by {@link inspectContent}, with the same
 * facts. Holding the first chunk until then is safe for the same reason the
 * scanners keep views of earlier chunks: a streamed chunk is never written again.
 */
export class FileInspector {
  private first: Buffer | undefined
  private streaming: StreamingInspection | undefined

  constructor(
    readonly path: string,
    private readonly maxSecretScanBytes = DEFAULT_SECRET_SCAN_BYTES,
    private readonly scanSecrets = true,
  ) {}

  write(chunk: Buffer): void {
    if (this.streaming) {
      this.streaming.write(chunk)
    } else if (this.first === undefined) {
      this.first = chunk
    } else {
      this.streaming = new StreamingInspection(this.path, this.maxSecretScanBytes, this.scanSecrets)
      this.streaming.write(this.first)
      this.first = undefined
      this.streaming.write(chunk)
    }
  }

  end(): FileFacts {
    if (this.streaming) return this.streaming.end()
    return inspectContent(this.path, this.first ?? EMPTY, this.maxSecretScanBytes, this.scanSecrets)
  }
}

/**
 * Every scanner that applies to one file, fed its chunks as they come: what a
 * {@link FileInspector} runs once a second chunk comes. Chooses the scanners as
 * {@link inspectContent} does, from the name and the first chunk.
 */
export class StreamingInspection {
  private mapScanner: SourceMapScanner | null = null
  private urlScanner: SourceMappingUrlScanner | null = null
  private readonly secretScanner: SecretScanner | null
  private sniffed = false
  /** Bytes of whitespace (and a byte order mark) before the first byte that decides the sniff. */
  private sniffedBytes = 0
  /** A map scanner fed while only whitespace has come, kept if the first other byte says JSON. */
  private maybeMap: SourceMapScanner | null = null
  private readonly namedMap: boolean
  /** No extension: a script when it starts with `#!` (a `bin` entry). */
  private maybeScript: boolean
  /** The first byte, while the second has not come (`#!` may come split over two chunks). */
  private firstByte: number | undefined

  constructor(path: string, maxSecretScanBytes: number, scanSecrets: boolean) {
    this.secretScanner = scanSecrets ? new SecretScanner(path, maxSecretScanBytes) : null
    this.namedMap = NAMED_MAP.test(path)
    if (LOADABLE.test(path)) this.urlScanner = new SourceMappingUrlScanner()
    this.maybeScript = !this.urlScanner && !HAS_EXTENSION.test(path)
    if (this.namedMap) {
      this.mapScanner = new SourceMapScanner({ versionOptional: true })
      this.sniffed = true
    }
  }

  write(chunk: Buffer): void {
    if (chunk.length === 0) return
    // Every decision is taken on the file's bytes, whichever chunks they come in: the facts never depend on the split.
    if (this.maybeScript) {
      if (this.firstByte === undefined && chunk.length === 1) this.firstByte = chunk[0]
      else {
        this.maybeScript = false
        const held = this.firstByte !== undefined
        if (held ? this.firstByte === 0x23 && chunk[0] === 0x21 : startsWithShebang(chunk)) {
          this.urlScanner = new SourceMappingUrlScanner()
          if (held) this.urlScanner.write(SHEBANG_START)
        }
      }
    }
    if (!this.sniffed) {
      const json = startsLikeJson(chunk, this.sniffedBytes)
      if (json === undefined) {
        // Only whitespace so far: a map scanner reads it too, so that a map found later counts from the first byte.
        this.sniffedBytes += chunk.length
        this.maybeMap ??= new SourceMapScanner()
        this.maybeMap.write(chunk)
        return this.writeOthers(chunk)
      }
      this.sniffed = true
      if (json) this.mapScanner = this.maybeMap ?? new SourceMapScanner()
      this.maybeMap = null
    }
    if (this.mapScanner && !this.mapScanner.failed) this.mapScanner.write(chunk)
    this.writeOthers(chunk)
  }

  private writeOthers(chunk: Buffer): void {
    this.urlScanner?.write(chunk)
    this.secretScanner?.write(chunk)
  }

  end(): FileFacts {
    let sourceMap: SourceMapFacts | undefined
    if (this.mapScanner) {
      const map = this.mapScanner.end()
      if (this.namedMap || map.isSourceMap) sourceMap = map
    }
    return factsOf(sourceMap, this.urlScanner?.end(), this.secretScanner?.end())
  }
}
