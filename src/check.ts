import { existsSync, statSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chooseBaseline } from './core/baseline-version.js'
import { analyzePackage, buildReport } from './core/analyze.js'
import { DEFAULT_POLICY, type Policy } from './core/policy.js'
import { loadConfig, type LoadedConfig } from './config/load.js'
import { policyFor } from './config/policy.js'
import type { BaselineInfo, FailOn, PackageReport, PackageSnapshot, Report, SkippedPackage } from './core/types.js'
import { packFolder, readManifest } from './adapters/npm-pack.js'
import { loadNpmConfig, registryFor, withSlash, type NpmConfig } from './adapters/npmrc.js'
import { RegistryClient } from './adapters/registry.js'
import { DEFAULT_LIMITS, type ReadLimits, readTarballFile } from './adapters/tarball-reader.js'
import { findWorkspaces, workspacePatterns } from './adapters/workspaces.js'
import { PackGuardError } from './errors.js'
import { VERSION } from './version.js'

export interface NetworkOptions {
  /** Tries per registry request (default 3). */
  tries?: number
  /** First retry delay in ms (default 500). */
  backoffMs?: number
  /** Request timeout without progress, in ms (default 30,000). */
  timeoutMs?: number
  /** Longest a request may take in all, body included, in ms (default 5 minutes). */
  deadlineMs?: number
  /** Largest package document read from a registry, in bytes (default 100 MiB). */
  maxPackumentBytes?: number
}

export interface CheckOptions {
  /** A package folder, a workspace root, or a .tgz (relative to `cwd`). */
  path: string
  /** A .tgz path, a version, a dist-tag, "auto" or "none". */
  baseline: string
  /** The registry to ask; default: the scope's or default registry from .npmrc. */
  registry?: string
  /** The base policy (default: DEFAULT_POLICY); the config file is laid over it. */
  policy?: Policy
  /** A config file; default: found from the package folder (see docs/config.md). */
  config?: string
  /** Overrides the config's failOn (the CLI's --fail-on, the action's fail-on input). */
  failOn?: FailOn
  /** Judge with the base policy only, ignoring any config file (pack-guard init). */
  noConfig?: boolean
  /** Called with each candidate snapshot once it is read (pack-guard init lists its files). */
  onCandidate?: (snapshot: PackageSnapshot) => void
  /** Called for each package checked, in report order, with the folder it was packed from (none for a .tgz). */
  onPackageFolder?: (folder: string | undefined) => void
  limits?: ReadLimits
  /** Run lifecycle scripts while packing (off by default: untrusted code on pull requests). */
  runScripts?: boolean
  /** In a workspace root: check only these workspace packages (by name or folder). */
  workspaces?: string[]
  /** Base folder for a relative `path` (default: process.cwd()). */
  cwd?: string
  /** Environment for .npmrc expansion and npm (default: process.env). */
  env?: NodeJS.ProcessEnv
  /** The user .npmrc (default: $npm_config_userconfig or ~/.npmrc). */
  userconfig?: string
  network?: NetworkOptions
}

export interface Baseline {
  snapshot: PackageSnapshot | null
  info: BaselineInfo
}

/** True when the spec names a tarball on disk rather than a version or tag. */
export function isTarballSpec(spec: string): boolean {
  return /\.(?:tgz|tar\.gz)$/i.test(spec) || spec.includes('/') || spec.includes('\\')
}

/** What one run shares between packages: the config, and a client that caches per URL. */
interface RunContext {
  options: CheckOptions
  limits: ReadLimits
  /** The policy for the whole run: its failOn decides the verdict. */
  policy: Policy
  /** The policy for one package: the config's `packages` section may refine it. */
  policyFor: (packageName: string) => Policy
  projectDir: string
  config: NpmConfig
  client: RegistryClient
}

