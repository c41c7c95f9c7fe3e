import { FileInspector } from '../../src/inspect/file-inspector.js'
import type { FileEntry, PackageSnapshot } from '../../src/core/types.js'

/** A file for a snapshot: content (scanned by the real inspectors) or just a size. */
export type SnapshotFile = [path: string, content: string | Buffer | number]

/**
 * Builds a PackageSnapshot in memory, running the same inspectors the tarball
 * reader runs, so rule tests stay pure and still see real facts.
 */
export function snapshot(files: SnapshotFile[], options: { version?: string; packedSize?: number; name?: string; license?: string | null } = {}): PackageSnapshot {
  const entries: FileEntry[] = files.map(([path, content]) => {
    if (typeof content === 'number') return { path, size: content, mode: 0o644, type: 'file', facts: {} }
    const data = Buffer.from(content)
    const inspector = new FileInspector(path)
    inspector.write(data)
    return { path, size: data.length, mode: 0o644, type: 'file', facts: inspector.end() }
  })
  const unpackedSize = entries.reduce((sum, entry) => sum + entry.size, 0)
  return {
    name: options.name ?? 'fixture-pkg',
    version: options.version ?? '1.0.0',
    files: entries,
    packedSize: options.packedSize ?? Math.round(unpackedSize / 3),
    unpackedSize,
    fileCount: entries.length,
    ...(options.license !== undefined ? { license: options.license } : {}),
  }
}
