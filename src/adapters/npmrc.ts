/**
 * Reads the parts of npm's configuration pack-guard needs: which registry serves a
 * package and which token goes with it. Reading .npmrc ourselves (instead of asking
 * `npm config`) costs a few lines and spares a process per lookup.
 */
import { existsSync, readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { PackGuardError } from '../errors.js'

export const DEFAULT_REGISTRY = 'https://registry.npmjs.org/'

/** Flat key/value settings, later sources already overriding earlier ones. */
export type NpmConfig = ReadonlyMap<string, string>

/**
 * Parses .npmrc text (ini without sections). `${VAR}` is replaced from `env` as npm
 * does, so `//host/:_authToken=${NODE_AUTH_TOKEN}` from actions/setup-node works.
 */
export function parseNpmrc(text: string, env: NodeJS.ProcessEnv): Map<string, string> {
  const config = new Map<string, string>()
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (line === '' || line.startsWith(';') || line.startsWith('#') || line.startsWith('[')) continue
    const eq = line.indexOf('=')
    if (eq === -1) continue
    const key = expandEnv(line.slice(0, eq).trim(), env)
    let value = line.slice(eq + 1).trim()
    if (value.length >= 2 && ((value.startsWith('"') && value.endsWith('"')) || (value.startsWith("'") && value.endsWith("'")))) value = value.slice(1, -1)
    config.set(key, expandEnv(value, env))
  }
  return config
}

/** npm's rule: `${NAME}` (or `${NAME?}`) becomes the variable's value; `\${NAME}` stays literal. */
function expandEnv(text: string, env: NodeJS.ProcessEnv): string {
  return text.replace(/(\\*)\$\{([^${}?]+)(\?)?\}/g, (whole, slashes: string, name: string, optional: string | undefined) => {
    if (slashes.length % 2 === 1) return whole.slice(1)
    const value = env[name]
    if (value === undefined && !optional) return whole
    return `${slashes.slice(slashes.length / 2)}${value ?? ''}`
  })
}

export interface LoadConfigOptions {
  /** The project folder: its .npmrc is read first in precedence. */
  projectDir: string
  env?: NodeJS.ProcessEnv
  /** The user config file (default: $npm_config_userconfig or ~/.npmrc). */
  userconfig?: string
}

/** Reads the user's then the project's .npmrc; the project wins, as in npm. */
export function loadNpmConfig({ projectDir, env = process.env, userconfig }: LoadConfigOptions): NpmConfig {
  const userFile = userconfig ?? env.npm_config_userconfig ?? env.NPM_CONFIG_USERCONFIG ?? join(env.HOME ?? homedir(), '.npmrc')
  const config = new Map<string, string>()
  for (const file of [userFile, join(projectDir, '.npmrc')]) {
    if (!existsSync(file)) continue
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    } catch (error) {
      throw new PackGuardError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
    }
    for (const [key, value] of parseNpmrc(text, env)) config.set(key, value)
  }
  // npm lets the environment override every file.
  const fromEnv = env.npm_config_registry ?? env.NPM_CONFIG_REGISTRY
  if (fromEnv) config.set('registry', fromEnv)
  return config
}

/** The registry for a package: its scope's registry, else the default one. Always ends in "/". */
export function registryFor(name: string, config: NpmConfig): string {
  const scope = name.startsWith('@') ? name.slice(0, name.indexOf('/')) : null
  const url = (scope && config.get(`${scope}:registry`)) || config.get('registry') || DEFAULT_REGISTRY
  return withSlash(url)
}

export function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`
}

/**
 * The Authorization header for a request to `url`, or undefined. Keys are npm's
 * "nerf darts" (`//host[:port]/path/`), so a token only ever goes to the host it
 * was written for; the longest matching path wins.
 */
export function authFor(url: string, config: NpmConfig): string | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return undefined
  }
  let path = parsed.pathname.endsWith('/') ? parsed.pathname : parsed.pathname.slice(0, parsed.pathname.lastIndexOf('/') + 1)
  for (;;) {
    const key = `//${parsed.host}${path}`
    const token = config.get(`${key}:_authToken`)
    if (token) return `Bearer ${token}`
    const basic = config.get(`${key}:_auth`)
    if (basic) return `Basic ${basic}`
    const username = config.get(`${key}:username`)
    const password = config.get(`${key}:_password`)
    if (username && password) return `Basic ${Buffer.from(`${username}:${Buffer.from(password, 'base64').toString('utf8')}`).toString('base64')}`
    if (path === '/') return undefined
    path = path.slice(0, path.slice(0, -1).lastIndexOf('/') + 1)
  }
}
