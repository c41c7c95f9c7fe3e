/**
 * What npm writes for a tarball: node-tar's `extract` with pacote's options
 * (pacote 21, lib/fetcher.js `#tarxOptions`: `strip: 1`, links skipped, only
 * regular files written, a `.gitignore` written as `.npmignore` unless one was
 * already written). The files are really written, to a temporary folder (on
 * /dev/shm when there is one), then read back.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, type Stats } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, relative } from 'node:path'
import { extract, type ReadEntry } from 'tar'

const BASE = existsSync('/dev/shm') ? '/dev/shm' : tmpdir()

export interface Listed {
  path: string
  type: string
  linkpath?: string
}

export interface Extracted {
  /** Files written, by path relative to the package folder. */
  files: Map<string, Buffer>
  /** Links and special entries as node-tar read them (npm writes none of them), in archive order. */
  others: Listed[]
  /** Set when node-tar gave up (npm's install fails). */
  error?: string
}

/** pacote's filter, as written there (entry.mode handling left out: it does not change what is written). */
function pacoteFilter(): (path: string, entry: ReadEntry | Stats) => boolean {
  const sawIgnores = new Set<string>()
  return (_path, stats) => {
    const entry = stats as ReadEntry
    if (/Link$/.test(entry.type)) return false
    if (/File$/.test(entry.type)) {
      const base = basename(entry.path)
      if (base === '.npmignore') sawIgnores.add(entry.path)
      else if (base === '.gitignore') {
        const ni = entry.path.replace(/\.gitignore$/, '.npmignore')
        if (sawIgnores.has(ni)) return false
        entry.path = ni
      }
      return true
    }
    return false
  }
}

function walk(root: string, dir: string, out: Map<string, Buffer>): void {
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, item.name)
    if (item.isDirectory()) walk(root, full, out)
    else if (item.isFile()) out.set(relative(root, full), readFileSync(full))
    else out.set(relative(root, full), Buffer.from(`(not a file: ${item.isSymbolicLink() ? 'symlink' : 'other'})`))
  }
}

export async function extractLikeNpm(tgz: Buffer): Promise<Extracted> {
  const cwd = mkdtempSync(join(BASE, 'pack-guard-parity-'))
  try {
    let error: string | undefined
    const others: Listed[] = []
    const note = (entry: ReadEntry) => {
      if (!entry.meta && !/^(File|OldFile|ContiguousFile|Directory|GNUDumpDir)$/.test(entry.type)) others.push({ path: entry.path, type: entry.type, linkpath: entry.linkpath })
    }
    await new Promise<void>((resolve) => {
      const unpack = extract({ cwd, strip: 1, filter: pacoteFilter(), noChmod: true, noMtime: true, preserveOwner: false, umask: 0o022, onwarn: () => {} })
      // What pacote's filter drops comes as ignoredEntry (links), what it keeps as entry; both before any path is changed.
      unpack.on('ignoredEntry', note)
      unpack.on('entry', note)
      unpack.on('error', (e: Error) => {
        error = e.message
        resolve()
      })
      unpack.on('close', () => resolve())
      unpack.end(tgz)
    })
    const files = new Map<string, Buffer>()
    walk(cwd, cwd, files)
    return { files, others, error }
  } finally {
    rmSync(cwd, { recursive: true, force: true })
  }
}
