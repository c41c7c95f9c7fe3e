import { byPathOrder, filesByPath, pairByPath } from './diff.js'
import type { ChangedFile, FileDiff, FileEntry, PackageSnapshot, SizedFile } from './types.js'

/**
 * The few files of a snapshot that carry content facts, each list in the order of its files by path: most
 * rules only look at these, and a package of 100,000 files usually has a handful.
 */
export interface FactIndex {
  /** Files read as JSON that may be a source map (`facts.sourceMap`), readable or not. */
  sourceMaps: readonly FileEntry[]
  /** Scripts and stylesheets with a `sourceMappingURL` comment (`facts.sourceMappingUrl`). */
  sourceMappingUrls: readonly FileEntry[]
  /** Files the secret scanner reported on (`facts.secrets`: matches, or a partial scan). */
  secretScans: readonly FileEntry[]
}

/** Both snapshots indexed once per package: what every rule reads instead of walking 100,000 files again. */
export interface PackageIndex {
  /** The baseline's regular files by path (empty without a baseline), as {@link filesByPath} has them. */
  beforeFiles: ReadonlyMap<string, FileEntry>
  /** The candidate's regular files by path, as {@link filesByPath} has them. */
  afterFiles: ReadonlyMap<string, FileEntry>
  diff: FileDiff
  /** The candidate's files that the baseline did not ship (all of them without one), in `afterFiles` order. */
  newFiles: readonly FileEntry[]
  /** Per file of `afterFiles`, in its order: 1 when the baseline shipped it at the same size (unchanged, as isUnchanged says). */
  unchangedAfter: Uint8Array
  beforeFacts: FactIndex
  afterFacts: FactIndex
  /** The candidate's entries that are not regular files (links, special files), in archive order. */
  afterOtherEntries: readonly FileEntry[]
  /** Per side, every entry (of any type, repeated paths too) the scanner kept raw secret values of, in archive order: for masking logs, never for output. */
  secretValueEntries: { before: readonly FileEntry[]; after: readonly FileEntry[] }
}

function holdsSecretValues(file: FileEntry): boolean {
  return file.facts.secrets?.values !== undefined
}

/** Lookups answered by walking the files before they get an index: about what one index costs in walks. */
const SCANS_BEFORE_INDEX = 8

/**
 * Files of distinct paths as a read-only map by path, in their order. Their index by path is built only
 * once they are looked up more than a few times: most analyses only walk the candidate's files.
 */
class FileList implements ReadonlyMap<string, FileEntry> {
  private scans = 0

  constructor(
    private readonly files: readonly FileEntry[],
    private index?: Map<string, number>,
  ) {}

  get size(): number {
    return this.files.length
  }

  get(path: string): FileEntry | undefined {
    const at = this.positionOf(path)
    return at === -1 ? undefined : this.files[at]
  }

  has(path: string): boolean {
    return this.positionOf(path) !== -1
  }

  *keys(): MapIterator<string> {
    for (const file of this.files) yield file.path
  }

  values(): MapIterator<FileEntry> {
    return this.files.values()
  }

  *entries(): MapIterator<[string, FileEntry]> {
    for (const file of this.files) yield [file.path, file]
  }

  [Symbol.iterator](): MapIterator<[string, FileEntry]> {
    return this.entries()
  }

  forEach(callback: (value: FileEntry, key: string, map: ReadonlyMap<string, FileEntry>) => void, thisArg?: unknown): void {
    for (const file of this.files) callback.call(thisArg, file, file.path, this)
  }

  private positionOf(path: string): number {
    if (!this.index && this.scans++ < SCANS_BEFORE_INDEX) return this.files.findIndex((file) => file.path === path)
    if (!this.index) {
      const index = new Map<string, number>()
      this.files.forEach((file, at) => index.set(file.path, at))
      this.index = index
    }
    return this.index.get(path) ?? -1
  }
}

/** Files with facts, filled in file order. */
class FactLists implements FactIndex {
  readonly sourceMaps: FileEntry[] = []
  readonly sourceMappingUrls: FileEntry[] = []
  readonly secretScans: FileEntry[] = []

  add(file: FileEntry): void {
    const { sourceMap, sourceMappingUrl, secrets } = file.facts
    if (sourceMap) this.sourceMaps.push(file)
    if (sourceMappingUrl) this.sourceMappingUrls.push(file)
    if (secrets) this.secretScans.push(file)
  }
}

