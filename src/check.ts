import { existsSync, statSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chooseBaseline } from './core/baseline-version.js'
import { analyzePackage, buildReport } from './core/analyze.js'
import { indexPackage } from './core/package-index.js'
import { strictestFailOn } from './core/findings.js'
import { DEFAULT_POLICY, type Policy } from './core/policy.js'
import { loadConfig, loadPackageConfig, type LoadedConfig } from './config/load.js'
import { policyFor } from './config/policy.js'
import type { BaselineInfo, FailOn, FileEntry, PackageReport, PackageSnapshot, Report, SkippedPackage } from './core/types.js'
import { packFolder, readManifest } from './adapters/npm-pack.js'
import { mergeNpmConfig, readNpmConfigLayers, registryFor, withSlash, type NpmConfig } from './adapters/npmrc.js'
import { type RegistryTrust, trustedNpmConfig, trustedPublishRegistry, workflowRegistries } from './adapters/registry-trust.js'
import { type NetworkOptions, RegistryClient } from './adapters/registry.js'
import { DEFAULT_LIMITS, type ProgressListener, type ReadLimits, readTarballFile } from './adapters/tarball-reader.js'
import { findWorkspaces, workspacePatterns } from './adapters/workspaces.js'
import { PackGuardError } from './errors.js'
import { VERSION } from './version.js'
import { type KeptTarball, tarballKeeper } from './adapters/keep-tarball.js'
import { checkPublished, parsePublishedSpec } from './watch.js'

export type { NetworkOptions }

export interface CheckOptions {
  /** A package folder, a workspace root, or a .tgz (relative to `cwd`). */
  path: string
  /** A .tgz path, a version, a dist-tag, "auto" or "none". */
  baseline: string
  /** The registry to ask; default: the scope's or default registry from .npmrc. */
  registry?: string
  /** The base policy (default: DEFAULT_POLICY); the config file is laid over it. */
  policy?: Policy
  /** A pack-guard config file; default: found from the package folder (see docs/config.md). */
  config?: string
  /** Overrides the config's failOn (the CLI's --fail-on, the action's fail-on input). */
  failOn?: FailOn
  /** Judge with the base policy only, ignoring any config file (pack-guard init). */
  noConfig?: boolean
  /** Caps on what one tarball may hold (default: DEFAULT_LIMITS). */
  limits?: ReadLimits
  /** Told how far each tarball on disk has been read (progress on a terminal). */
  onProgress?: ProgressListener
  /** Keep a copy of each tarball checked in this folder (the action's pack-once release); see CheckedPackage.tarball. */
  keepTarballsIn?: string
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
  /**
   * The action: the checkout may choose a registry only among those the workflow
   * configured (`registry`, the user .npmrc, npm_config_registry, the public one).
   */
  trustWorkflowRegistriesOnly?: boolean
  /** Warnings for the user (a refused registry); default: none. */
  onWarning?: (message: string) => void
}

/** One package checked: its report, the folder it was packed from (none for a .tgz), and what was read of it. */
export interface CheckedPackage {
  report: PackageReport
  folder?: string
  snapshot: PackageSnapshot
  /** The copy of the checked tarball, when `keepTarballsIn` was given: publish this file. */
  tarball?: KeptTarball
}

/**
 * What `check()` found, as plain data: each edge (CLI, action) finishes it once
 * into a Report (acceptance, verdict) and masks `secretValues` where it can.
 */
export interface CheckResult {
  packages: CheckedPackage[]
  /** Workspace packages not checked (private ones). */
  skipped: SkippedPackage[]
  /** The gate's setting for this run: the config's failOn, or the override. */
  failOn: FailOn
  /** Raw secret values found in the candidates and baselines: for masking in logs only, never for output. */
  secretValues: string[]
}

/** What the user asked to compare with, parsed once. */
export type BaselineSpec = { kind: 'none' } | { kind: 'file'; spec: string; file: string } | { kind: 'registry'; spec: string }

/** True when the spec names a tarball on disk rather than a version or tag. */
function isTarballSpec(spec: string): boolean {
  return /\.(?:tgz|tar\.gz)$/i.test(spec) || spec.includes('/') || spec.includes('\\')
}

export function parseBaselineSpec(spec: string, cwd: string): BaselineSpec {
  if (spec === 'none') return { kind: 'none' }
  if (isTarballSpec(spec)) return { kind: 'file', spec, file: resolve(cwd, spec) }
  return { kind: 'registry', spec }
}

interface Baseline {
  snapshot: PackageSnapshot | null
  info: BaselineInfo
}

/** What one run shares between packages: the config, and a client that caches per URL. */
interface RunContext {
  options: CheckOptions
  baseline: BaselineSpec
  limits: ReadLimits
  /** The policy for the whole run: its failOn decides the verdict. */
  policy: Policy
  /** The policy for one package: the config's `packages` section, then the package's own config (in a monorepo), refine it. */
  policyFor: (packageName: string, packageConfig?: LoadedConfig) => Policy
  npmConfig: NpmConfig
  client: RegistryClient
  trust?: RegistryTrust
  keeper?: ReturnType<typeof tarballKeeper>
}

