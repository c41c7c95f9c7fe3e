import type { FailOn, SeveritySetting } from './types.js'

/** Growth that triggers a finding: both the percentage and the byte count must be reached. */
export interface GrowthThreshold {
  percent: number
  bytes: number
}

export interface TotalSizePolicy {
  /** A warning when growth reaches both. */
  warn: GrowthThreshold
  /** An error when the size is multiplied by at least `ratio` and grew by at least `bytes`. */
  error: { ratio: number; bytes: number }
}

export interface AllowRule {
  /** A glob over package paths (src/core/glob.ts). */
  path: string
  /** Rule ids it applies to; all rules when absent. */
  rules?: string[]
  /** Why it is allowed; shown in the report. */
  reason: string
}

/** Everything a team can tune. The defaults are {@link DEFAULT_POLICY}. */
export interface Policy {
  failOn: FailOn
  /** Per-rule severity overrides, by rule id. */
  rules: Record<string, SeveritySetting>
  size: {
    packed: TotalSizePolicy
    unpacked: TotalSizePolicy
    /** A file that was in the baseline and grew. */
    file: GrowthThreshold
    /** A new file at least this large... */
    newFileBytes: number
    /** ...and at least this share (percent) of the previous release's unpacked size: the threshold scales with the package. */
    newFilePercent: number
  }
  sourceMaps: {
    /**
     * Whether the package's original sources are public anyway, which makes embedded sources a warning instead of an error.
     * "auto" decides from the manifest's licence: an SPDX expression (MIT, Apache-2.0, ...) is open source;
     * `UNLICENSED`, `SEE LICENSE IN ...` and no licence are not.
     */
    sourcesArePublic: boolean | 'auto'
  }
  /** Extra globs of files that must never ship (errors, rule files/forbidden). */
  forbidden: string[]
  /** Findings on these paths are reported as allowed and do not count. */
  allow: AllowRule[]
  /** When set, any file outside these globs is an error (rule files/unexpected). */
  expect?: string[]
  /** Secrets known to be harmless (a documented test key), by fingerprint, each with a reason. */
  secretAllow: Array<{ fingerprint: string; reason: string }>
}

const KB = 1000
const MB = 1000 * KB

/**
 * Defaults tuned on consecutive real releases of popular packages (see docs/rules.md):
 * ordinary releases stay below them, the 2.1.87 -> 2.1.88 incident is far above.
 */
export const DEFAULT_POLICY: Policy = {
  failOn: 'error',
  rules: {},
  size: {
    packed: { warn: { percent: 25, bytes: 100 * KB }, error: { ratio: 10, bytes: 1 * MB } },
    unpacked: { warn: { percent: 25, bytes: 500 * KB }, error: { ratio: 10, bytes: 1 * MB } },
    file: { percent: 100, bytes: 500 * KB },
    newFileBytes: 2 * MB,
    newFilePercent: 10,
  },
  sourceMaps: { sourcesArePublic: 'auto' },
  forbidden: [],
  allow: [],
  secretAllow: [],
}
