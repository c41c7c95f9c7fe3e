/**
 * "The pull request cannot quietly loosen the gate": on a pull request the config
 * that judges it is the contributor's. When it differs from the base branch's, the
 * comment and the summary say so first, naming what got looser (a rule turned off,
 * a new allow entry, a raised threshold), so reviewers see it with the code.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { CONFIG_FILES, loadConfig, loadPackageConfig } from '../config/load.js'
import { type ConfigBody, type PackGuardConfig, validateConfig } from '../config/validate.js'
import { escapeMarkdown, markdownCode } from '../report/escape.js'

/** One config file of this run, as the pull request has it and as the base branch has it. */
export interface ConfigDrift {
  /** Repository-relative path (with `#packGuard` for a package.json key). */
  file: string
  status: 'added' | 'changed' | 'removed'
  /** What is looser than on the base branch, in words. */
  loosened: string[]
}

/** Reads a file of the base branch (repository-relative path); null when it does not exist there. */
export type ReadBase = (path: string) => Promise<string | null>

const STRICTNESS = { off: 0, notice: 1, warning: 2, error: 3 } as const
const FAIL_ON_STRICTNESS = { never: 0, error: 1, warning: 2 } as const

function describeBody(base: ConfigBody, head: ConfigBody, where: string): string[] {
  const out: string[] = []
  const at = (key: string) => (where ? `${where}.${key}` : key)
  if (head.failOn && FAIL_ON_STRICTNESS[head.failOn] < FAIL_ON_STRICTNESS[base.failOn ?? 'error']) out.push(`${at('failOn')} ${base.failOn ?? 'error'} → ${head.failOn}`)
  for (const [rule, setting] of Object.entries(head.rules ?? {})) {
    const before = base.rules?.[rule]
    if (before === undefined ? setting !== 'error' : STRICTNESS[setting] < STRICTNESS[before]) out.push(`rule ${rule} ${setting === 'off' ? 'turned off' : `set to ${setting}`}${before ? ` (was ${before})` : ''}`)
  }
  const json = (value: unknown) => JSON.stringify(value)
  const baseAllows = new Set((base.allow ?? []).map(json))
  for (const allow of head.allow ?? []) if (!baseAllows.has(json(allow))) out.push(`new ${at('allow')} entry for ${allow.path}${allow.rules ? ` (${allow.rules.join(', ')})` : ' (all rules)'}: "${allow.reason}"`)
  const baseSecrets = new Set((base.secrets?.allow ?? []).map((a) => a.fingerprint))
  for (const allow of head.secrets?.allow ?? []) if (!baseSecrets.has(allow.fingerprint)) out.push(`new ${at('secrets.allow')} entry ${allow.fingerprint}: "${allow.reason}"`)
  const headForbidden = new Set(head.forbidden ?? [])
  for (const glob of base.forbidden ?? []) if (!headForbidden.has(glob)) out.push(`${at('forbidden')} no longer lists ${glob}`)
  if (base.expect && !head.expect) out.push(`${at('expect')} removed`)
  else if (base.expect && head.expect) for (const glob of head.expect) if (!base.expect.includes(glob)) out.push(`${at('expect')} now also allows ${glob}`)
  const numbers = (body: ConfigBody): Record<string, number> => {
    const flat: Record<string, number> = {}
    const walk = (value: unknown, path: string) => {
      if (typeof value === 'number') flat[path] = value
      else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`)
    }
    walk(body.size, 'size')
    return flat
  }
  const baseNumbers = numbers(base)
  for (const [key, value] of Object.entries(numbers(head))) if (baseNumbers[key] === undefined || value > baseNumbers[key]) out.push(`${at(key)} ${baseNumbers[key] ?? 'default'} → ${value}`)
  return out
}

/** What `head` loosens compared with `base` (either may be absent: no config, the defaults). Pure. */
export function describeLoosening(base: PackGuardConfig | undefined, head: PackGuardConfig | undefined): string[] {
  const b = base ?? {}
  const h = head ?? {}
  const out = describeBody(b, h, '')
  if (base && !head) out.unshift('the config file is gone: the defaults judge this pull request')
  for (const name of new Set([...Object.keys(b.packages ?? {}), ...Object.keys(h.packages ?? {})])) {
    // A package section refines the root: compare each side's section laid over nothing.
    out.push(...describeBody(b.packages?.[name] ?? {}, h.packages?.[name] ?? {}, `packages[${JSON.stringify(name)}]`))
  }
  return out
}

function parseConfigText(text: string, file: string): PackGuardConfig | undefined {
  const [path, key] = file.split('#')
  try {
    const data = path.endsWith('.json') ? (JSON.parse(text) as unknown) : (parseYaml(text) as unknown)
    const config = key ? (data as Record<string, unknown> | null)?.[key] : data
    return config === undefined ? undefined : validateConfig(config, file)
  } catch {
    return undefined
  }
}

/**
 * The config files this run was judged by, repository-relative: each `path`'s config
 * (found as check() finds it) and each workspace package's own; for a folder with
 * none, the names a config could have there (a config deleted by the pull request).
 */
export function configFilesOfRun(workspace: string, paths: readonly string[], packageFolders: readonly (string | undefined)[], explicit?: string): string[] {
  const files = new Set<string>()
  const inRepo = (file: string) => relative(workspace, file).split(sep).join('/')
  const add = (folder: string, loaded: { source: string } | undefined) => {
    if (loaded) {
      const [file, key] = loaded.source.split('#')
      files.add(`${inRepo(file)}${key ? `#${key}` : ''}`)
    } else for (const name of CONFIG_FILES) files.add(inRepo(join(folder, name)))
  }
  for (const path of paths) {
    const target = join(workspace, path)
    const folder = existsSync(target) && statSync(target).isDirectory() ? target : workspace
    add(folder, loadConfig(folder, explicit && join(workspace, explicit)))
  }
  for (const folder of packageFolders) {
    if (!folder || paths.some((path) => join(workspace, path) === folder)) continue
    const own = loadPackageConfig(folder)
    if (own) add(folder, own)
  }
  return [...files].filter((file) => !file.startsWith('..'))
}

/** Compares each config file of the run with the base branch's. */
export async function configDrift(workspace: string, files: readonly string[], readBase: ReadBase): Promise<ConfigDrift[]> {
  const drifts: ConfigDrift[] = []
  for (const file of files) {
    const [path] = file.split('#')
    const headExists = existsSync(join(workspace, path))
    const head = headExists ? loadHead(workspace, file) : undefined
    const baseText = await readBase(path)
    const base = baseText === null ? undefined : parseConfigText(baseText, file)
    if (!head && !base) continue
    if (head && base && JSON.stringify(head) === JSON.stringify(base)) continue
    const status = !base ? 'added' : !head ? 'removed' : 'changed'
    drifts.push({ file, status, loosened: describeLoosening(base, head) })
  }
  return drifts
}

function loadHead(workspace: string, file: string): PackGuardConfig | undefined {
  const [path] = file.split('#')
  try {
    return parseConfigText(readFileSync(join(workspace, path), 'utf8'), file)
  } catch {
    return undefined
  }
}

/** Lines at most in the banner; the rest are counted. */
const BANNER_ITEMS = 20

/** The banner for the top of the comment and the summary, or no lines when nothing differs. */
export function driftBanner(drifts: readonly ConfigDrift[]): string[] {
  if (drifts.length === 0) return []
  const files = drifts.map((d) => `${markdownCode(d.file)} (${d.status === 'added' ? 'added by this pull request' : d.status === 'removed' ? 'removed by this pull request' : 'changed'})`).join(', ')
  const loosened = drifts.flatMap((d) => d.loosened)
  const lines = [`> **The pack-guard config differs from the base branch:** ${files}. This pull request's own config judged it; review the change with the code.`]
  if (loosened.length > 0) {
    lines.push('>', '> Looser than on the base branch:')
    for (const item of loosened.slice(0, BANNER_ITEMS)) lines.push(`> - ${escapeMarkdown(item)}`)
    if (loosened.length > BANNER_ITEMS) lines.push(`> - … and ${loosened.length - BANNER_ITEMS} more`)
  }
  return [...lines, '']
}

type Octokit = ReturnType<typeof import('@actions/github').getOctokit>

/** Reads base-branch files through the contents API (works with the default shallow checkout and a read-only token). */
export function readBaseWithApi(octokit: Octokit, repo: { owner: string; repo: string }, ref: string): ReadBase {
  return async (path) => {
    try {
      const { data } = await octokit.rest.repos.getContent({ ...repo, path, ref })
      if (Array.isArray(data) || data.type !== 'file' || typeof data.content !== 'string') return null
      // A config over the cap would be refused anyway; reading it stops there.
      if (data.size > 1024 * 1024) return null
      return Buffer.from(data.content, 'base64').toString('utf8')
    } catch (error) {
      if ((error as { status?: number }).status === 404) return null
      throw error
    }
  }
}
