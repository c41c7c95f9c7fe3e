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

/** Globs match at any depth unless they contain a slash (then they are anchored at the package root), like .gitignore lines. */
export function compileGlobs(globs: string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false
  const anchored = globs.map((glob) => (glob.includes('/') ? glob.replace(/^\//, '') : `**/${glob}`))
  return compileGlobList(anchored)
}

export function compileGroups(groups: PatternGroup[]): CompiledGroup[] {
  return groups.map((group) => {
    const include = compileGlobs(group.globs)
    const exclude = compileGlobs(group.except ?? [])
    return { reason: group.reason, severity: group.severity, matches: (path: string) => include(path) && !exclude(path) }
  })
}
