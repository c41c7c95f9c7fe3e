/**
 * Publishing into the test registry (see setup/verdaccio.ts) the way a maintainer
 * does: a user with a token, a userconfig holding it, and `npm publish`.
 */
import { execFile } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { inject } from 'vitest'
import { type FixtureEntry, tempDir, writeTarball } from './tarball.js'

const run = promisify(execFile)

/** The test registry's URL, ending in "/". */
export function registryUrl(): string {
  return inject('registryUrl')
}

/** The `//host:port/` key npm uses for this registry's settings in .npmrc. */
export function nerfDart(url = registryUrl()): string {
  const { host } = new URL(url)
  return `//${host}/`
}

let tokenPromise: Promise<string> | undefined

/** A token for a user of the test registry (one per test file). */
export function registryToken(): Promise<string> {
  tokenPromise ??= createUser(`tester${process.pid}${Math.floor(Math.random() * 1e6)}`)
  return tokenPromise
}

/** Creates a user with `PUT /-/user/org.couchdb.user:NAME`; returns its token. */
export async function createUser(name: string): Promise<string> {
  const response = await fetch(`${registryUrl()}-/user/org.couchdb.user:${name}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password: 'secret-password', email: `${name}@example.test` }),
  })
  const body = (await response.json()) as { token?: string }
  if (!response.ok || !body.token) throw new Error(`creating ${name} failed: HTTP ${response.status} ${JSON.stringify(body)}`)
  return body.token
}

/** A userconfig holding the token for the test registry; returns its path. */
export async function writeUserconfig(dir = tempDir()): Promise<string> {
  const file = join(dir, 'publisher.npmrc')
  writeFileSync(file, `${nerfDart()}:_authToken=${await registryToken()}\n`)
  return file
}

/** An environment without the npm_config_* variables `npm test` exports, so nothing leaks in from the machine's npm. */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_config_/i.test(key)) env[key] = value
  return { ...env, ...extra }
}

/** Builds a tarball in code and publishes it with `npm publish`. */
export async function publish(name: string, version: string, entries: FixtureEntry[], tag = /-/.test(version) ? 'next' : 'latest'): Promise<void> {
  const dir = tempDir()
  const manifest = entries.some((entry) => entry.path === 'package.json') ? [] : [{ path: 'package.json', content: JSON.stringify({ name, version }) }]
  const tarball = await writeTarball(dir, 'package.tgz', [...manifest, ...entries], { name, version })
  await publishTarball(tarball, tag)
}

/** Publishes a tarball file as it is (`npm publish FILE`), the way the pack-once release workflow does. */
export async function publishTarball(tarball: string, tag = 'latest'): Promise<void> {
  const dir = tempDir()
  const userconfig = await writeUserconfig(dir)
  await run('npm', ['publish', tarball, '--registry', registryUrl(), '--userconfig', userconfig, '--tag', tag, '--ignore-scripts', '--provenance=false'], {
    cwd: dir,
    env: cleanEnv({ HOME: dir }),
  })
}

/** A unique package name, so test files never collide in the shared registry. */
export function uniqueName(base: string, scope?: string): string {
  const name = `${base}-${process.pid}-${Math.floor(Math.random() * 1e9).toString(36)}`
  return scope ? `@${scope}/${name}` : name
}

/** Writes a package folder with a package.json and files; returns its path. */
export function writePackageFolder(dir: string, manifest: Record<string, unknown>, files: Record<string, string>): string {
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  return dir
}
