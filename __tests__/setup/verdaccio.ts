/**
 * Starts a real registry (Verdaccio, in-process) for the tests: loopback only,
 * a fresh storage folder, no uplinks (so nothing ever reaches the internet),
 * anonymous reads, authenticated publishes, and a `@private/*` scope that needs
 * a token to read.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runServer } from 'verdaccio'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test registry's URL, ending in "/". */
    registryUrl: string
    /** Verdaccio's storage folder (tests tamper with it to corrupt a tarball). */
    registryStorage: string
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = mkdtempSync(join(tmpdir(), 'pack-guard-verdaccio-'))
  const storage = join(root, 'storage')
  const config = {
    self_path: join(root, 'config.yaml'),
    configPath: join(root, 'config.yaml'),
    storage,
    auth: { htpasswd: { file: join(root, 'htpasswd'), max_users: 1000 } },
    uplinks: {},
    packages: {
      '@private/*': { access: '$authenticated', publish: '$authenticated' },
      '**': { access: '$all', publish: '$authenticated' },
    },
    web: { enable: false },
    log: { type: 'stdout', format: 'pretty', level: 'fatal' },
    security: { api: { legacy: true } },
  }
  // Verdaccio's config type is wider than this object; the shape above is what it reads.
  const server = (await runServer(config as never)) as Server
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  project.provide('registryUrl', `http://127.0.0.1:${port}/`)
  project.provide('registryStorage', storage)
  return async () => {
    server.closeAllConnections?.()
    await new Promise<void>((resolve) => server.close(() => resolve()))
    rmSync(root, { recursive: true, force: true })
  }
}