function factIndex(files: Iterable<FileEntry>): FactIndex {
  const index = new FactLists()
  for (const file of files) index.add(file)
  return index
}

/**
 * The index when neither snapshot holds a regular file's path twice (always so for a tarball npm
 * packed), or undefined. One pass over each side's entries (each pass over 100,000 entries costs):
 * the baseline's collects its files and facts and hashes each path once; the candidate's also pairs
 * each file, first with the baseline's next file, where consecutive releases usually have it, and looks
 * up only the others. The paths no map was built for are known distinct from the sorted list of added files.
 */
function indexDistinct(before: PackageSnapshot | null, after: PackageSnapshot): PackageIndex | undefined {
  const old: FileEntry[] = []
  const beforeFacts = new FactLists()
  const oldAt = new Map<string, number>()
  const secretValueEntries = { before: [] as FileEntry[], after: [] as FileEntry[] }
  for (const file of before?.files ?? []) {
    if (holdsSecretValues(file)) secretValueEntries.before.push(file)
    if (file.type !== 'file') continue
    oldAt.set(file.path, old.length)
    old.push(file)
    beforeFacts.add(file)
  }
  if (oldAt.size !== old.length) return undefined
  const current: FileEntry[] = []
  const afterFacts = new FactLists()
  const afterOtherEntries: FileEntry[] = []
  const diff = { added: [] as SizedFile[], removed: [] as SizedFile[], changed: [] as ChangedFile[] }
  const newFiles: FileEntry[] = []
  const unchangedAfter = new Uint8Array(after.files.length)
  const kept = new Uint8Array(old.length)
  let next = 0
  for (const file of after.files) {
    if (holdsSecretValues(file)) secretValueEntries.after.push(file)
    if (file.type !== 'file') {
      afterOtherEntries.push(file)
      continue
    }
    current.push(file)
    afterFacts.add(file)
    const at = next < old.length && old[next].path === file.path ? next : old.length === 0 ? undefined : oldAt.get(file.path)
    if (at === undefined) {
      diff.added.push({ path: file.path, size: file.size })
      newFiles.push(file)
      continue
    }
    if (kept[at]) return undefined // the candidate holds this path twice
    kept[at] = 1
    next = at + 1
    const previous = old[at]
    if (previous.size !== file.size) diff.changed.push({ path: file.path, before: previous.size, after: file.size })
    else unchangedAfter[current.length - 1] = 1
  }
  for (let at = 0; at < old.length; at++) if (!kept[at]) diff.removed.push({ path: old[at].path, size: old[at].size })
  diff.added.sort(byPathOrder)
  for (let i = 1; i < diff.added.length; i++) if (diff.added[i].path === diff.added[i - 1].path) return undefined // a new path twice
  diff.removed.sort(byPathOrder)
  diff.changed.sort(byPathOrder)
  return { beforeFiles: new FileList(old, oldAt), afterFiles: new FileList(current), diff, newFiles, unchangedAfter: unchangedAfter.subarray(0, current.length), beforeFacts, afterFacts, afterOtherEntries, secretValueEntries }
}

/**
 * Indexes both snapshots once: files by path (a path written twice keeps its first place and its last
 * entry, as {@link filesByPath} has it), their diff, the new files and the files with facts.
 */
export function indexPackage(before: PackageSnapshot | null, after: PackageSnapshot): PackageIndex {
  const distinct = indexDistinct(before, after)
  if (distinct) return distinct
  const beforeFiles = filesByPath(before)
  const afterFiles = filesByPath(after)
  const { diff, added } = pairByPath(beforeFiles, afterFiles, (previous, file) => previous.size !== file.size)
  return {
    beforeFiles,
    afterFiles,
    diff,
    newFiles: added,
    unchangedAfter: Uint8Array.from(afterFiles.values(), (file) => (beforeFiles.get(file.path)?.size === file.size ? 1 : 0)),
    beforeFacts: factIndex(beforeFiles.values()),
    afterFacts: factIndex(afterFiles.values()),
    afterOtherEntries: after.files.filter((file) => file.type !== 'file'),
    secretValueEntries: { before: (before?.files ?? []).filter(holdsSecretValues), after: after.files.filter(holdsSecretValues) },
  }
}
