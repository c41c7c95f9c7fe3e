import { readdirSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { check as checkOnly, type CheckOptions, finishReport, reportsOf } from '../src/check.js'

/** check() finished into a Report, as the CLI does. */
async function check(options: CheckOptions) {
  const result = await checkOnly(options)
  return finishReport(result, reportsOf(result))
}
import { packFolder, parsePackOutput } from '../src/adapters/npm-pack.js'
import { PackGuardError } from '../src/errors.js'
import { cleanEnv, nerfDart, publish, registryToken, registryUrl, uniqueName, writePackageFolder } from './helpers/registry.js'
import { buildTarball, sourceMap, tempDir } from './helpers/tarball.js'

const BUNDLE = `${'x'.repeat(20_000)}\n`
const FAST = { tries: 2, backoffMs: 10, timeoutMs: 5_000 }

/** check() with an environment free of the machine's npm settings and a user .npmrc that does not exist. */
function run(options: Partial<CheckOptions> & { path: string }) {
  const home = tempDir()
  return check({ baseline: 'auto', env: cleanEnv({ HOME: home }), userconfig: join(home, '.npmrc'), network: FAST, ...options })
}

function candidate(name: string, version: string, files: Record<string, string>, dir = tempDir()): string {
  return writePackageFolder(join(dir, 'pkg'), { name, version, files: Object.keys(files).filter((f) => f !== 'package.json') }, files)
}

let name: string
beforeAll(async () => {
  name = uniqueName('baselines')
  const v = (content: string) => [{ path: 'cli.js', content }, { path: 'README.md', content: '# x\n' }]
  // Sequential: npm publish of one package must not race itself.
  await publish(name, '1.0.0', v(BUNDLE))
  await publish(name, '1.1.0', v(`${BUNDLE}//1.1\n`))
  await publish(name, '1.2.0-beta.1', v(`${BUNDLE}//beta\n`), 'next')
  await publish(name, '0.9.0', v(`${BUNDLE}//old\n`), 'legacy')
})

describe('registry baselines', () => {
  it('auto: the highest lower release; a new map with sources fails the check', async () => {
    const report = await run({
      path: candidate(name, '1.2.0', { 'cli.js': `${BUNDLE}//# sourceMappingURL=cli.js.map\n`, 'cli.js.map': sourceMap(40, true), 'README.md': '# x\n' }),
      registry: registryUrl(),
    })
    const [pkg] = report.packages
    expect(pkg.baseline).toEqual({ version: '1.1.0', source: 'registry', registry: registryUrl() })
    expect(pkg.files.added.map((f) => f.path)).toEqual(['cli.js.map'])
    expect(pkg.findings.some((f) => f.rule === 'source-map/sources-content' && f.severity === 'error')).toBe(true)
    expect(report.verdict).toBe('fail')
  })

  it('a prerelease candidate compares with the prerelease before it', async () => {
    const report = await run({ path: candidate(name, '1.2.0-beta.2', { 'cli.js': BUNDLE, 'README.md': '# x\n' }), registry: registryUrl() })
    expect(report.packages[0].baseline.version).toBe('1.2.0-beta.1')
    expect(report.verdict).toBe('pass')
  })

  it('an already published version is its own baseline', async () => {
    const report = await run({ path: candidate(name, '1.1.0', { 'cli.js': `${BUNDLE}//1.1\n`, 'README.md': '# x\n' }), registry: registryUrl() })
    expect(report.packages[0].baseline.version).toBe('1.1.0')
    // Only package.json differs (npm pack writes it as the folder has it); the code is the same.
    const { added, removed, changed } = report.packages[0].files
    expect([added, removed, changed.map((f) => f.path)]).toEqual([[], [], ['package.json']])
  })

  it.each([
    ['1.0.0', '1.0.0'],
    ['latest', '1.1.0'],
    ['legacy', '0.9.0'],
    ['next', '1.2.0-beta.1'],
  ])('--baseline %s fetches %s', async (spec, expected) => {
    const report = await run({ path: candidate(name, '2.0.0', { 'cli.js': BUNDLE, 'README.md': '# x\n' }), registry: registryUrl(), baseline: spec })
    expect(report.packages[0].baseline).toMatchObject({ version: expected, source: 'registry' })
    expect(report.packages[0].packed.before).toBeGreaterThan(0)
  })

  it('a named version that is not published is a clear error (404)', async () => {
    const promise = run({ path: candidate(name, '2.0.0', { 'cli.js': BUNDLE }), registry: registryUrl(), baseline: '1.0.7' })
    await expect(promise).rejects.toThrow(PackGuardError)
    await expect(promise).rejects.toThrow(`--baseline 1.0.7: ${name}@1.0.7 is not published on ${registryUrl()}`)
  })

  it('a package never published is a first release: absolute rules only', async () => {
    const fresh = uniqueName('fresh')
    const report = await run({ path: candidate(fresh, '1.0.0', { 'index.js': 'export {}\n' }), registry: registryUrl() })
    expect(report.packages[0].baseline).toEqual({ version: null, source: 'first-release', registry: registryUrl() })
    expect(report.verdict).toBe('pass')
    const leaky = await run({ path: candidate(fresh, '1.0.0', { 'index.js': 'export {}\n', 'index.js.map': sourceMap(3, true) }), registry: registryUrl() })
    expect(leaky.verdict).toBe('fail')
  })

  it('refuses a registry URL that carries credentials, without printing them', async () => {
    const promise = run({ path: candidate(name, '1.2.0', { 'cli.js': BUNDLE }), registry: 'https://me:hunter2@npm.example.test/' })
    await expect(promise).rejects.toThrow(/^--registry: the URL for npm\.example\.test holds credentials/)
    await expect(promise).rejects.not.toThrow(/hunter2/)
  })

  it('none skips the lookup', async () => {
    const report = await run({ path: candidate(name, '1.2.0', { 'cli.js': BUNDLE }), registry: 'http://127.0.0.1:1/', baseline: 'none' })
    expect(report.packages[0].baseline).toEqual({ version: null, source: 'none' })
  })
})

describe('registry from .npmrc with a token', () => {
  let privateName: string
  beforeAll(async () => {
    privateName = uniqueName('secret', 'private')
    await publish(privateName, '1.0.0', [{ path: 'index.js', content: BUNDLE }])
  })

  it('reads a @private package with NODE_AUTH_TOKEN expanded from the project .npmrc', async () => {
    const dir = tempDir()
    const folder = candidate(privateName, '1.0.1', { 'index.js': BUNDLE }, dir)
    writeFileSync(join(folder, '.npmrc'), `@private:registry=${registryUrl()}\n${nerfDart()}:_authToken=\${NODE_AUTH_TOKEN}\n`)
    const report = await check({
      path: folder,
      baseline: 'auto',
      env: cleanEnv({ HOME: dir, NODE_AUTH_TOKEN: await registryToken() }),
      userconfig: join(dir, 'none.npmrc'),
      network: FAST,
    })
    expect(report.packages[0].baseline).toEqual({ version: '1.0.0', source: 'registry', registry: registryUrl() })
  })

  it('without the token the registry refuses, and pack-guard says so', async () => {
    const dir = tempDir()
    const folder = candidate(privateName, '1.0.1', { 'index.js': BUNDLE }, dir)
    writeFileSync(join(folder, '.npmrc'), `@private:registry=${registryUrl()}\n${nerfDart()}:_authToken=\${NODE_AUTH_TOKEN}\n`)
    const promise = check({ path: folder, baseline: 'auto', env: cleanEnv({ HOME: dir }), userconfig: join(dir, 'none.npmrc'), network: FAST })
    await expect(promise).rejects.toThrow(/^http:\/\/127\.0\.0\.1:\d+\/: HTTP 40[13] for @private\/secret-.*token/)
  })
})

describe('registry failures', () => {
  it('a registry that is down is an error naming it, never a pass', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const { port } = closed.address() as AddressInfo
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    const promise = run({ path: candidate(name, '1.2.0', { 'cli.js': BUNDLE }), registry: `http://127.0.0.1:${port}` })
    await expect(promise).rejects.toThrow(`cannot reach the registry http://127.0.0.1:${port}/ for ${name}'s registry document: ECONNREFUSED (tried 2 times)`)
  })

  it('refuses a tarball that does not match its integrity', async () => {
    const tampered = uniqueName('tampered')
    await publish(tampered, '1.0.0', [{ path: 'index.js', content: 'export const good = 1\n' }])
    // Swap the stored tarball for another valid one: the registry document still holds the old sha512.
    const folder = join(inject('registryStorage'), tampered)
    const stored = readdirSync(folder).find((file) => file.endsWith('.tgz'))
    expect(stored).toBeDefined()
    writeFileSync(join(folder, stored!), await buildTarball([{ path: 'index.js', content: 'export const evil = 1\n' }], { name: tampered, version: '1.0.0' }))
    const promise = run({ path: candidate(tampered, '1.0.1', { 'index.js': 'export const good = 2\n' }), registry: registryUrl() })
    await expect(promise).rejects.toThrow(new RegExp(`^${tampered}@1\\.0\\.0: tarball from http://127\\.0\\.0\\.1:\\d+/ does not match its integrity`))
  })

  it('names the integrity, not the archive, when a tampered tarball is not even gzip', async () => {
    const garbled = uniqueName('garbled')
    await publish(garbled, '1.0.0', [{ path: 'index.js', content: 'export const good = 1\n' }])
    const folder = join(inject('registryStorage'), garbled)
    const stored = readdirSync(folder).find((file) => file.endsWith('.tgz'))
    writeFileSync(join(folder, stored!), 'not a tarball at all'.repeat(100))
    const promise = run({ path: candidate(garbled, '1.0.1', { 'index.js': 'export const good = 2\n' }), registry: registryUrl() })
    await expect(promise).rejects.toThrow(new RegExp(`^${garbled}@1\\.0\\.0: tarball from http://127\\.0\\.0\\.1:\\d+/ does not match its integrity`))
  })

  it('gives up on a registry that never answers, naming it', async () => {
    const silent = createServer(() => {})
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    try {
      const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`
      const started = Date.now()
      const promise = run({ path: candidate(name, '1.2.0', { 'cli.js': BUNDLE }), registry: url, network: { tries: 2, backoffMs: 10, timeoutMs: 300 } })
      await expect(promise).rejects.toThrow(`cannot reach the registry ${url} for ${name}'s registry document: no answer within 300 ms (tried 2 times)`)
      expect(Date.now() - started).toBeLessThan(10_000)
    } finally {
      silent.closeAllConnections()
      await new Promise<void>((resolve) => silent.close(() => resolve()))
    }
  })

  it('retries 503, 429 and a reset download, then succeeds; fetches each URL once per run', async () => {
    const tarball = await buildTarball([{ path: 'index.js', content: BUNDLE }], { name: 'flaky', version: '1.0.0' })
    const { createHash } = await import('node:crypto')
    const integrity = `sha512-${createHash('sha512').update(tarball).digest('base64')}`
    const hits: string[] = []
    let packumentTries = 0
    let tarballTries = 0
    const server: Server = createServer((req, res) => {
      hits.push(req.url ?? '')
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      if (req.url === '/flaky') {
        packumentTries++
        if (packumentTries === 1) return res.writeHead(503).end()
        if (packumentTries === 2) return res.writeHead(429, { 'retry-after': '0' }).end()
        res.writeHead(200, { 'content-type': 'application/json' })
        return res.end(JSON.stringify({ name: 'flaky', 'dist-tags': { latest: '1.0.0' }, versions: { '1.0.0': { dist: { tarball: `${base}/flaky/-/flaky-1.0.0.tgz`, integrity } } } }))
      }
      if (req.url === '/flaky/-/flaky-1.0.0.tgz') {
        tarballTries++
        if (tarballTries > 1) return res.writeHead(200).end(tarball)
        // The first download breaks off halfway: a connection reset mid-stream.
        res.writeHead(200, { 'content-length': String(tarball.length) })
        res.write(tarball.subarray(0, tarball.length >> 1), () => res.socket?.destroy())
        return
      }
      res.writeHead(404).end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
      const report = await run({ path: candidate('flaky', '1.0.1', { 'index.js': BUNDLE }), registry: url, network: { tries: 3, backoffMs: 10 } })
      expect(report.packages[0].baseline.version).toBe('1.0.0')
      expect(hits).toEqual(['/flaky', '/flaky', '/flaky', '/flaky/-/flaky-1.0.0.tgz', '/flaky/-/flaky-1.0.0.tgz'])
    } finally {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  })
})

describe('workspaces', () => {
  it('checks every public workspace against its own baseline and lists the private ones', async () => {
    const alpha = uniqueName('alpha')
    const beta = uniqueName('beta')
    await publish(alpha, '1.0.0', [{ path: 'index.js', content: BUNDLE }])
    const root = tempDir()
    writePackageFolder(root, { name: 'monorepo', private: true, workspaces: ['packages/*'] }, {})
    writePackageFolder(join(root, 'packages', 'alpha'), { name: alpha, version: '1.1.0' }, { 'index.js': BUNDLE, 'index.js.map': sourceMap(5, true) })
    writePackageFolder(join(root, 'packages', 'beta'), { name: beta, version: '0.1.0' }, { 'index.js': 'export {}\n' })
    writePackageFolder(join(root, 'packages', 'internal'), { name: 'internal-tools', version: '1.0.0', private: true }, { 'index.js': '' })
    const report = await run({ path: root, registry: registryUrl() })
    expect(report.packages.map((p) => [p.name, p.baseline.version, p.baseline.source])).toEqual([
      [alpha, '1.0.0', 'registry'],
      [beta, null, 'first-release'],
    ])
    expect(report.skipped).toEqual([{ name: 'internal-tools', path: 'packages/internal', reason: 'private' }])
    expect(report.verdict).toBe('fail')

    const one = await run({ path: root, registry: registryUrl(), workspaces: [beta] })
    expect(one.packages.map((p) => p.name)).toEqual([beta])
    expect(one.verdict).toBe('pass')
    await expect(run({ path: root, registry: registryUrl(), workspaces: ['nope'] })).rejects.toThrow(/--workspace nope: no such workspace/)
  })
})

describe('packing a folder', () => {
  it('refuses a folder without package.json and a private package, in one line', async () => {
    const empty = tempDir()
    await expect(packFolder(empty)).rejects.toThrow(`${empty}: not a package folder (no package.json)`)
    const priv = writePackageFolder(join(tempDir(), 'p'), { name: 'p', version: '1.0.0', private: true }, {})
    await expect(packFolder(priv)).rejects.toThrow(/"private": true/)
  })

  it('keeps scripts off by default and finds the JSON after script output when they run', async () => {
    const dir = writePackageFolder(join(tempDir(), 'scripted'), { name: 'scripted', version: '1.0.0', scripts: { prepack: 'node -e "console.log(\'[noise]\');require(\'fs\').writeFileSync(\'made.js\',\'1\')"' } }, { 'index.js': '' })
    const env = cleanEnv()
    const quiet = await run({ path: dir, baseline: 'none', env })
    expect(quiet.packages[0].fileCount.after).toBe(2)
    const loud = await run({ path: dir, baseline: 'none', env, runScripts: true })
    expect(loud.packages[0].fileCount.after).toBe(3)
    expect(parsePackOutput('[noise]\n[1]\n[\n  {"filename": "x-1.0.0.tgz"}\n]\n', 'dir')).toBe('x-1.0.0.tgz')
    expect(() => parsePackOutput('[noise]\n', 'dir')).toThrow('dir: npm pack printed no tarball name')
  })
})
