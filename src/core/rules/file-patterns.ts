import { compileGlobGroups } from '../glob.js'
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
}

export interface GlobOptions {
  /** Match whatever the case, as on macOS and Windows file systems. */
  nocase?: boolean
}

/** The globs as the matcher reads them: one without a slash gets a leading `**` segment, a leading slash goes, and without case they are lowercased. */
function anchor(globs: readonly string[], options: GlobOptions): string[] {
  return globs.map((glob) => {
    const anchored = glob.includes('/') ? glob.replace(/^\//, '') : `**/${glob}`
    return options.nocase ? anchored.toLowerCase() : anchored
  })
}

/** Globs match at any depth unless they contain a slash (then they are anchored at the package root), like .gitignore lines. */
export function compileGlobs(globs: string[], options: GlobOptions = {}): (path: string) => boolean {
  if (globs.length === 0) return () => false
  // Without case: globs and paths both lowercased.
  const match = compileGlobGroups([{ include: anchor(globs, options) }])
  if (!options.nocase) return (path) => match(path) === 0
  return (path) => match(path.toLowerCase()) === 0
}

/**
 * The first group a path is in (its globs match it, its exceptions do not), or undefined: one matcher
 * for all groups, so a path is lowercased and split once whatever the number of groups.
 */
export function compileGroups(groups: PatternGroup[], options: GlobOptions = {}): (path: string) => CompiledGroup | undefined {
  const match = compileGlobGroups(groups.map((group) => ({ include: anchor(group.globs, options), exclude: anchor(group.except ?? [], options) })))
  const compiled = groups.map((group): CompiledGroup => ({ reason: group.reason, severity: group.severity }))
  return (path) => {
    const index = match(options.nocase ? path.toLowerCase() : path)
    return index === -1 ? undefined : compiled[index]
  }
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
