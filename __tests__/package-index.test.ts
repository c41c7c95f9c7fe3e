import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { byPathOrder, diffSnapshots, filesByPath, inSortedList } from '../src/core/diff.js'
import { indexPackage } from '../src/core/package-index.js'
import type { EntryType, FileEntry, PackageSnapshot } from '../src/core/types.js'

const snap = (files: FileEntry[]): PackageSnapshot => ({ name: 'p', version: '1.0.0', files, packedSize: 1, unpackedSize: 1, fileCount: files.length })

/** What the index stands for, from the plain maps: files by path, their diff, the new files and the files with facts. */
function reference(before: PackageSnapshot | null, after: PackageSnapshot) {
  const beforeFiles = filesByPath(before)
  const afterFiles = filesByPath(after)
  const withFacts = (files: Map<string, FileEntry>) => ({
    sourceMaps: [...files.values()].filter((file) => file.facts.sourceMap),
    sourceMappingUrls: [...files.values()].filter((file) => file.facts.sourceMappingUrl),
    secretScans: [...files.values()].filter((file) => file.facts.secrets),
  })
  return {
    beforeFiles: [...beforeFiles],
    afterFiles: [...afterFiles],
    diff: diffSnapshots(before, after),
    newFiles: [...afterFiles.values()].filter((file) => !beforeFiles.has(file.path)),
    unchangedAfter: [...afterFiles.values()].map((file) => (beforeFiles.get(file.path)?.size === file.size ? 1 : 0)),
    beforeFacts: withFacts(beforeFiles),
    afterFacts: withFacts(afterFiles),
    afterOtherEntries: after.files.filter((file) => file.type !== 'file'),
    secretValueEntries: { before: (before?.files ?? []).filter((file) => file.facts.secrets?.values), after: after.files.filter((file) => file.facts.secrets?.values) },
  }
}

describe('indexPackage: built once, the same as the plain maps', () => {
  // Few names, so that paths repeat, move and come back; sizes that change; entries that are not files.
  const path = fc.constantFrom('a', 'b', 'c', 'd/e', 'd/f', 'f10.js', 'f2.js', 'B', 'x/y/z')
  const facts = fc.constantFrom<FileEntry['facts']>(
    {},
    {},
    { sourceMap: { isSourceMap: true, sources: 1, sourcesWithContent: 0, externalUrls: [], externalUrlCount: 0 } },
    { sourceMappingUrl: { kind: 'relative', url: 'a.map' } },
    { secrets: { matches: [], partial: 'size' } },
    { secrets: { matches: [], values: ['raw'] } },
  )
  const entry = fc.record({
    path,
    size: fc.integer({ min: 0, max: 3 }),
    mode: fc.constant(0o644),
    type: fc.constantFrom<EntryType>('file', 'file', 'file', 'symlink', 'other'),
    facts,
  })
  const files = fc.array(entry, { maxLength: 12 })
  /** Mostly the baseline's files again, in order or not, some changed: the shape of consecutive releases. */
  const pair = fc.tuple(files, files, fc.boolean(), fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true })).map(([old, extra, keepOrder, noBaseline, share]) => {
    const kept = old.filter((_, i) => (i * 7919) % 10 < share * 10).map((file, i) => (i % 3 === 0 ? { ...file, size: file.size + 1 } : file))
    const current = keepOrder ? [...kept, ...extra] : [...extra, ...kept].reverse()
    return { before: noBaseline ? null : snap(old), after: snap(current) }
  })

  it('files by path (order and entries), diff, new files and files with facts, with and without repeated paths', () => {
    let distinct = 0
    let repeated = 0
    fc.assert(
      fc.property(pair, ({ before, after }) => {
        const index = indexPackage(before, after)
        const expected = reference(before, after)
        expect([...index.beforeFiles]).toEqual(expected.beforeFiles)
        expect([...index.afterFiles]).toEqual(expected.afterFiles)
        expect([...index.afterFiles.keys()]).toEqual(expected.afterFiles.map(([key]) => key))
        expect([...index.afterFiles.values()]).toEqual(expected.afterFiles.map(([, file]) => file))
        expect(index.afterFiles.size).toBe(expected.afterFiles.length)
        expect(index.beforeFiles.size).toBe(expected.beforeFiles.length)
        expect(index.diff).toEqual(expected.diff)
        expect(index.newFiles).toEqual(expected.newFiles)
        expect([...index.unchangedAfter]).toEqual(expected.unchangedAfter)
        expect(index.beforeFacts).toEqual(expected.beforeFacts)
        expect(index.afterFacts).toEqual(expected.afterFacts)
        expect(index.afterOtherEntries).toEqual(expected.afterOtherEntries)
        expect(index.secretValueEntries).toEqual(expected.secretValueEntries)
        const plain = new Map(expected.afterFiles)
        const forEach: string[] = []
        index.afterFiles.forEach((file, key, map) => forEach.push(`${key}:${file.size}:${map === index.afterFiles}`))
        expect(forEach).toEqual(expected.afterFiles.map(([key, file]) => `${key}:${file.size}:true`))
        // Enough lookups to go past the first scans to the index, of paths there and not.
        for (let round = 0; round < 3; round++) {
          for (const key of ['a', 'b', 'c', 'd/e', 'd/f', 'f10.js', 'f2.js', 'B', 'x/y/z', 'zz']) {
            expect(index.afterFiles.get(key)).toBe(plain.get(key))
            expect(index.afterFiles.has(key)).toBe(plain.has(key))
            expect(index.beforeFiles.get(key)).toBe(filesByPath(before).get(key))
          }
        }
        const paths = after.files.filter((file) => file.type === 'file').map((file) => file.path)
        if (new Set(paths).size === paths.length) distinct++
        else repeated++
      }),
      { numRuns: 1500 },
    )
    // Both ways of building it were taken.
    expect(distinct).toBeGreaterThan(100)
    expect(repeated).toBeGreaterThan(100)
  })

  it('inSortedList finds a path in a list sorted by path exactly when it is there', () => {
    fc.assert(
      fc.property(fc.uniqueArray(path), path, (paths, wanted) => {
        const sorted = paths.map((p) => ({ path: p })).sort(byPathOrder)
        expect(inSortedList(sorted, wanted)).toBe(paths.includes(wanted))
      }),
    )
  })

  it('pairs consecutive releases by position, and still finds files that moved, left or came back', () => {
    const file = (path: string, size = 1): FileEntry => ({ path, size, mode: 0o644, type: 'file', facts: {} })
    const before = snap([file('a'), file('b'), file('c'), file('d'), file('e')])
    const after = snap([file('a'), file('c', 2), file('x'), file('b'), file('e'), file('d')])
    const index = indexPackage(before, after)
    expect(index.diff).toEqual({ added: [{ path: 'x', size: 1 }], removed: [], changed: [{ path: 'c', before: 1, after: 2 }] })
    expect(index.newFiles.map((f) => f.path)).toEqual(['x'])
    const gone = indexPackage(before, snap([file('e'), file('a')]))
    expect(gone.diff.removed.map((f) => f.path)).toEqual(['b', 'c', 'd'])
  })
})
