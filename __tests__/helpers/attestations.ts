/**
 * A loopback stand-in for the npm registry's attestations endpoint, which Verdaccio
 * lacks: it serves `/-/npm/v1/attestations/NAME@VERSION` from a table, in the
 * registry's shape, and passes every other request through to the test registry.
 */
import { createHash } from 'node:crypto'
import { type IncomingMessage, type ServerResponse, createServer, request } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface AttestationServer {
  /** The registry URL to give pack-guard, ending in "/". */
  url: string
  /** Serves this body for NAME@VERSION (null: a 404, as for a version without attestations). */
  set(name: string, version: string, body: unknown): void
  /** Every attestations path asked for. */
  asked: string[]
  close(): Promise<void>
}

const PREFIX = '/-/npm/v1/attestations/'

export async function startAttestationServer(upstream: string): Promise<AttestationServer> {
  const table = new Map<string, unknown>()
  const asked: string[] = []
  const target = new URL(upstream)
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/'
    if (path.startsWith(PREFIX)) {
      const spec = decodeURIComponent(path.slice(PREFIX.length))
      asked.push(spec)
      const body = table.get(spec)
      if (body === undefined || body === null) {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}')
        return
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))
      return
    }
    // Everything else is the real registry's; the Host header is kept so its tarball URLs point back here.
    const forward = request({ host: target.hostname, port: target.port, method: req.method, path, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    })
    forward.on('error', () => res.writeHead(502).end())
    req.pipe(forward)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    set: (name, version, body) => table.set(`${name}@${version}`, body),
    asked,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.()
        server.close(() => resolve())
      }),
  }
}

export const SLSA_V1 = 'https://slsa.dev/provenance/v1'
export const NPM_PUBLISH = 'https://github.com/npm/attestation/tree/main/specs/publish/v0.1'

/** The sha512 of some bytes, hex, as a statement's subject digest holds it. */
export function sha512Hex(bytes: Buffer): string {
  return createHash('sha512').update(bytes).digest('hex')
}

/**
 * An attestations response in the registry's shape: a publish attestation and (unless
 * `provenance` is false) a SLSA provenance one, each a Sigstore bundle whose DSSE payload
 * is an in-toto statement about `pkg:npm/NAME@VERSION` with `sha512`. The signatures are
 * not real: only a bundle Sigstore signed (see fixtures/) verifies.
 */
export function attestationsBody(name: string, version: string, sha512: string, options: { provenance?: boolean } = {}): unknown {
  const purl = `pkg:npm/${name.replace(/^@/, '%40')}@${version}`
  const bundle = (predicateType: string) => ({
    predicateType,
    bundle: {
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: { tlogEntries: [], timestampVerificationData: { rfc3161Timestamps: [] } },
      dsseEnvelope: {
        payload: Buffer.from(JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', subject: [{ name: purl, digest: { sha512 } }], predicateType, predicate: {} })).toString('base64'),
        payloadType: 'application/vnd.in-toto+json',
        signatures: [{ sig: Buffer.from('not a signature').toString('base64'), keyid: '' }],
      },
    },
  })
  return { attestations: [bundle(NPM_PUBLISH), ...(options.provenance === false ? [] : [bundle(SLSA_V1)])] }
}
