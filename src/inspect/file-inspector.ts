import { SourceMapScanner } from './source-map-scanner.js'
import { SourceMappingUrlScanner } from './source-mapping-url.js'
import { DEFAULT_SECRET_SCAN_BYTES, SecretScanner } from './secret-scanner.js'
import type { FileFacts } from '../core/types.js'

/**
 * Files a bundler, a runtime or a browser may load, where a `sourceMappingURL`
 * comment is read: scripts, TypeScript, JSX, styles and their preprocessors,
 * components and pages. Files without an extension that start with `#!` too.
 */
const LOADABLE = /\.(?:[cm]?[jt]sx?|es6|css|scss|sass|less|styl|pcss|vue|svelte|astro|html?|coffee)$/i

/**
 * Runs the streaming scanners that apply to one file and collects their facts.
 * Decides from the name and the first bytes: `.map` files and any file whose
 * content starts with `{` (or `)]}'`) go through the source map scanner; files a
 * bundler or runtime may load through the `sourceMappingURL` scanner; every text
 * file through the secret scanner.
 */
export class FileInspector {
  private mapScanner: SourceMapScanner | null = null
  private urlScanner: SourceMappingUrlScanner | null = null
  private readonly secretScanner: SecretScanner | null
  private sniffed = false
  private readonly namedMap: boolean
  /** No extension: a script when it starts with `#!` (a `bin` entry). */
  private maybeScript: boolean
  private firstByte: number | undefined

  constructor(
    readonly path: string,
    maxSecretScanBytes = DEFAULT_SECRET_SCAN_BYTES,
    scanSecrets = true,
  ) {
    this.secretScanner = scanSecrets ? new SecretScanner(path, maxSecretScanBytes) : null
    this.namedMap = path.toLowerCase().endsWith('.map')
    if (LOADABLE.test(path)) this.urlScanner = new SourceMappingUrlScanner()
    this.maybeScript = !this.urlScanner && !/\.[^/]*$/.test(path)
    if (this.namedMap) {
      // A .map file is read as a map whatever its version says, as Node reads it.
      this.mapScanner = new SourceMapScanner({ versionOptional: true })
      this.sniffed = true
    }
  }

  write(chunk: Buffer): void {
    if (this.maybeScript && chunk.length > 0) {
      // `#!` may come split over two chunks: the first byte is remembered.
      const first = this.firstByte ?? chunk[0]
      const second = this.firstByte === undefined ? chunk[1] : chunk[0]
      if (second === undefined) this.firstByte = first
      else {
        this.maybeScript = false
        if (first === 0x23 && second === 0x21) this.urlScanner = new SourceMappingUrlScanner()
      }
    }
    if (!this.sniffed) this.sniff(chunk)
    if (this.mapScanner && !this.mapScanner.failed) this.mapScanner.write(chunk)
    this.urlScanner?.write(chunk)
    this.secretScanner?.write(chunk)
  }

  end(): FileFacts {
    const facts: FileFacts = {}
    if (this.mapScanner) {
      const map = this.mapScanner.end()
      // A file found by content only counts when it really is a map; a named one is reported even when unreadable.
      if (this.namedMap || map.isSourceMap) facts.sourceMap = map
    }
    const url = this.urlScanner?.end()
    if (url) facts.sourceMappingUrl = url
    const secrets = this.secretScanner?.end()
    if (secrets) facts.secrets = secrets
    return facts
  }

  private sniff(chunk: Buffer): void {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]
      // whitespace, and a UTF-8 byte order mark at the very start
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || (i < 3 && (c === 0xef || c === 0xbb || c === 0xbf))) continue
      this.sniffed = true
      // `{`, or the XSSI prefix `)]}'` that consumers strip
      if (c === 0x7b || c === 0x29) this.mapScanner = new SourceMapScanner()
      return
    }
  }
}
