/**
 * The details each rule family attaches to its findings: what tools read from the
 * JSON report (`packages[].findings[].details`). Fields are only ever added.
 */
import type { SecretMatch } from '../inspect/secret-scanner.js'

/** Present when a rule reported many files as one finding. */
export interface GroupDetails {
  /** How many files the finding stands for. */
  count?: number
  /** Every one of their paths. */
  paths?: string[]
}

export interface SecretDetails extends GroupDetails {
  /** Redacted: kind, line, a 4-character preview and a fingerprint; never the value. */
  matches?: SecretMatch[]
  /** The baseline version that already shipped one of the values. */
  alreadyPublicSince?: string
  /** What the file is, when it is a secret by its nature (`an environment file`). */
  secretFile?: string
  /** How many of its values are new in this release; 0 when all were already public. */
  newValues?: number
  /** secrets/partial-scan: the file's size and why it was scanned in part. */
  size?: number
  reason?: 'size' | 'dense'
}

export interface SourceMapDetails extends GroupDetails {
  size?: number
  sources?: number
  sourcesWithContent?: number
  externalUrlCount?: number
  externalUrls?: string[]
  /** source-map/unreadable: what the scanner could not read. */
  problem?: string
  /** Whether the package's sources are public (licence or `sourceMaps.sourcesArePublic`), which made embedded sources a warning. */
  sourcesArePublic?: boolean
  /** A sourceMappingURL reference, and the map it resolves to in the package. */
  url?: string
  map?: string
}

export interface FilesDetails extends GroupDetails {
  reason?: string
  /** files/unexpected: the config's `expect` globs. */
  expect?: string[]
  /** files/new-source-tree: how many files and bytes the tree holds. */
  files?: number
  bytes?: number
}

export interface SizeDetails extends GroupDetails {
  size?: number
  /** size/large-new-file: the threshold for this package (it scales with the previous release). */
  threshold?: number
  measure?: string
  before?: number
  after?: number
  delta?: number
  percent?: number | null
}

export interface ArchiveDetails extends GroupDetails {
  type?: string | null
  target?: string | null
  reason?: string
  roots?: string[]
}

export interface ManifestDetails extends GroupDetails {
  /** manifest/install-script: the script (`postinstall`), or `node-gyp rebuild` for a binding.gyp. */
  script?: string
  /** manifest/dependency-source: the dependency and where its spec now points (git, url, file, link). */
  dependency?: string
  source?: string
  /** manifest/bin: the command. */
  command?: string
  /** The value in the baseline's package.json (null when absent), and in the candidate's. */
  previous?: string | null
  current?: string
  /** manifest/new-dependency: every new runtime dependency with its spec. */
  dependencies?: Array<{ name: string; spec: string }>
}

export interface ProvenanceDetails extends GroupDetails {
  /** provenance/dropped: the version before, which had an attestation, and the one without. */
  attestedVersion?: string
  version?: string
}

/** Details by rule family: `secrets/…` findings carry SecretDetails, and so on. */
export interface FindingDetails {
  secrets: SecretDetails
  'source-map': SourceMapDetails
  files: FilesDetails
  size: SizeDetails
  archive: ArchiveDetails
  manifest: ManifestDetails
  provenance: ProvenanceDetails
}

export type RuleFamily = keyof FindingDetails
