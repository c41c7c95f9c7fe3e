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
 * does, so `//host/:_authToken=${NODE_AUTH_TOKEN}` from actions/setup-node works, but
 * only for the variables npm configuration is meant to use (see {@link mayExpand}).
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

/**
 * The variables a .npmrc may expand: the tokens npm setups use (`NODE_AUTH_TOKEN`
 * from actions/setup-node, `NPM_TOKEN`) and npm's own `npm_config_*`. Never the
 * runner's and the action's own (`INPUT_*` holds the github-token, `ACTIONS_*` the
 * runtime and OIDC request tokens, `GITHUB_*`, `RUNNER_*`): a pull request's .npmrc
 * could otherwise write them into a token for any host.
 */
export function mayExpand(name: string): boolean {
  if (/^(?:INPUT|ACTIONS|GITHUB|RUNNER)_/i.test(name)) return false
  return name === 'NODE_AUTH_TOKEN' || name === 'NPM_TOKEN' || /^npm_config_/i.test(name)
}

/** npm's rule: `${NAME}` (or `${NAME?}`) becomes the variable's value; `\${NAME}` stays literal. Others stay as written. */
function expandEnv(text: string, env: NodeJS.ProcessEnv): string {
  return text.replace(/(\\*)\$\{([^${}?]+)(\?)?\}/g, (whole, slashes: string, name: string, optional: string | undefined) => {
    if (slashes.length % 2 === 1) return whole.slice(1)
    if (!mayExpand(name)) return whole
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

/** npm's configuration by where it came from: the workflow's (user file, environment) and the checkout's (project file). */
export interface NpmConfigLayers {
  userFile: string
  user: Map<string, string>
  projectFile: string
  project: Map<string, string>
  /** `npm_config_registry` from the environment, which overrides every file. */
  envRegistry?: string
}

function readNpmrc(file: string, env: NodeJS.ProcessEnv): Map<string, string> {
  if (!existsSync(file)) return new Map()
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new PackGuardError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  return parseNpmrc(text, env)
}

/** Reads the user's and the project's .npmrc, each on its own. */
export function readNpmConfigLayers({ projectDir, env = process.env, userconfig }: LoadConfigOptions): NpmConfigLayers {
  const userFile = userconfig ?? env.npm_config_userconfig ?? env.NPM_CONFIG_USERCONFIG ?? join(env.HOME ?? homedir(), '.npmrc')
  const projectFile = join(projectDir, '.npmrc')
  return { userFile, user: readNpmrc(userFile, env), projectFile, project: readNpmrc(projectFile, env), envRegistry: (env.npm_config_registry ?? env.NPM_CONFIG_REGISTRY) || undefined }
}

/** The layers as npm sees them: the project over the user, the environment over both. */
export function mergeNpmConfig(layers: Pick<NpmConfigLayers, 'user' | 'project' | 'envRegistry'>): NpmConfig {
  const config = new Map(layers.user)
  for (const [key, value] of layers.project) config.set(key, value)
  if (layers.envRegistry) config.set('registry', layers.envRegistry)
  return config
}

/** Reads the user's then the project's .npmrc; the project wins, as in npm. */
export function loadNpmConfig(options: LoadConfigOptions): NpmConfig {
  return mergeNpmConfig(readNpmConfigLayers(options))
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
 * was written for; the longest matching path wins. Plain http gets no token, except
 * on loopback.
 */
export function authFor(url: string, config: NpmConfig): string | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return undefined
  }
  // A token in clear text only where it cannot leave the machine; a token written for
  // https://host never goes to http://host (nerf darts do not say which it was for).
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && isLoopback(parsed.hostname))) return undefined
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

/** 127.0.0.0/8, ::1 and localhost: plain http there never crosses a network. */
export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host)
}