function createContext(options: CheckOptions, projectDir: string): RunContext {
  const cwd = options.cwd ?? process.cwd()
  const limits = options.limits ?? DEFAULT_LIMITS
  const layers = readNpmConfigLayers({ projectDir, env: options.env ?? process.env, userconfig: options.userconfig })
  const trust = options.trustWorkflowRegistriesOnly ? { origins: workflowRegistries(options.registry, layers), warn: options.onWarning ?? (() => {}) } : undefined
  const npmConfig = trust ? trustedNpmConfig(layers, trust) : mergeNpmConfig(layers)
  const loaded: LoadedConfig | undefined = options.noConfig ? undefined : loadConfig(projectDir, options.config && resolve(cwd, options.config))
  const base = options.policy ?? DEFAULT_POLICY
  const withOverrides = (policy: Policy): Policy => (options.failOn ? { ...policy, failOn: options.failOn } : policy)
  return {
    options,
    baseline: parseBaselineSpec(options.baseline, cwd),
    limits,
    policy: withOverrides(policyFor(base, loaded?.config, '')),
    policyFor: (name, own) => withOverrides(policyFor(policyFor(base, loaded?.config, name), own?.config, name)),
    npmConfig,
    client: new RegistryClient({ npmConfig, limits, ...options.network }),
    trust,
    keeper: options.keepTarballsIn ? tarballKeeper(options.keepTarballsIn) : undefined,
  }
}

/** The registry for a package: --registry, else publishConfig.registry, else .npmrc. */
function registryOf(context: RunContext, name: string, publishRegistry?: string): string {
  if (context.options.registry) return checkedRegistry(context.options.registry, '--registry')
  if (publishRegistry) return checkedRegistry(publishRegistry, `publishConfig.registry of ${name}`)
  return checkedRegistry(registryFor(name, context.npmConfig), `the registry for ${name} in .npmrc`)
}

