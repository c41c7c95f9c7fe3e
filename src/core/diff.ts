import type { FileDiff, FileEntry, PackageSnapshot } from './types.js'

function byPathOrder<T extends { path: string }>(a: T, b: T): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0
}

/** Indexes a snapshot's regular files by path. */
export function filesByPath(snapshot: PackageSnapshot | null): Map<string, FileEntry> {
  const map = new Map<string, FileEntry>()
  for (const file of snapshot?.files ?? []) if (file.type === 'file') map.set(file.path, file)
  return map
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
  const diff: FileDiff = { added: [], removed: [], changed: [] }
  for (const [path, file] of current) {
    const previous = old.get(path)
    if (!previous) diff.added.push({ path, size: file.size })
    else if (previous.size !== file.size) diff.changed.push({ path, before: previous.size, after: file.size })
  }
  for (const [path, file] of old) if (!current.has(path)) diff.removed.push({ path, size: file.size })
  diff.added.sort(byPathOrder)
  diff.removed.sort(byPathOrder)
  diff.changed.sort(byPathOrder)
  return diff
}
