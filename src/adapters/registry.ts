/**
 * Talks to an npm registry: the package document (packument) and a version's
 * tarball. Uses Node's own fetch (Node 20+), so there is no dependency to carry
 * into the bundle; .npmrc handling lives in npmrc.ts.
 */
import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { PassThrough, Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { PublishedVersions } from '../core/baseline-version.js'
import type { PackageSnapshot } from '../core/types.js'
import { PackGuardError } from '../errors.js'
import { authFor, type NpmConfig, withSlash } from './npmrc.js'
import { DEFAULT_LIMITS, type ReadLimits, readTarball } from './tarball-reader.js'

/** How hard to try a registry: the CLI's and the action's one set of network settings. */
export interface NetworkOptions {
  /** Tries per request for 429, 5xx and network errors (default 3). */
  tries?: number
  /** First backoff in ms, doubled each retry (default 500). */
  backoffMs?: number
  /** Gives up on a request after this many ms without progress (default 30 s). */
  timeoutMs?: number
  /** Gives up on a request, body included, after this many ms in all, progress or not (default 5 min). */
  deadlineMs?: number
  /** Most bytes of a package document (default 100 MiB): a huge one would take gigabytes to parse. */
  maxPackumentBytes?: number
}

export interface RegistryOptions extends NetworkOptions {
  /** Settings from .npmrc: tokens are looked up here per request URL. */
  npmConfig: NpmConfig
  limits?: ReadLimits
}

export const DEFAULT_DEADLINE_MS = 5 * 60_000
export const DEFAULT_PACKUMENT_BYTES = 100 * 1024 * 1024

export interface VersionDist {
  tarball: string
  integrity?: string
  shasum?: string
}

export interface Packument extends PublishedVersions {
  name: string
  dist: ReadonlyMap<string, VersionDist>
}

// The abbreviated document npm install uses: versions, dist-tags and dist are all we read, and it is far smaller.
const ACCEPT = 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*'
const MAX_REDIRECTS = 5

class RetryableError extends Error {}

/** A tarball response's body as a stream; a 404 or an empty body is a one-line error. */
function tarballBody(response: Response, label: string, registry: string): Readable {
  if (response.status === 404) throw new PackGuardError(`${label}: the registry lists it but its tarball is missing (404 from ${registry})`)
  if (!response.body) throw new PackGuardError(`${label}: empty tarball response from ${registry}`)
  return Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>)
}

/** A registry client for one run: every packument is fetched at most once per URL, every tarball once per URL and kind of scan. */
export class RegistryClient {
  private readonly packuments = new Map<string, Promise<Packument | null>>()
  private readonly snapshots = new Map<string, Promise<PackageSnapshot>>()
  private readonly tries: number
  private readonly backoffMs: number
  private readonly timeoutMs: number
  private readonly deadlineMs: number
  private readonly maxPackumentBytes: number
  private readonly limits: ReadLimits

  constructor(private readonly options: RegistryOptions) {
    this.tries = options.tries ?? 3
    this.backoffMs = options.backoffMs ?? 500
    this.timeoutMs = options.timeoutMs ?? 30_000
    this.deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS
    this.maxPackumentBytes = options.maxPackumentBytes ?? DEFAULT_PACKUMENT_BYTES
    this.limits = options.limits ?? DEFAULT_LIMITS
  }

  /** The package document, or null when the registry has never heard of the package (404). */
  packument(registry: string, name: string): Promise<Packument | null> {
    const url = packumentUrl(registry, name)
    let pending = this.packuments.get(url)
    if (!pending) {
      pending = this.fetchPackument(url, registry, name)
      this.packuments.set(url, pending)
    }
    return pending
  }

