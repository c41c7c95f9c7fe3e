/**
 * `pack-guard NAME@VERSION`: checks a version the registry already serves against the
 * one before it, with the same rules and report as a pull request check, and with the
 * provenance of both versions (a release published from outside CI loses it).
 */
import { fetchAttestations, provenanceFacts } from './adapters/attestations.js'
import type { RegistryClient } from './adapters/registry.js'
import { chooseBaseline } from './core/baseline-version.js'
import { analyzePackage } from './core/analyze.js'
import type { Policy } from './core/policy.js'
import type { BaselineInfo, FailOn, PackageReport, PackageSnapshot } from './core/types.js'
import { PackGuardError } from './errors.js'

export interface PublishedSpec {
  name: string
  /** A version or a dist-tag. */
  spec: string
}

const NAME = /^(?:@[a-z0-9~][\w.~-]*\/)?[a-z0-9~][\w.~-]*$/i

/** `NAME@VERSION` or `NAME@TAG` (scoped names too); undefined for anything else. */
export function parsePublishedSpec(text: string): PublishedSpec | undefined {
  const at = text.lastIndexOf('@')
  if (at <= 0) return undefined
  const name = text.slice(0, at)
  const spec = text.slice(at + 1)
  if (!NAME.test(name) || !/^[\w.+-]+$/.test(spec)) return undefined
  return { name, spec }
}

/** The --baseline spec, parsed (as check.ts parses it). */
export type WatchBaseline = { kind: 'none' } | { kind: 'file'; spec: string; file: string } | { kind: 'registry'; spec: string }

export interface WatchContext {
  client: RegistryClient
  /** The registry for a package name (--registry, else .npmrc). */
  registryFor: (name: string) => string
  baseline: WatchBaseline
  policyFor: (name: string) => Policy
  /** Reads a baseline that is a .tgz on disk. */
  fileBaseline: (spec: Extract<WatchBaseline, { kind: 'file' }>) => Promise<{ snapshot: PackageSnapshot | null; info: BaselineInfo }>
}

/** What check() keeps of one package checked. */
export interface WatchedPackage {
  report: PackageReport
  snapshot: PackageSnapshot
  baseline: PackageSnapshot | null
  failOn: FailOn
}

/** Checks the published `spec` against its baseline; `auto` is the highest lower version. */
export async function checkPublished(spec: PublishedSpec, context: WatchContext): Promise<WatchedPackage> {
  const registry = context.registryFor(spec.name)
  const packument = await context.client.packument(registry, spec.name)
  if (!packument) throw new PackGuardError(`${spec.name}@${spec.spec}: ${spec.name} is not published on ${registry}`)
  const candidate = chooseBaseline('0.0.0', spec.spec, packument)
  if (candidate.kind !== 'version') throw new PackGuardError(`${spec.name}@${spec.spec} is not published on ${registry}`)
  const version = candidate.version
  const [read, attestations] = await Promise.all([context.client.snapshot(registry, packument, version), fetchAttestations(context.client, registry, spec.name, version)])
  const after: PackageSnapshot = { ...read, provenance: provenanceFacts(attestations) }

  let before: PackageSnapshot | null = null
  let info: BaselineInfo
  const wanted = context.baseline
  if (wanted.kind === 'none') info = { version: null, source: 'none' }
  else if (wanted.kind === 'file') ({ snapshot: before, info } = await context.fileBaseline(wanted))
  else {
    // The version before it: a published version is its own "auto" baseline for a pull request, never here.
    const others = { versions: packument.versions.filter((other) => other !== version), distTags: packument.distTags }
    const choice = chooseBaseline(version, wanted.spec, wanted.spec === 'auto' ? others : packument)
    if (choice.kind === 'not-published') throw new PackGuardError(`--baseline ${wanted.spec}: ${spec.name}@${wanted.spec} is not published on ${registry}`)
    if (choice.kind === 'version') {
      const [snapshot, previous] = await Promise.all([context.client.snapshot(registry, packument, choice.version), fetchAttestations(context.client, registry, spec.name, choice.version)])
      before = { ...snapshot, provenance: provenanceFacts(previous) }
      info = { version: choice.version, source: 'registry', registry }
    } else info = { version: null, source: choice.kind, registry }
  }
  const policy = context.policyFor(after.name)
  return { report: analyzePackage({ before, after, baseline: info, policy }), snapshot: after, baseline: before, failOn: policy.failOn }
}
