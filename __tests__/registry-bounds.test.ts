/**
 * Bounds on what a registry can make pack-guard do: an overall deadline per
 * request (a byte every few seconds never trips an idle timeout) and a cap on the
 * size of a package document. Each gives one line naming the registry and the flag.
 */
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { RegistryClient } from '../src/adapters/registry.js'
import { PackGuardError } from '../src/errors.js'
import { buildTarball } from './helpers/tarball.js'

let server: Server | undefined
const timers: NodeJS.Timeout[] = []

async function serve(handler: (req: IncomingMessage, res: ServerResponse, base: string) => void): Promise<string> {
  const created = createServer((req, res) => handler(req, res, base))
  server = created
  await new Promise<void>((resolve) => created.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(created.address() as AddressInfo).port}`
  return `${base}/`
}

afterEach(async () => {
  for (const timer of timers) clearInterval(timer)
  timers.length = 0
  if (!server) return
  server.closeAllConnections()
  await new Promise<void>((resolve) => server!.close(() => resolve()))
  server = undefined
})

/** Sends `data` one byte every `ms`: the idle timeout never fires. */
function trickle(res: ServerResponse, data: Buffer, ms: number): void {
  let at = 0
  const timer = setInterval(() => {
    if (at >= data.length) {
      clearInterval(timer)
      res.end()
      return
    }
    res.write(data.subarray(at, ++at))
  }, ms)
  timers.push(timer)
}

const client = (options: object) => new RegistryClient({ npmConfig: new Map(), tries: 2, backoffMs: 10, timeoutMs: 5_000, ...options })

describe('registry bounds', () => {
  it('gives up on a tarball that trickles in, at the overall deadline, without retrying', async () => {
    const tarball = await buildTarball([{ path: 'index.js', content: 'x'.repeat(5000) }], { name: 'slow', version: '1.0.0' })
    const integrity = `sha512-${createHash('sha512').update(tarball).digest('base64')}`
    let downloads = 0
    const url = await serve((req, res, base) => {
      if (req.url === '/slow') return res.end(JSON.stringify({ name: 'slow', versions: { '1.0.0': { dist: { tarball: `${base}/slow.tgz`, integrity } } } }))
      downloads++
      res.writeHead(200)
      trickle(res, tarball, 20)
    })
    const registry = client({ deadlineMs: 600 })
    const packument = await registry.packument(url, 'slow')
    const started = Date.now()
    const error = await registry.snapshot(url, packument!, '1.0.0').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PackGuardError)
    expect((error as Error).message).toBe(`cannot reach the registry ${url} for slow@1.0.0's tarball: not done within 600 ms (raise the limit with --registry-deadline)`)
    expect(Date.now() - started).toBeLessThan(3_000)
    expect(downloads).toBe(1)
  })

  it('reads a document that is slow but within the deadline', async () => {
    const doc = Buffer.from(JSON.stringify({ name: 'ok', versions: {} }))
    const url = await serve((_req, res) => trickle(res, doc, 2))
    await expect(client({ deadlineMs: 10_000 }).packument(url, 'ok')).resolves.toMatchObject({ name: 'ok', versions: [] })
  })

  it.each([
    ['declared by Content-Length', true],
    ['streamed without a length', false],
  ])('refuses a package document larger than the cap (%s)', async (_name, withLength) => {
    const doc = Buffer.from(JSON.stringify({ name: 'huge', versions: {}, padding: 'x'.repeat(3 * 1024 * 1024) }))
    const url = await serve((_req, res) => {
      res.writeHead(200, withLength ? { 'content-length': String(doc.length) } : {})
      for (let at = 0; at < doc.length; at += 64 * 1024) res.write(doc.subarray(at, at + 64 * 1024))
      res.end()
    })
    const error = await client({ maxPackumentBytes: 1024 * 1024 }).packument(url, 'huge').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PackGuardError)
    expect((error as Error).message).toBe(`${url}: the document for huge is larger than 1 MiB (raise the cap with --max-packument-bytes)`)
  })
})