  /**
   * Streams `name@version`'s tarball once: the same bytes feed the sha512 check and
   * the tarball reader. The snapshot is returned only when the hash matches.
   * `scanSecrets: false` skips the secret scan (a baseline needs it only when the
   * candidate holds secrets).
   */
  snapshot(registry: string, packument: Packument, version: string, options: { scanSecrets?: boolean } = {}): Promise<PackageSnapshot> {
    const dist = packument.dist.get(version)
    const label = `${packument.name}@${version}`
    if (!dist) return Promise.reject(new PackGuardError(`${label} is not published on ${registry}`))
    const scanSecrets = options.scanSecrets ?? true
    const key = `${scanSecrets ? 'scanned' : 'unscanned'} ${dist.tarball}`
    // A scanned snapshot serves an unscanned request too.
    let pending = this.snapshots.get(key) ?? (scanSecrets ? undefined : this.snapshots.get(`scanned ${dist.tarball}`))
    if (!pending) {
      pending = this.fetchSnapshot(registry, label, dist, scanSecrets)
      this.snapshots.set(key, pending)
    }
    return pending
  }

  /**
   * A JSON document beside the packages (the attestations endpoint): null when the
   * registry answers 404, or 405/501 (a registry without that endpoint).
   */
  async document(url: string, registry: string, what: string): Promise<unknown> {
    return this.request(url, registry, what, async (response) => {
      if (response.status === 404 || response.status === 405 || response.status === 501) {
        await response.body?.cancel().catch(() => {})
        return null
      }
      try {
        return (await response.json()) as unknown
      } catch {
        throw new PackGuardError(`${registry}: ${what} is not valid JSON`)
      }
    })
  }

  /**
   * Downloads `name@version`'s tarball to `file`, as the registry serves it, and checks
   * the bytes against the integrity the registry's document gives. Returns that integrity.
   */
  async download(registry: string, packument: Packument, version: string, file: string): Promise<string> {
    const dist = packument.dist.get(version)
    const label = `${packument.name}@${version}`
    if (!dist) throw new PackGuardError(`${label} is not published on ${registry}`)
    const expected = expectedHash(dist, label, registry)
    return this.request(dist.tarball, registry, `${label}'s tarball`, async (response, progress) => {
      const body = tarballBody(response, label, registry)
      const hash = createHash(expected.algorithm)
      let bytes = 0
      const count = new PassThrough()
      count.on('data', (chunk: Buffer) => {
        hash.update(chunk)
        bytes += chunk.length
        if (bytes > this.limits.maxBytes) count.destroy(new PackGuardError(`${label}: the tarball from ${registry} is larger than ${this.limits.maxBytes} bytes`))
        progress()
      })
      await pipeline(body, count, createWriteStream(file))
      const actual = hash.digest('base64')
      if (actual !== expected.digest) {
        throw new PackGuardError(`${label}: tarball from ${registry} does not match its integrity (${expected.algorithm}-${expected.digest.slice(0, 12)}…, got ${expected.algorithm}-${actual.slice(0, 12)}…)`)
      }
      return `${expected.algorithm}-${expected.digest}`
    })
  }

  private async fetchPackument(url: string, registry: string, name: string): Promise<Packument | null> {
    const body = await this.request(url, registry, `${name}'s registry document`, async (response, progress) => {
      if (response.status === 404) return null
      const text = await readCapped(response, this.maxPackumentBytes, progress, () =>
        new PackGuardError(`${registry}: the document for ${name} is larger than ${formatBytes(this.maxPackumentBytes)} (raise the cap with --max-packument-bytes)`),
      )
      try {
        return JSON.parse(text) as unknown
      } catch {
        throw new PackGuardError(`${registry}: the document for ${name} is not valid JSON`)
      }
    })
    if (body === null) return null
    return toPackument(body, name, registry)
  }