/** A registry URL fit to fetch from and to print: http(s), and no credentials that would end up in reports. */
export function checkedRegistry(url: string, where: string): string {
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

/** Reads a baseline tarball on disk: it does not depend on the candidate. */
async function loadFileBaseline(context: RunContext, spec: Extract<BaselineSpec, { kind: 'file' }>): Promise<Baseline> {
  if (!existsSync(spec.file)) throw new PackGuardError(`--baseline ${spec.spec}: no such file`)
  const snapshot = await readTarballFile(spec.file, context.limits, { onProgress: context.options.onProgress })
  return { snapshot, info: { version: snapshot.version, source: spec.spec } }
}

/** Looks the baseline up by the candidate's name and version. */
async function loadRegistryBaseline(context: RunContext, spec: string, candidate: PackageSnapshot, publishRegistry: string | undefined, scanSecrets: boolean): Promise<Baseline> {
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

async function checkTarball(
  context: RunContext,
  file: string,
  folder?: string,
  publishRegistry?: string,
  ownConfig?: LoadedConfig,
): Promise<CheckedPackage & { baseline: PackageSnapshot | null; failOn: FailOn; secretValueEntries: ReadonlyArray<readonly FileEntry[]> }> {
  const spec = context.baseline
  // A baseline on disk does not depend on the candidate: read both at once, so one's
  // gunzip overlaps the other's scanning on a second core (reading it after the
  // candidate, to skip its secret scan, measured no faster).
  const fromDisk = spec.kind === 'file' ? loadFileBaseline(context, spec) : undefined
  fromDisk?.catch(() => {}) // awaited below; this only keeps an early rejection from being unhandled
  const after = await readTarballFile(file, context.limits, { onProgress: context.options.onProgress })
  const tarball = await context.keeper?.keep(file, after)
  // A registry baseline is looked up by the candidate's name and version, so it is read
  // after it. Its secrets matter only to say "already public" of a secret the candidate
  // holds: most releases hold none, and their baseline is read without the scan.
  const baseline: Baseline =
    spec.kind === 'none'
      ? { snapshot: null, info: { version: null, source: 'none' } }
      : spec.kind === 'file'
        ? await fromDisk!
        : await loadRegistryBaseline(context, spec.spec, after, publishRegistry, holdsSecrets(after))
  const policy = context.policyFor(after.name, ownConfig)
  // Built here to read the secret values from it too, without another walk over every entry.
  const index = indexPackage(baseline.snapshot, after)
  const report = analyzePackage({ before: baseline.snapshot, after, baseline: baseline.info, policy, index })
  const secretValueEntries = [index.secretValueEntries.after, index.secretValueEntries.before]
  return { report, snapshot: after, baseline: baseline.snapshot, failOn: policy.failOn, secretValueEntries, ...(folder ? { folder } : {}), ...(tarball ? { tarball } : {}) }
}

function holdsSecrets(snapshot: PackageSnapshot): boolean {
  return snapshot.files.some((file) => (file.facts.secrets?.matches.length ?? 0) > 0)
}

/** The raw values the secret scanner found in these entries, each once. */
function secretValuesOf(entryLists: ReadonlyArray<readonly FileEntry[]>): string[] {
  const values = new Set<string>()
  for (const entries of entryLists) {
    for (const file of entries) {
      // Most of 100,000 files hold none: no empty list to walk for each.
      const found = file.facts.secrets?.values
      if (found) for (const value of found) values.add(value)
    }
  }
  return [...values]
}

/** Packs and checks one folder; a workspace package of a monorepo brings its own config (`workspace`). */
async function checkFolder(context: RunContext, folder: string, workspace = false) {
  const manifest = readManifest(folder)
  const ownConfig = workspace && !context.options.noConfig ? loadPackageConfig(folder) : undefined
  const destination = await mkdtemp(join(tmpdir(), 'pack-guard-pack-'))
  try {
    const tarball = await packFolder(folder, { runScripts: context.options.runScripts, env: context.options.env, destination })
    // Under the action's trust, a registry the checkout chose must be one the workflow configured.
    const publish = manifest.publishConfig?.registry
    const trusted = publish && context.trust && !context.options.registry ? trustedPublishRegistry(publish, join(folder, 'package.json'), context.trust) : publish
    return await checkTarball(context, tarball, folder, trusted, ownConfig)
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
    if (wanted?.length && ws.manifest.private === true) {
      throw new PackGuardError(`--workspace ${ws.manifest.name ?? ws.relativePath}: that workspace is private ("private": true), so it is never published and there is nothing to check`)
    }
    if (ws.manifest.private === true) plan.skipped.push({ name: ws.manifest.name ?? ws.relativePath, path: ws.relativePath, reason: 'private' })
    else plan.folders.push(ws.dir)
  }
  return plan
}

/**
 * The engine entry the CLI and the action call: packs a folder (or reads a .tgz),
 * finds and fetches its baseline, and runs every rule. In a workspace root every
 * public workspace package (or those named in `workspaces`) gets its own entry.
 * Returns plain data with no verdict: each edge finishes it once (see CheckResult).
 */
export async function check(options: CheckOptions): Promise<CheckResult> {
  const cwd = options.cwd ?? process.cwd()
  const path = resolve(cwd, options.path)
  const published = existsSync(path) ? undefined : parsePublishedSpec(options.path)
  if (!published && !existsSync(path)) throw new PackGuardError(`${options.path}: no such file or folder`)
  const isFolder = !published && statSync(path).isDirectory()
  if (!isFolder && options.workspaces?.length) throw new PackGuardError(`--workspace needs a workspace root folder, not ${options.path}`)
  const context = createContext(options, isFolder ? path : cwd)
  const checked: Array<CheckedPackage & { baseline: PackageSnapshot | null; failOn: FailOn; secretValueEntries?: ReadonlyArray<readonly FileEntry[]> }> = []
  let skipped: SkippedPackage[] = []
  if (published) {
    // NAME@VERSION: a release the registry serves, checked against the version before it.
    checked.push(
      await checkPublished(published, {
        client: context.client,
        registryFor: (name) => registryOf(context, name),
        baseline: context.baseline,
        policyFor: (name) => context.policyFor(name),
        fileBaseline: (spec) => loadFileBaseline(context, spec),
      }),
    )
  } else if (!isFolder) {
    checked.push(await checkTarball(context, path))
  } else {
    const manifest = readManifest(path)
    const patterns = workspacePatterns(manifest)
    if (!patterns) {
      if (options.workspaces?.length) throw new PackGuardError(`--workspace: ${path}/package.json has no "workspaces"`)
      checked.push(await checkFolder(context, path))
    } else {
      const plan = planWorkspaces(path, patterns, options.workspaces)
      // A public root is a package of its own; a private one (the usual case) is only the monorepo's shell.
      if (!options.workspaces?.length && manifest.private !== true) plan.folders.unshift(path)
      // One at a time: each pack spawns npm, and the machine running CI is often small.
      for (const folder of plan.folders) checked.push(await checkFolder(context, folder, folder !== path))
      skipped = plan.skipped
    }
  }
  return {
    packages: checked.map(({ baseline: _baseline, failOn: _failOn, secretValueEntries: _entries, ...pkg }) => pkg),
    skipped,
    // A workspace package's own config may be stricter than the root's: the gate takes the strictest.
    failOn: strictestFailOn([context.policy.failOn, ...checked.map((pkg) => pkg.failOn)]),
    // In order: each candidate, then its baseline (a published release brings its snapshots only).
    secretValues: secretValuesOf(checked.flatMap((pkg) => pkg.secretValueEntries ?? [pkg.snapshot.files, pkg.baseline?.files ?? []])),
  }
}

/**
 * Finishes a check into the Report every output renders: the verdict at the run's
 * failOn over `packages` (the checked ones, or the same after a reviewer's acceptance).
 */
export function finishReport(result: Pick<CheckResult, 'failOn' | 'skipped'>, packages: PackageReport[]): Report {
  return buildReport(packages, { failOn: result.failOn }, VERSION, result.skipped)
}

/** The package reports of a check, in order. */
export function reportsOf(result: CheckResult): PackageReport[] {
  return result.packages.map((pkg) => pkg.report)
}
