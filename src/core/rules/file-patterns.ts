import { compileGlobList } from '../glob.js'
import type { Severity } from '../types.js'

/** A named group of globs with the reason they matter. */
export interface PatternGroup {
  globs: string[]
  reason: string
  /** Exceptions: paths that match these are not in the group. */
  except?: string[]
  /** A severity for this group other than the rule's. */
  severity?: Severity
}

export interface CompiledGroup {
  reason: string
  severity?: Severity
  matches: (path: string) => boolean
}

export interface GlobOptions {
  /** Match whatever the case, as on macOS and Windows file systems. */
  nocase?: boolean
}

/** Globs match at any depth unless they contain a slash (then they are anchored at the package root), like .gitignore lines. */
export function compileGlobs(globs: string[], options: GlobOptions = {}): (path: string) => boolean {
  if (globs.length === 0) return () => false
  const anchored = globs.map((glob) => (glob.includes('/') ? glob.replace(/^\//, '') : `**/${glob}`))
  if (!options.nocase) return compileGlobList(anchored)
  // Without case: globs and paths both lowercased.
  const test = compileGlobList(anchored.map((glob) => glob.toLowerCase()))
  return (path) => test(path.toLowerCase())
}

export function compileGroups(groups: PatternGroup[], options: GlobOptions = {}): CompiledGroup[] {
  return groups.map((group) => {
    const include = compileGlobs(group.globs, options)
    const exclude = compileGlobs(group.except ?? [], options)
    return { reason: group.reason, severity: group.severity, matches: (path: string) => include(path) && !exclude(path) }
  })
}

const TRAILING_SPACE_OR_DOT = /[ .](?:\/|$)/

/**
 * The name a file gets on Windows, which drops trailing spaces and dots from every
 * part (`.env ` is `.env`, `.npmrc.` is `.npmrc`). Rules about file names also
 * ignore case, as macOS and Windows do (`.ENV`, `.Git/config`), where most
 * maintainers work.
 */
export function windowsName(path: string): string {
  if (!TRAILING_SPACE_OR_DOT.test(path)) return path
  return path
    .split('/')
    .map((part) => part.replace(/[ .]+$/, '') || part)
    .join('/')
}
