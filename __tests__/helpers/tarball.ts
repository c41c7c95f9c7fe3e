import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { pack as createPack } from 'tar-stream'

/** One entry of a fixture tarball. */
export interface FixtureEntry {
  path: string
  content?: string | Buffer
  type?: 'file' | 'directory' | 'symlink' | 'link' | 'fifo' | 'character-device'
  linkname?: string
  mode?: number
}

export interface TarballOptions {
  name?: string
  version?: string
  /** The root folder (npm uses "package"). */
  root?: string
  /** Leave out the generated package.json. */
  noManifest?: boolean
}

/** Builds a gzipped tarball in memory, shaped like `npm pack` output. */
export async function buildTarball(entries: FixtureEntry[], options: TarballOptions = {}): Promise<Buffer> {
  const root = options.root ?? 'package'
  const pack = createPack()
  const chunks: Buffer[] = []
  pack.on('data', (chunk: unknown) => chunks.push(chunk as Buffer))
  const done = new Promise<void>((resolve, reject) => {
    pack.on('end', resolve)
    pack.on('error', reject)
  })
  const all = [...entries]
  if (!options.noManifest && !entries.some((entry) => entry.path === 'package.json')) {
    all.unshift({ path: 'package.json', content: JSON.stringify({ name: options.name ?? 'fixture-pkg', version: options.version ?? '1.0.0' }) })
  }
  for (const entry of all) {
    const name = root ? `${root}/${entry.path}` : entry.path
    const type = entry.type ?? 'file'
    const content = entry.content === undefined ? Buffer.alloc(0) : Buffer.from(entry.content)
    await new Promise<void>((resolve, reject) => {
      const header = { name, type, mode: entry.mode ?? (type === 'directory' ? 0o755 : 0o644), linkname: entry.linkname, mtime: new Date(0) }
      if (type === 'file') pack.entry({ ...header, size: content.length }, content, (error) => (error ? reject(error) : resolve()))
      else pack.entry(header, (error) => (error ? reject(error) : resolve()))
    })
  }
  pack.finalize()
  await done
  return gzipSync(Buffer.concat(chunks))
}

/** A fresh temporary folder for one test. */
export function tempDir(prefix = 'pack-guard-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

/** Builds a tarball and writes it into `dir`; returns its path. */
export async function writeTarball(dir: string, fileName: string, entries: FixtureEntry[], options: TarballOptions = {}): Promise<string> {
  const file = join(dir, fileName)
  writeFileSync(file, await buildTarball(entries, options))
  return file
}

/** A version 3 source map with `sources` files, embedding each one's content when `withContent`. */
export function sourceMap(sources: number, withContent: boolean, contentBytes = 200): string {
  const names = Array.from({ length: sources }, (_, i) => `../src/module-${i}.ts`)
  const map: Record<string, unknown> = { version: 3, file: 'cli.js', sources: names, names: [], mappings: 'AAAA,SAAS;AACA' }
  if (withContent) map.sourcesContent = names.map((name, i) => `// ${name}\nexport const value${i} = "${'x'.repeat(contentBytes)}"\n`)
  return JSON.stringify(map)
}
