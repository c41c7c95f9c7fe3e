/**
 * The plain data the pure core works on. Adapters build these from tarballs and
 * registries; rules and renderers only read them.
 */
import type { SourceMapFacts } from '../inspect/source-map-scanner.js'
import type { SourceMappingUrlFacts } from '../inspect/source-mapping-url.js'
import type { SecretMatch, SecretScanFacts } from '../inspect/secret-scanner.js'
import type { FindingDetails, RuleFamily } from './finding-details.js'

export type { SecretMatch, SecretScanFacts, SourceMapFacts, SourceMappingUrlFacts }
export type { FindingDetails, RuleFamily } from './finding-details.js'

export type Severity = 'error' | 'warning' | 'notice'
export type SeveritySetting = Severity | 'off'
/** Every fail-on setting. */
export const FAIL_ON_VALUES = ['error', 'warning', 'never'] as const
export type FailOn = (typeof FAIL_ON_VALUES)[number]

export function isFailOn(value: unknown): value is FailOn {
  return (FAIL_ON_VALUES as readonly unknown[]).includes(value)
}

export type EntryType = 'file' | 'directory' | 'symlink' | 'link' | 'other'

/** What streaming inspectors learned about one file's content. */
export interface FileFacts {
  /** Present when the file was scanned as JSON that may be a source map. */
  sourceMap?: SourceMapFacts
  /** The last `sourceMappingURL` comment of a .js/.mjs/.cjs/.css file. */
  sourceMappingUrl?: SourceMappingUrlFacts
  /** Secrets found, redacted (kind, line, preview, fingerprint); never the values. */
  secrets?: SecretScanFacts
}

/** One entry of a package tarball, its path relative to the package root. */
export interface FileEntry {
  path: string
  size: number
  mode: number
  type: EntryType
  /** For symlinks and hard links: where the entry points. */
  linkTarget?: string
  /** The name as the archive wrote it, root folder included, when it differs from `root/path`. */
  rawName?: string
  /** Why npm does not write this entry on install (links, devices, `..` names, ...); absent when it does. */
  notInstalled?: string
  /** For `other` entries: the tar type (fifo, character-device, ...). */
  tarType?: string
  facts: FileFacts
}

/** What the archive itself looked like, beyond its entries. */
export interface ArchiveFacts {
  /** Root folders seen (npm writes one, `package/`). */
  roots: string[]
  /** Paths written more than once: on extraction the last one wins, as here. */
  duplicates: string[]
}

/** Everything known about one tarball after one streaming pass. */
export interface PackageSnapshot {
  name: string
  version: string
  /** Regular files, links and special entries, in archive order; a later duplicate of an installed file replaces the earlier one. */
  files: FileEntry[]
  /** Bytes of the .tgz as stored. */
  packedSize: number
  /** Sum of the sizes of regular files. */
  unpackedSize: number
  fileCount: number
  /** Absent for snapshots built in memory. */
  archive?: ArchiveFacts
  /** The manifest's `license` (an SPDX expression, `UNLICENSED`, `SEE LICENSE IN ...`); null when it has none, absent when unknown. */
  license?: string | null
  /** What package.json declares that the manifest rules read; absent for snapshots built in memory. */
  manifest?: ManifestFacts
  /** Known only for a version read from a registry that was asked for its attestations (watching). */
  provenance?: ProvenanceFacts
}

/** The parts of a package.json the manifest rules compare (string values only). */
export interface ManifestFacts {
  /** Only the scripts npm runs on install: preinstall, install, postinstall. */
  installScripts: Record<string, string>
  /** `dependencies`, name to spec. */
  dependencies: Record<string, string>
  /** `optionalDependencies`, name to spec (npm installs them too). */
  optionalDependencies: Record<string, string>
  /** `bin`, command to path (a string `bin` is keyed by the package's name without scope). */
  bin: Record<string, string>
}

/** Whether the registry holds a provenance attestation for a version. */
export interface ProvenanceFacts {
  attested: boolean
}

/** Why a finding is shown but does not count. */
export interface Suppression {
  by: 'config' | 'label'
  reason: string
}

/**
 * A finding of one rule family: its rule id starts with `family/`, and its details
 * have that family's shape (see finding-details.ts).
 */
export type FindingOf<F extends RuleFamily> = {
  rule: `${F}/${string}`
  severity: Severity
  path?: string
  message: string
  /** How to fix it or silence it. */
  hint?: string
  details?: FindingDetails[F]
  /** For a finding that stands for several files (one folder): how many. Their paths are in `details.paths`. */
  count?: number
  /** For a finding about files: the bytes they add up to. */
  bytes?: number
  /** Set when the finding is allowed by the config or accepted by a reviewer: it is shown but does not count. */
  suppressed?: Suppression
}

/** Any finding: a union discriminated by rule family (narrow with `isFamily`). */
export type Finding = { [F in RuleFamily]: FindingOf<F> }[RuleFamily]

/** True when the finding belongs to that rule family; narrows its details. */
export function isFamily<F extends RuleFamily>(finding: Finding, family: F): finding is Extract<Finding, FindingOf<F>> {
  return finding.rule.startsWith(`${family}/`)
}

/** A file and its size, as listed in a diff. */
export interface SizedFile {
  path: string
  size: number
}

export interface ChangedFile {
  path: string
  before: number
  after: number
}

export interface FileDiff {
  added: SizedFile[]
  removed: SizedFile[]
  changed: ChangedFile[]
}

export interface Measure {
  before: number | null
  after: number
}

export interface BaselineInfo {
  /** The baseline's version, null when there is none (first release, or "none"). */
  version: string | null
  /** Where it came from: a file path, "registry", "none" or "first-release". */
  source: string
  /** The registry asked, when the baseline was looked up there (also for a first release). */
  registry?: string
}

export interface PackageReport {
  name: string
  version: string
  baseline: BaselineInfo
  packed: Measure
  unpacked: Measure
  fileCount: Measure
  files: FileDiff
  findings: Finding[]
}

export interface Counts {
  error: number
  warning: number
  notice: number
}

export interface Report {
  /** Bumped only on a breaking change of this shape. */
  schemaVersion: 1
  tool: { name: 'pack-guard'; version: string }
  failOn: FailOn
  /** "fail" when any finding reaches failOn. */
  verdict: 'pass' | 'fail'
  counts: Counts
  packages: PackageReport[]
  /** Workspace packages not checked (private ones), present only when some were skipped. */
  skipped?: SkippedPackage[]
}

/** A workspace package pack-guard did not check, and why. */
export interface SkippedPackage {
  name: string
  /** The folder, relative to the workspace root. */
  path: string
  reason: string
}
