import type { FileDiff, FileEntry, PackageSnapshot } from './types.js'

/** Paths in code-unit order. Equality first: distinct paths mostly differ in length or in their cached hash, which answers at once. */
export function byPathOrder<T extends { path: string }>(a: T, b: T): number {
  return a.path === b.path ? 0 : a.path < b.path ? -1 : 1
}

/** Indexes a snapshot's regular files by path. */
export function filesByPath(snapshot: PackageSnapshot | null): Map<string, FileEntry> {
  const map = new Map<string, FileEntry>()
  const files = snapshot?.files ?? []
  for (let i = 0; i < files.length; i++) {
    const file = files[i]
    if (file.type === 'file') map.set(file.path, file)
  }
  return map
}

/**
 * The diff of two indexes by path (see {@link diffByPath}), and the entries of `current` that are
 * not in `old`, in `current` order.
 */
export function pairByPath<T extends { size: number }>(
  old: ReadonlyMap<string, T>,
  current: ReadonlyMap<string, T>,
  differs: (before: T, after: T) => boolean,
): { diff: FileDiff; added: T[] } {
  const diff: FileDiff = { added: [], removed: [], changed: [] }
  const added: T[] = []
  let kept = 0
  for (const [path, entry] of current) {
    // Without a baseline nothing is looked up: every entry is new.
    const previous = old.size === 0 ? undefined : old.get(path)
    if (!previous) {
      diff.added.push({ path, size: entry.size })
      added.push(entry)
    } else {
      kept++
      if (differs(previous, entry)) diff.changed.push({ path, before: previous.size, after: entry.size })
    }
  }
  // Each kept path is a distinct path of `old`: when all of them were kept, none was removed, and `old` need not be walked.
  if (kept < old.size) for (const [path, entry] of old) if (!current.has(path)) diff.removed.push({ path, size: entry.size })
  diff.added.sort(byPathOrder)
  diff.removed.sort(byPathOrder)
  diff.changed.sort(byPathOrder)
  return { diff, added }
}

/** True when `path` is in a list sorted by path ({@link byPathOrder}), such as a diff's: found by bisection. */
export function inSortedList(list: readonly { path: string }[], path: string): boolean {
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >>> 1
    const order = byPathOrder(list[middle], { path })
    if (order === 0) return true
    if (order < 0) low = middle + 1
    else high = middle
  }
  return false
}

/**
 * Added, removed and changed entries between two indexes by path, each list sorted
 * by path; `differs` says when an entry present in both has changed.
 */
export function diffByPath<T extends { size: number }>(old: ReadonlyMap<string, T>, current: ReadonlyMap<string, T>, differs: (before: T, after: T) => boolean): FileDiff {
  return pairByPath(old, current, differs).diff
}

/**
 * Added, removed and changed files between two snapshots, sorted by path.
 * "Changed" means the size changed: content is never hashed, which keeps the
 * pass at the speed of gunzip. With no baseline every file counts as added.
 */
export function diffSnapshots(
  before: PackageSnapshot | null,
  after: PackageSnapshot,
  old: ReadonlyMap<string, FileEntry> = filesByPath(before),
  current: ReadonlyMap<string, FileEntry> = filesByPath(after),
): FileDiff {
  return diffByPath(old, current, (previous, file) => previous.size !== file.size)
}
