import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS, readTarball, readTarballFile } from '../src/adapters/tarball-reader.js'
import { PackGuardError } from '../src/errors.js'
import { FAKE } from './helpers/secrets.js'
import { buildTarball, sourceMap, tempDir, writeTarball } from './helpers/tarball.js'

describe('readTarball', () => {
  it('lists entries without the root folder, with sizes, modes and counts', async () => {
    const dir = tempDir()
    const file = await writeTarball(dir, 'a.tgz', [
      { path: 'dist/index.js', content: 'export {}\n', mode: 0o755 },
      { path: 'README.md', content: '# hi\n' },
    ], { name: '@scope/a', version: '2.0.0' })
    const snapshot = await readTarballFile(file)
    expect(snapshot.name).toBe('@scope/a')
    expect(snapshot.version).toBe('2.0.0')
    expect(snapshot.files.map((f) => [f.path, f.size, f.mode])).toEqual([
      ['package.json', 37, 0o644],
      ['dist/index.js', 10, 0o755],
      ['README.md', 5, 0o644],
    ])
    expect(snapshot.fileCount).toBe(3)
    expect(snapshot.unpackedSize).toBe(52)
    const { size } = await import('node:fs').then((fs) => fs.statSync(file))
    expect(snapshot.packedSize).toBe(size)
  })

  it('reads a package.json up to 1 MiB, and refuses a larger one with one line, however the stream splits it', async () => {
    const manifestOf = (bytes: number) => {
      const head = '{"name":"big","version":"1.0.0","description":"'
      return `${head}${'x'.repeat(bytes - head.length - 2)}"}`
    }
    const fits = await buildTarball([{ path: 'package.json', content: manifestOf(1024 * 1024) }])
    const over = await buildTarball([{ path: 'package.json', content: manifestOf(1024 * 1024 + 1) }])
    for (const chunkBytes of [undefined, 4096, 1000]) {
      expect((await readTarball(Readable.from([fits]), 'big.tgz', DEFAULT_LIMITS, { chunkBytes })).name).toBe('big')
      await expect(readTarball(Readable.from([over]), 'big.tgz', DEFAULT_LIMITS, { chunkBytes })).rejects.toThrow(
        new PackGuardError('big.tgz: package.json in the tarball is larger than 1 MiB, more than pack-guard reads'),
      )
    }
  })

  it('accepts any single root folder, as npm does', async () => {
    const data = await buildTarball([{ path: 'a.js', content: 'x' }], { root: 'node' })
    const snapshot = await readTarball(Readable.from([data]), 'x.tgz')
    expect(snapshot.files.map((f) => f.path)).toEqual(['package.json', 'a.js'])
  })

  it('scans content while streaming: maps are counted', async () => {
    const data = await buildTarball([{ path: 'dist/cli.js.map', content: sourceMap(250, true) }])
    const snapshot = await readTarball(Readable.from([data]), 'x.tgz')
    expect(snapshot.files[1].facts.sourceMap).toMatchObject({ isSourceMap: true, sources: 250, sourcesWithContent: 250 })
  })

  it('skips the secret scan when asked (a baseline read for a candidate without secrets), and only that', async () => {
    const data = await buildTarball([
      { path: 'config.js', content: `export const token = "${FAKE.github}"\n` },
      { path: 'dist/cli.js.map', content: sourceMap(3, true) },
    ])
    const scanned = await readTarball(Readable.from([data]), 'x.tgz')
    const unscanned = await readTarball(Readable.from([data]), 'x.tgz', DEFAULT_LIMITS, { scanSecrets: false })
    expect(scanned.files.find((f) => f.path === 'config.js')?.facts.secrets?.matches).toHaveLength(1)
    expect(unscanned.files.find((f) => f.path === 'config.js')?.facts).toEqual({})
    expect(unscanned.files.find((f) => f.path === 'dist/cli.js.map')?.facts.sourceMap).toMatchObject({ sources: 3, sourcesWithContent: 3 })
  })

  it.each([
    ['not gzip', () => Buffer.from('hello, this is not a tarball'), /x\.tgz: not a gzip file/],
    ['truncated gzip', async () => (await buildTarball([{ path: 'a.js', content: 'x'.repeat(5000) }])).subarray(0, 60), /x\.tgz: truncated/],
    ['gzip of a non-tar', () => gzipSync(Buffer.from('plain text, not tar'.repeat(40))), /x\.tgz: .*(tar|truncated)/],
    ['an empty file', () => Buffer.alloc(0), /x\.tgz: /],
    ['no package.json', () => buildTarball([{ path: 'a.js', content: 'x' }], { noManifest: true }), /x\.tgz: no package\.json/],
  ])('fails with one line naming the file: %s', async (_name, make, message) => {
    const data = await make()
    const error = await readTarball(Readable.from([data]), 'x.tgz').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PackGuardError)
    expect((error as Error).message).toMatch(message)
    expect((error as Error).message).not.toContain('\n')
  })

  it('stops at the decompressed-bytes cap', async () => {
    const data = await buildTarball([{ path: 'zeros.bin', content: Buffer.alloc(4 * 1024 * 1024) }])
    const error = await readTarball(Readable.from([data]), 'bomb.tgz', { maxBytes: 1024 * 1024, maxEntries: 10 }).catch((e: unknown) => e)
    expect((error as Error).message).toMatch(/bomb\.tgz: decompresses to more than 1 MiB/)
  })

  it('stops at the entry cap', async () => {
    const data = await buildTarball(Array.from({ length: 20 }, (_, i) => ({ path: `f${i}.js`, content: 'x' })))
    const error = await readTarball(Readable.from([data]), 'many.tgz', { maxBytes: 1e9, maxEntries: 5 }).catch((e: unknown) => e)
    expect((error as Error).message).toMatch(/many\.tgz: more than 5 entries/)
  })

  it('names a missing file', async () => {
    const error = await readTarballFile(join(tempDir(), 'nope.tgz')).catch((e: unknown) => e)
    expect((error as Error).message).toMatch(/nope\.tgz: cannot read \(ENOENT\)/)
  })

  it('rejects a folder given as a tarball', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'x'), '')
    await expect(readTarballFile(dir)).rejects.toThrow(/not a file/)
  })
})