  private async fetchSnapshot(registry: string, label: string, dist: VersionDist, scanSecrets: boolean): Promise<PackageSnapshot> {
    const expected = expectedHash(dist, label, registry)
    return this.request(dist.tarball, registry, `${label}'s tarball`, async (response, progress) => {
      const body = tarballBody(response, label, registry)
      const hash = createHash(expected.algorithm)
      // The reader gets its own pipe: when it stops (at the tar end marker, or at a broken
      // byte) the body stays open, so the hash still covers every byte the registry sent.
      const toReader = new PassThrough()
      let bodyError: unknown
      body.on('data', (chunk: Buffer) => {
        hash.update(chunk)
        progress()
      })
      const ended = new Promise<void>((resolve, reject) => {
        body.on('end', resolve)
        body.on('error', (error) => {
          bodyError = error
          // pipe() does not pass errors on: without this the reader would wait forever.
          toReader.destroy(error)
          reject(error)
        })
      })
      ended.catch(() => {})
      body.pipe(toReader)
      let snapshot: PackageSnapshot | undefined
      let readError: unknown
      try {
        snapshot = await readTarball(toReader, `${label} from ${registry}`, this.limits, { scanSecrets })
      } catch (error) {
        readError = error
      }
      // A connection reset mid-download is worth another try; a bad archive is not.
      if (bodyError) throw bodyError
      body.unpipe(toReader)
      toReader.destroy()
      body.resume()
      await ended
      const actual = hash.digest('base64')
      if (actual !== expected.digest) {
        throw new PackGuardError(
          `${label}: tarball from ${registry} does not match its integrity (${expected.algorithm}-${expected.digest.slice(0, 12)}…, got ${expected.algorithm}-${actual.slice(0, 12)}…); refusing to compare with it`,
        )
      }
      if (readError || !snapshot) throw readError
      return snapshot
    })
  }

  /**
   * One request with retries: 429, 5xx and network errors are tried again with
   * backoff; anything else goes to `handle`. An unreachable registry ends in a
   * PackGuardError naming it, never in a silent pass.
   */
  private async request<T>(url: string, registry: string, what: string, handle: (response: Response, progress: () => void) => Promise<T>): Promise<T> {
    let lastProblem = ''
    for (let attempt = 1; attempt <= this.tries; attempt++) {
      const controller = new AbortController()
      let timer = setTimeout(() => controller.abort(), this.timeoutMs)
      const progress = () => {
        clearTimeout(timer)
        timer = setTimeout(() => controller.abort(), this.timeoutMs)
      }
      // The idle timer restarts on every byte: a registry that sends one byte every few
      // seconds would never trip it. This one does not restart.
      let pastDeadline = false
      const deadline = setTimeout(() => {
        pastDeadline = true
        controller.abort()
      }, this.deadlineMs)
      let retryAfterMs = 0
      try {
        const response = await this.fetchFollowing(url, controller.signal)
        if (response.status === 429 || response.status >= 500) {
          retryAfterMs = retryAfter(response.headers.get('retry-after'))
          await response.body?.cancel().catch(() => {})
          throw new RetryableError(`HTTP ${response.status}`)
        }
        if (response.status === 401 || response.status === 403) {
          await response.body?.cancel().catch(() => {})
          throw new PackGuardError(`${registry}: HTTP ${response.status} for ${what}: a token for this registry is missing or not allowed (check .npmrc, e.g. //host/:_authToken=\${NODE_AUTH_TOKEN})`)
        }
        if (response.status !== 404 && (response.status < 200 || response.status >= 300)) {
          await response.body?.cancel().catch(() => {})
          throw new PackGuardError(`${registry}: HTTP ${response.status} for ${what}`)
        }
        return await handle(response, progress)
      } catch (error) {
        if (pastDeadline) {
          throw new PackGuardError(`cannot reach the registry ${registry} for ${what}: not done within ${formatMs(this.deadlineMs)} (raise the limit with --registry-deadline)`)
        }
        if (error instanceof PackGuardError) throw error
        if (!(error instanceof RetryableError) && !isNetworkError(error) && !controller.signal.aborted) throw error
        lastProblem = controller.signal.aborted ? `no answer within ${formatMs(this.timeoutMs)}` : describeNetworkError(error)
      } finally {
        clearTimeout(timer)
        clearTimeout(deadline)
      }
      if (attempt < this.tries) await sleep(Math.max(retryAfterMs, this.backoffMs * 2 ** (attempt - 1)))
    }
    throw new PackGuardError(`cannot reach the registry ${registry} for ${what}: ${lastProblem} (tried ${this.tries} times)`)
  }

