/**
 * Which registries a run may talk to, and so send tokens to. In the action the
 * checkout is a pull request's: its .npmrc and its package.json may choose the
 * baseline's registry only among the registries the workflow itself configured.
 */
import { escapeText } from '../report/escape.js'
import { DEFAULT_REGISTRY, type NpmConfig, type NpmConfigLayers, mergeNpmConfig } from './npmrc.js'

/** The registries the workflow configured, by origin (`https://host:port`), and where refusals are reported. */
export interface RegistryTrust {
  origins: ReadonlySet<string>
  /** Called once per file that chose a registry outside `origins`. */
  warn: (message: string) => void
}

function origin(url: string): string | undefined {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : undefined
  } catch {
    return undefined
  }
}

const isRegistryKey = (key: string) => key === 'registry' || /^@[^/]+:registry$/.test(key)

/**
 * The workflow's registries: the `registry` input, the registries of the user
 * .npmrc (what actions/setup-node writes), `npm_config_registry` from the step's
 * environment, and the public registry.
 */
export function workflowRegistries(registryInput: string | undefined, layers: NpmConfigLayers): Set<string> {
  const urls = [DEFAULT_REGISTRY, registryInput, layers.envRegistry]
  for (const [key, value] of layers.user) if (isRegistryKey(key)) urls.push(value)
  return new Set(urls.map((url) => (url ? origin(url) : undefined)).filter((value): value is string => value !== undefined))
}

/** True when the trust allows this registry URL. */
export function isTrustedRegistry(url: string, trust: RegistryTrust): boolean {
  const o = origin(url)
  return o !== undefined && trust.origins.has(o)
}

/**
 * The npm config of a run that trusts only the workflow's registries: the user
 * .npmrc whole; from the project's .npmrc, registry settings that stay among the
 * trusted registries and tokens for their hosts (nothing else it says reaches a
 * request). A refused registry setting is warned about once, naming the file.
 */
export function trustedNpmConfig(layers: NpmConfigLayers, trust: RegistryTrust): NpmConfig {
  const trustedHosts = new Set([...trust.origins].map((o) => new URL(o).host))
  const project = new Map<string, string>()
  const refused: string[] = []
  for (const [key, value] of layers.project) {
    if (isRegistryKey(key)) {
      if (isTrustedRegistry(value, trust)) project.set(key, value)
      else refused.push(`${key}=${value}`)
    } else if (key.startsWith('//')) {
      const host = key.slice(2, key.indexOf('/', 2) === -1 ? undefined : key.indexOf('/', 2))
      if (trustedHosts.has(host)) project.set(key, value)
    } else project.set(key, value)
  }
  if (refused.length > 0) {
    trust.warn(
      `${escapeText(layers.projectFile)} chooses a registry this workflow did not configure (${escapeText(refused.join(', '))}): ignored, the baseline comes from the workflow's registry. Set it with the action's registry input or with actions/setup-node (registry-url) instead.`,
    )
  }
  return mergeNpmConfig({ user: layers.user, project, envRegistry: layers.envRegistry })
}

/**
 * A package.json's publishConfig.registry under the trust: the URL when it is a
 * workflow registry, else undefined, with one warning naming the file.
 */
export function trustedPublishRegistry(url: string, manifestFile: string, trust: RegistryTrust): string | undefined {
  if (isTrustedRegistry(url, trust)) return url
  trust.warn(
    `${escapeText(manifestFile)}: publishConfig.registry ${escapeText(url)} is not a registry this workflow configured: ignored, the baseline comes from the workflow's registry. Set it with the action's registry input or with actions/setup-node (registry-url) instead.`,
  )
  return undefined
}
