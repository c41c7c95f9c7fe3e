/**
 * Picks the version a candidate is compared with, from the registry document.
 * Pure: the caller fetches the document; this only decides.
 */
import semver from 'semver'

/** The parts of a registry document (packument) this decision needs. */
export interface PublishedVersions {
  versions: readonly string[]
  distTags: Readonly<Record<string, string>>
}

export type BaselineChoice =
  /** Compare with this published version. */
  | { kind: 'version'; version: string }
  /** Nothing to compare with: a first release, or no lower version published. */
  | { kind: 'first-release' }
  /** The user asked for no comparison. */
  | { kind: 'none' }
  /** A named version or dist-tag the registry does not know. */
  | { kind: 'not-published'; spec: string }

/**
 * Chooses the baseline for `candidate` given `spec`:
 * - `none`: no comparison.
 * - `auto`: the candidate's own version when it is already published (a PR that has
 *   not bumped yet shows what would change), else the highest published version lower
 *   than the candidate; prereleases only when the candidate is one.
 * - a dist-tag or an exact version: that version, when published.
 * `published` null means the package was never published (the registry answered 404).
 */
export function chooseBaseline(candidate: string, spec: string, published: PublishedVersions | null): BaselineChoice {
  if (spec === 'none') return { kind: 'none' }
  if (spec === 'auto') {
    if (!published) return { kind: 'first-release' }
    const version = autoBaseline(candidate, published.versions)
    return version === null ? { kind: 'first-release' } : { kind: 'version', version }
  }
  if (!published) return { kind: 'not-published', spec }
  const tagged = Object.hasOwn(published.distTags, spec) ? published.distTags[spec] : undefined
  if (tagged !== undefined && published.versions.includes(tagged)) return { kind: 'version', version: tagged }
  const exact = semver.valid(spec)
  if (exact !== null && published.versions.some((version) => semver.valid(version) === exact)) {
    return { kind: 'version', version: published.versions.find((version) => semver.valid(version) === exact) as string }
  }
  return { kind: 'not-published', spec }
}

function autoBaseline(candidate: string, versions: readonly string[]): string | null {
  const target = semver.parse(candidate)
  if (!target) return null
  const same = versions.find((version) => semver.valid(version) !== null && semver.eq(version, target))
  if (same !== undefined) return same
  const allowPrerelease = target.prerelease.length > 0
  let best: string | null = null
  for (const version of versions) {
    const parsed = semver.parse(version)
    if (!parsed) continue
    if (parsed.prerelease.length > 0 && !allowPrerelease) continue
    if (!semver.lt(parsed, target)) continue
    if (best === null || semver.gt(parsed, best)) best = version
  }
  return best
}