function createContext(options: CheckOptions, projectDir: string): RunContext {
  const limits = options.limits ?? DEFAULT_LIMITS
  const config = loadNpmConfig({ projectDir, env: options.env ?? process.env, userconfig: options.userconfig })
  const loaded: LoadedConfig | undefined = options.noConfig ? undefined : loadConfig(projectDir, options.config && resolve(options.cwd ?? process.cwd(), options.config))
  const base = options.policy ?? DEFAULT_POLICY
  const withOverrides = (policy: Policy): Policy => (options.failOn ? { ...policy, failOn: options.failOn } : policy)
  return {
    options,
    limits,
    policy: withOverrides(policyFor(base, loaded?.config, '')),
    policyFor: (name) => withOverrides(policyFor(base, loaded?.config, name)),
    projectDir,
    config,
    client: new RegistryClient({ config, limits, ...options.network }),
  }
}

/** The registry for a package: --registry, else publishConfig.registry, else .npmrc. */
function registryOf(context: RunContext, name: string, publishRegistry?: string): string {
  if (context.options.registry) return checkedRegistry(context.options.registry, '--registry')
  if (publishRegistry) return checkedRegistry(publishRegistry, `publishConfig.registry of ${name}`)
  return checkedRegistry(registryFor(name, context.config), `the registry for ${name} in .npmrc`)
}

/** A registry URL fit to fetch from and to print: http(s), and no credentials that would end up in reports. */
function checkedRegistry(url: string, where: string): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new PackGuardError(`${where}: not a URL`)
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new PackGuardError(`${where}: expected an http(s) URL, got ${parsed.protocol}`)
  if (parsed.username || parsed.password) {
    throw new PackGuardError(`${where}: the URL for ${parsed.host} holds credentials; put the token in .npmrc as //${parsed.host}/:_authToken=... instead`)
  }
  return withSlash(url)
}

/** Resolves the baseline spec against the candidate: a file, "none", or a registry lookup. */
async function loadBaseline(context: RunContext, candidate: PackageSnapshot | undefined, publishRegistry?: string, scanSecrets = true): Promise<Baseline> {
  const spec = context.options.baseline
  if (spec === 'none') return { snapshot: null, info: { version: null, source: 'none' } }
  if (isTarballSpec(spec)) {
    const file = resolve(context.options.cwd ?? process.cwd(), spec)
    if (!existsSync(file)) throw new PackGuardError(`--baseline ${spec}: no such file`)
    const snapshot = await readTarballFile(file, { ...context.limits, scanSecrets })
    return { snapshot, info: { version: snapshot.version, source: spec } }
  }
  if (!candidate) throw new Error('a registry baseline needs the candidate first')
  const registry = registryOf(context, candidate.name, publishRegistry)
  const packument = await context.client.packument(registry, candidate.name)
  const choice = chooseBaseline(candidate.version, spec, packument)
  switch (choice.kind) {
    case 'none':
      return { snapshot: null, info: { version: null, source: 'none' } }
    case 'first-release':
      return { snapshot: null, info: { version: null, source: 'first-release', registry } }
    case 'not-published':
      throw new PackGuardError(
        packument
          ? `--baseline ${spec}: ${candidate.name}@${spec} is not published on ${registry}`
          : `--baseline ${spec}: ${candidate.name} is not published on ${registry} at all (use --baseline auto for a first release)`,
      )
    case 'version': {
      const snapshot = await context.client.snapshot(registry, packument!, choice.version, { scanSecrets })
      return { snapshot, info: { version: choice.version, source: 'registry', registry } }
    }
  }
}

async function checkTarball(context: RunContext, file: string, publishRegistry?: string): Promise<PackageReport> {
  // A baseline on disk does not depend on the candidate: read both at once, so one's
  // gunzip overlaps the other's scanning on a second core (reading it after the
  // candidate, to skip its secret scan, measured no faster).
  const spec = context.options.baseline
  const fromDisk = spec !== 'none' && isTarballSpec(spec) ? loadBaseline(context, undefined, publishRegistry) : undefined
  fromDisk?.catch(() => {}) // awaited below; this only keeps an early rejection from being unhandled
  const after = await readTarballFile(file, context.limits)
  context.options.onCandidate?.(after)
  // A registry baseline is looked up by the candidate's name and version, so it is read
  // after it. Its secrets matter only to say "already public" of a secret the candidate
  // holds: most releases hold none, and their baseline is read without the scan.
  const baseline = await (fromDisk ?? loadBaseline(context, after, publishRegistry, holdsSecrets(after)))
  return analyzePackage({ before: baseline.snapshot, after, baseline: baseline.info, policy: context.policyFor(after.name) })
}

