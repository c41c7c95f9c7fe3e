/**
 * Finds the packages of an npm workspace root (`"workspaces"` in package.json,
 * npm's array form or Yarn's `{ packages: [...] }`), expanding globs in bounded time (src/core/glob.ts).
 */
import { existsSync, readdirSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { compileGlobList } from '../core/glob.js'
import { PackGuardError } from '../errors.js'
import type { PackageManifest } from './npm-pack.js'
import { readManifest } from './npm-pack.js'

export interface WorkspacePackage {
  /** Absolute folder. */
  dir: string
  /** Path relative to the root, with "/" separators. */
  relativePath: string
  manifest: PackageManifest
}

/** Deepest folder level searched for a `**` pattern: monorepos rarely nest deeper. */
const MAX_DEPTH = 6
/** Workspace patterns read at most. */
const MAX_PATTERNS = 1_000

/** The workspace patterns of a root manifest, or null when it is not a workspace root. */
export function workspacePatterns(manifest: PackageManifest): string[] | null {
  const field = manifest.workspaces
  const list = Array.isArray(field) ? field : field && typeof field === 'object' && Array.isArray((field as { packages?: unknown }).packages) ? (field as { packages: unknown[] }).packages : null
  if (!list) return null
  return list.filter((item): item is string => typeof item === 'string')
}

/** Lists the workspace packages under `root` in a stable order (by folder). */
export function findWorkspaces(root: string, patterns: readonly string[]): WorkspacePackage[] {
  const include = patterns.filter((p) => !p.startsWith('!')).map(normalize)
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => normalize(p.slice(1)))
  // The patterns are the checkout's: bounded in number, and matched in bounded time (no regex backtracking).
  if (patterns.length > MAX_PATTERNS) throw new PackGuardError(`${join(root, 'package.json')}: "workspaces" has ${patterns.length} patterns, more than ${MAX_PATTERNS}`)
  const isIncluded = compileGlobList(include)
  const isExcluded = compileGlobList(exclude)
  let depth = 1
  for (const p of include) depth = Math.max(depth, p.includes('**') ? MAX_DEPTH : p.split('/').length)
  depth = Math.min(MAX_DEPTH, depth)
  const found: WorkspacePackage[] = []
  const walk = (dir: string, level: number) => {
    if (level > depth) return
    let entries
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (!entry.isDirectory() || entry.name === 'node_modules' || entry.name.startsWith('.')) continue
      const child = join(dir, entry.name)
      const relativePath = relative(root, child).split(sep).join('/')
      if (isIncluded(relativePath) && !isExcluded(relativePath) && existsSync(join(child, 'package.json'))) {
        found.push({ dir: child, relativePath, manifest: readManifest(child) })
      }
      walk(child, level + 1)
    }
  }
  walk(root, 1)
  if (found.length === 0) throw new PackGuardError(`${join(root, 'package.json')}: "workspaces" (${patterns.join(', ')}) matches no package folder`)
  return found
}

function normalize(pattern: string): string {
  return pattern.replace(/^\.\//, '').replace(/\/+$/, '')
}