  /** Follows redirects by hand so the token is chosen again for each host (never carried to another). */
  private async fetchFollowing(url: string, signal: AbortSignal): Promise<Response> {
    let current = url
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const headers: Record<string, string> = { accept: ACCEPT, 'user-agent': 'pack-guard' }
      const auth = authFor(current, this.options.npmConfig)
      if (auth) headers.authorization = auth
      const response = await fetch(current, { headers, signal, redirect: 'manual' })
      const location = response.headers.get('location')
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel().catch(() => {})
        current = new URL(location, current).toString()
        continue
      }
      return response
    }
    throw new PackGuardError(`${url}: more than ${MAX_REDIRECTS} redirects`)
  }
}

/** The document URL: scoped names keep "@" and escape "/", as npm sends them. */
export function packumentUrl(registry: string, name: string): string {
  return `${withSlash(registry)}${encodeURIComponent(name).replace(/^%40/, '@')}`
}

function toPackument(body: unknown, name: string, registry: string): Packument {
  if (!body || typeof body !== 'object') throw new PackGuardError(`${registry}: the document for ${name} is not an object`)
  const doc = body as { versions?: Record<string, { dist?: Partial<VersionDist> }>; 'dist-tags'?: Record<string, unknown> }
  const dist = new Map<string, VersionDist>()
  for (const [version, manifest] of Object.entries(doc.versions ?? {})) {
    const tarball = manifest?.dist?.tarball
    if (typeof tarball !== 'string') continue
    dist.set(version, { tarball, integrity: stringOrUndefined(manifest.dist?.integrity), shasum: stringOrUndefined(manifest.dist?.shasum) })
  }
  const distTags: Record<string, string> = {}
  for (const [tag, version] of Object.entries(doc['dist-tags'] ?? {})) if (typeof version === 'string') distTags[tag] = version
  return { name, versions: [...dist.keys()], distTags, dist }
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

/** sha512 from `dist.integrity` when present (the strongest npm offers); the old sha1 `shasum` otherwise. */
function expectedHash(dist: VersionDist, label: string, registry: string): { algorithm: 'sha512' | 'sha1'; digest: string } {
  const sha512 = dist.integrity?.split(/\s+/).find((entry) => entry.startsWith('sha512-'))
  if (sha512) return { algorithm: 'sha512', digest: sha512.slice('sha512-'.length).split('?')[0] }
  if (dist.shasum && /^[0-9a-f]{40}$/i.test(dist.shasum)) return { algorithm: 'sha1', digest: Buffer.from(dist.shasum, 'hex').toString('base64') }
  throw new PackGuardError(`${label}: ${registry} gives no integrity hash for its tarball; refusing to trust it`)
}

const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'ECONNABORTED'])

function networkCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return code
  }
  return undefined
}

function isNetworkError(error: unknown): boolean {
  if (!error) return false
  if (networkCode(error)) return true
  return error instanceof TypeError && /fetch failed|terminated/i.test(error.message)
}

function describeNetworkError(error: unknown): string {
  if (error instanceof RetryableError) return error.message
  const code = networkCode(error)
  if (code) return code
  // fetch says only "fetch failed"; the reason (e.g. "bad port") is in its cause.
  const cause = (error as { cause?: unknown })?.cause
  const message = error instanceof Error ? error.message : String(error)
  return cause instanceof Error && cause.message ? `${message}: ${cause.message}` : message
}

function retryAfter(header: string | null): number {
  const seconds = Number(header)
  // Honour the registry's wish, but never wait longer than a few seconds per try.
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds * 1000, 10_000) : 0
}

/** A response body as text, refused past `max` bytes (by Content-Length when given, else while it streams). */
async function readCapped(response: Response, max: number, progress: () => void, tooLarge: () => PackGuardError): Promise<string> {
  const declared = Number(response.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > max) {
    await response.body?.cancel().catch(() => {})
    throw tooLarge()
  }
  if (!response.body) return ''
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = response.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.length
    if (size > max) {
      await reader.cancel().catch(() => {})
      throw tooLarge()
    }
    chunks.push(value)
    progress()
  }
  return Buffer.concat(chunks).toString('utf8')
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 ** 2 ? `${Math.round(bytes / 1024 ** 2)} MiB` : `${bytes} bytes`
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