function holdsSecrets(snapshot: PackageSnapshot): boolean {
  return snapshot.files.some((file) => (file.facts.secrets?.matches.length ?? 0) > 0)
}

async function checkFolder(context: RunContext, folder: string): Promise<PackageReport> {
  context.options.onPackageFolder?.(folder)
  const manifest = readManifest(folder)
  const destination = await mkdtemp(join(tmpdir(), 'pack-guard-pack-'))
  try {
    const tarball = await packFolder(folder, { runScripts: context.options.runScripts, env: context.options.env, destination })
    return await checkTarball(context, tarball, manifest.publishConfig?.registry)
  } finally {
    await rm(destination, { recursive: true, force: true })
  }
}

interface Plan {
  folders: string[]
  skipped: SkippedPackage[]
}

/** Which folders to check under a workspace root, and which are skipped. */
function planWorkspaces(root: string, patterns: string[], wanted: string[] | undefined): Plan {
  const all = findWorkspaces(root, patterns)
  const selected = wanted?.length ? all.filter((ws) => wanted.includes(ws.manifest.name ?? '') || wanted.includes(ws.relativePath)) : all
  for (const name of wanted ?? []) {
    if (!all.some((ws) => ws.manifest.name === name || ws.relativePath === name)) {
      throw new PackGuardError(`--workspace ${name}: no such workspace in ${root} (have: ${all.map((ws) => ws.manifest.name ?? ws.relativePath).join(', ')})`)
    }
  }
  const plan: Plan = { folders: [], skipped: [] }
  for (const ws of selected) {
    if (ws.manifest.private === true) plan.skipped.push({ name: ws.manifest.name ?? ws.relativePath, path: ws.relativePath, reason: 'private' })
    else plan.folders.push(ws.dir)
  }
  return plan
}

/**
 * The engine entry the CLI and the action call: packs a folder (or reads a .tgz),
 * finds and fetches its baseline, and runs every rule. In a workspace root every
 * public workspace package (or those named in `workspaces`) gets its own entry.
 */
export async function check(options: CheckOptions): Promise<Report> {
  const path = resolve(options.cwd ?? process.cwd(), options.path)
  if (!existsSync(path)) throw new PackGuardError(`${options.path}: no such file or folder`)
  if (!statSync(path).isDirectory()) {
    if (options.workspaces?.length) throw new PackGuardError(`--workspace needs a workspace root folder, not ${options.path}`)
    const context = createContext(options, options.cwd ?? process.cwd())
    options.onPackageFolder?.(undefined)
    return buildReport([await checkTarball(context, path)], context.policy, VERSION)
  }
  const context = createContext(options, path)
  const manifest = readManifest(path)
  const patterns = workspacePatterns(manifest)
  if (!patterns) {
    if (options.workspaces?.length) throw new PackGuardError(`--workspace: ${path}/package.json has no "workspaces"`)
    return buildReport([await checkFolder(context, path)], context.policy, VERSION)
  }
  const plan = planWorkspaces(path, patterns, options.workspaces)
  // A public root is a package of its own; a private one (the usual case) is only the monorepo's shell.
  if (!options.workspaces?.length && manifest.private !== true) plan.folders.unshift(path)
  const packages: PackageReport[] = []
  // One at a time: each pack spawns npm, and the machine running CI is often small.
  for (const folder of plan.folders) packages.push(await checkFolder(context, folder))
  const report = buildReport(packages, context.policy, VERSION)
  return plan.skipped.length ? { ...report, skipped: plan.skipped } : report
}
