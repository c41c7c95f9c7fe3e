import { createHash } from 'node:crypto'
import { ANCHORS, SECRET_PATTERNS, kindsForAnchor } from '../core/secrets/patterns.js'

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
  /** The file was larger than the scan cap: only its start was scanned. */
  partial?: boolean
}

/** The patterns with global twins of their regexes, to walk every match of a window. */
const PATTERNS = SECRET_PATTERNS.map((pattern, rank) => ({ ...pattern, rank, global: new RegExp(pattern.regex.source, `${pattern.regex.flags}g`) }))

/** The match of `regex` in `window` whose span holds position `anchor`: the secret this anchor hit belongs to. */
function matchCovering(regex: RegExp, window: string, anchor: number): RegExpExecArray | undefined {
  regex.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = regex.exec(window)) !== null) {
    if (match.index > anchor) return undefined
    if (anchor < match.index + match[0].length) return match
    if (match[0].length === 0) regex.lastIndex++
  }
  return undefined
}

/** How far a pattern may reach around an anchor hit. */
const BEFORE = 80
const AFTER = 560
/** Text kept from one chunk for the next, so a secret across the boundary is still whole. */
const OVERLAP = BEFORE + AFTER
const BINARY_SNIFF = 8192
const MAX_MATCHES_PER_FILE = 50

/** Default cap on bytes scanned per file; the incident's 57 MB map is scanned whole. */
export const DEFAULT_SECRET_SCAN_BYTES = 64 * 1024 * 1024

/**
 * Raw values found in this process, for `core.setSecret` in the action only.
 * Never serialised: reports carry previews and fingerprints.
 */
export const foundSecretValues = new Set<string>()

export function fingerprint(value: string): string {
  return `sha256:${createHash('sha256').update(value).digest('hex').slice(0, 12)}`
}

/**
 * Scans a file's bytes for secrets as they stream. Anchors are found with one
 * regex over the chunk's text; each pattern then runs only on a small window
 * around a hit. Windows near the end of a chunk wait for the next one.
 */
export class SecretScanner {
  private carry = ''
  /** Absolute offset of the start of `carry`. */
  private carryStart = 0
  /** Anchor hits before this absolute offset were already judged. */
  private judgedUpTo = 0
  private lineCountedTo = 0
  private line = 1
  private scanned = 0
  private stopped = false
  private partial = false
  private readonly seen = new Map<string, { match: SecretMatch; rank: number }>()
  private readonly matches: SecretMatch[] = []

  constructor(
    private readonly path: string,
    private readonly maxBytes = DEFAULT_SECRET_SCAN_BYTES,
  ) {}

  write(chunk: Buffer): void {
    if (this.stopped) return
    if (this.scanned === 0 && chunk.subarray(0, BINARY_SNIFF).includes(0)) {
      this.stopped = true // binary: nothing to read as text
      return
    }
    if (this.scanned + chunk.length > this.maxBytes) {
      chunk = chunk.subarray(0, this.maxBytes - this.scanned)
      this.partial = true
      this.stopped = true
    }
    this.scanned += chunk.length
    const text = this.carry + chunk.toString('latin1')
    this.scan(text, this.stopped)
    const keep = Math.min(OVERLAP, text.length)
    this.countLines(text, text.length - keep) // newlines of the part that is dropped
    this.carryStart += text.length - keep
    this.carry = text.slice(text.length - keep)
  }

  end(): SecretScanFacts | undefined {
    if (!this.stopped) this.scan(this.carry, true)
    if (this.matches.length === 0 && !this.partial) return undefined
    return this.partial ? { matches: this.matches, partial: true } : { matches: this.matches }
  }

  private scan(text: string, final: boolean): void {
    const limit = final ? text.length : text.length - AFTER
    ANCHORS.lastIndex = Math.max(0, this.judgedUpTo - this.carryStart)
    let hit: RegExpExecArray | null
    while ((hit = ANCHORS.exec(text)) !== null) {
      if (hit.index >= limit) break
      this.judge(text, hit.index, hit[0])
      this.judgedUpTo = this.carryStart + hit.index + 1
      if (this.matches.length >= MAX_MATCHES_PER_FILE) {
        this.stopped = true
        return
      }
    }
    if (!final) this.judgedUpTo = Math.max(this.judgedUpTo, this.carryStart + limit)
  }

  private judge(text: string, at: number, anchorText: string): void {
    const from = Math.max(0, at - BEFORE)
    const window = text.slice(from, at + AFTER)
    const anchor = at - from
    const kinds = kindsForAnchor(anchorText)
    for (const pattern of PATTERNS) {
      if (!kinds.includes(pattern.kind)) continue
      if (pattern.pathFilter && !pattern.pathFilter.test(this.path)) continue
      const match = matchCovering(pattern.global, window, anchor)
      if (!match) continue
      const value = match[match.length - 1] ?? match[1]
      if (pattern.accept && !pattern.accept(value)) continue
      const decoded = Buffer.from(value, 'latin1').toString('utf8')
      const print = fingerprint(decoded)
      const earlier = this.seen.get(print)
      if (earlier) {
        // The same value under a more specific kind (a GitHub token in `token = "..."`) keeps the specific kind.
        if (pattern.rank < earlier.rank) {
          earlier.match.kind = pattern.kind
          earlier.rank = pattern.rank
        }
        return
      }
      foundSecretValues.add(decoded)
      const found: SecretMatch = { kind: pattern.kind, line: this.lineAt(text, from + match.index), preview: decoded.slice(0, 4), fingerprint: print }
      this.seen.set(print, { match: found, rank: pattern.rank })
      this.matches.push(found)
      return
    }
  }

  /** The 1-based line of a position in `text`. Newlines are counted once, in order. */
  private lineAt(text: string, position: number): number {
    if (this.carryStart + position > this.lineCountedTo) this.countLines(text, position)
    return this.line
  }

  /** Counts the newlines of `text` from where counting stopped up to `upTo`. */
  private countLines(text: string, upTo: number): void {
    let i = Math.max(0, this.lineCountedTo - this.carryStart)
    for (let next = text.indexOf('\n', i); next !== -1 && next < upTo; next = text.indexOf('\n', i)) {
      this.line++
      i = next + 1
    }
    this.lineCountedTo = Math.max(this.lineCountedTo, this.carryStart + upTo)
  }
}
