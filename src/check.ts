import { existsSync, statSync } from 'node:fs'
import { analyzePackage, buildReport } from './core/analyze.js'
import { DEFAULT_POLICY, type Policy } from './core/policy.js'
import type { BaselineInfo, PackageReport, PackageSnapshot, Report } from './core/types.js'
import { DEFAULT_LIMITS, type ReadLimits, readTarballFile } from './adapters/tarball-reader.js'
import { PackGuardError } from './errors.js'
import { VERSION } from './version.js'

export interface CheckOptions {
  /** A package folder or a .tgz. */
  path: string
  /** A .tgz path, a version, a dist-tag, "auto" or "none". */
  baseline: string
  registry?: string
  policy?: Policy
  limits?: ReadLimits
}

export interface Baseline {
  snapshot: PackageSnapshot | null
  info: BaselineInfo
}

/** True when the spec names a tarball on disk rather than a version or tag. */
export function isTarballSpec(spec: string): boolean {
  return /\.(?:tgz|tar\.gz)$/i.test(spec) || spec.includes('/') || spec.includes('\\')
}

/** Reads the candidate: a .tgz directly. */
async function loadCandidate(path: string, limits: ReadLimits): Promise<PackageSnapshot> {
  if (!existsSync(path)) throw new PackGuardError(`${path}: no such file or folder`)
  if (statSync(path).isDirectory()) {
    throw new PackGuardError(`${path}: packing a folder needs the registry adapter (pass a .tgz for now)`)
  }
  return readTarballFile(path, limits)
}

/** Resolves the baseline spec against the candidate. */
async function loadBaseline(spec: string, limits: ReadLimits): Promise<Baseline> {
  if (spec === 'none') return { snapshot: null, info: { version: null, source: 'none' } }
  if (isTarballSpec(spec)) {
    if (!existsSync(spec)) throw new PackGuardError(`--baseline ${spec}: no such file`)
    const snapshot = await readTarballFile(spec, limits)
    return { snapshot, info: { version: snapshot.version, source: spec } }
  }
  throw new PackGuardError(`--baseline ${spec}: registry baselines are not available yet; pass a .tgz or "none"`)
}

/** Runs the whole check for one candidate and returns the report. */
export async function checkPackage(options: CheckOptions): Promise<PackageReport> {
  const limits = options.limits ?? DEFAULT_LIMITS
  const policy = options.policy ?? DEFAULT_POLICY
  const after = await loadCandidate(options.path, limits)
  const baseline = await loadBaseline(options.baseline, limits)
  return analyzePackage({ before: baseline.snapshot, after, baseline: baseline.info, policy })
}

export async function check(options: CheckOptions): Promise<Report> {
  const policy = options.policy ?? DEFAULT_POLICY
  const pkg = await checkPackage(options)
  return buildReport([pkg], policy, VERSION)
}
