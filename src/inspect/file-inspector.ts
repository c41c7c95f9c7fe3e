import { SourceMapScanner } from './source-map-scanner.js'
import { SourceMappingUrlScanner } from './source-mapping-url.js'
import { DEFAULT_SECRET_SCAN_BYTES, SecretScanner } from './secret-scanner.js'
import type { FileFacts } from '../core/types.js'

const SCRIPT_OR_STYLE = /\.(?:m?js|cjs|css)$/i

/**
 * Runs the streaming scanners that apply to one file and collects their facts.
 * Decides from the name and the first bytes: `.map` files and any file whose
 * content starts with `{` go through the source map scanner; scripts and styles
 * through the `sourceMappingURL` scanner; every text file through the secret scanner.
 */
export class FileInspector {
  private mapScanner: SourceMapScanner | null = null
  private urlScanner: SourceMappingUrlScanner | null = null
  private readonly secretScanner: SecretScanner | null
  private sniffed = false
  private readonly namedMap: boolean

  constructor(
    readonly path: string,
    maxSecretScanBytes = DEFAULT_SECRET_SCAN_BYTES,
    scanSecrets = true,
  ) {
    this.secretScanner = scanSecrets ? new SecretScanner(path, maxSecretScanBytes) : null
    this.namedMap = path.toLowerCase().endsWith('.map')
    if (SCRIPT_OR_STYLE.test(path)) this.urlScanner = new SourceMappingUrlScanner()
    if (this.namedMap) {
      this.mapScanner = new SourceMapScanner()
      this.sniffed = true
    }
  }

  write(chunk: Buffer): void {
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
      if (c === 0x7b) this.mapScanner = new SourceMapScanner()
      return
    }
  }
}
