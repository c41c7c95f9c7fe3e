import prettyBytes from 'pretty-bytes'
import { commonFolder } from './rules/collapse.js'
import { type FileEntry, type Finding, isFamily } from './types.js'

/** Findings of one rule in one top folder from this many files on become one finding for the folder. */
export const GROUP_FROM = 3
/** A rule left with more findings than this (in many folders) is reported as one finding. */
export const MAX_PER_RULE = 3
const EXAMPLES = 3

function topFolder(path: string): string {
  return path.slice(0, path.indexOf('/') + 1)
}

/** The paths a finding is about: its own, or every path of a finding that already stands for several. */
function pathsOf(finding: Finding): string[] {
  const paths = finding.details?.paths
  if (Array.isArray(paths)) return paths as string[]
  return finding.path === undefined ? [] : [finding.path]
}

function bytesOf(finding: Finding, files: ReadonlyMap<string, FileEntry>): number {
  if (finding.bytes !== undefined) return finding.bytes
  return pathsOf(finding).reduce((sum, path) => sum + (files.get(path)?.size ?? 0), 0)
}

/** One finding for several of one rule and severity: the count, the bytes and every path, the first finding's wording as the example. */
function merge(group: Finding[], files: ReadonlyMap<string, FileEntry>): Finding {
  const paths = group.flatMap(pathsOf)
  const count = group.reduce((sum, finding) => sum + (finding.count ?? (pathsOf(finding).length || 1)), 0)
  const bytes = group.reduce((sum, finding) => sum + bytesOf(finding, files), 0)
  const folder = commonFolder(paths)
  const where = folder ? `under ${folder}` : 'in the package'
  const examples = paths.slice(0, EXAMPLES).join(', ')
  const more = paths.length > EXAMPLES ? ` and ${paths.length - EXAMPLES} more` : ''
  const [first] = group
  const matches = group.flatMap((finding) => (isFamily(finding, 'secrets') ? (finding.details?.matches ?? []) : []))
  return {
    rule: first.rule,
    severity: first.severity,
    ...(folder ? { path: folder } : {}),
    message: `${count} files ${where} (${prettyBytes(bytes)}): ${examples}${more}. The first: ${first.message}`,
    ...(first.hint ? { hint: first.hint } : {}),
    count,
    bytes,
    details: { ...(matches.length > 0 ? { matches } : {}), paths },
  } as Finding // the group's rule is its members' rule, so its details are of that family
}

/**
 * Groups findings the way a reviewer reads them: when one rule fires on many files under one folder, one
 * finding for the folder, with the count, the bytes and every path in `details.paths`; when a rule still has
 * more than {@link MAX_PER_RULE} findings, one for all of them. Suppressed findings and findings without a
 * path stay as they are. Returns a new array; the input is not changed.
 */
export function groupFindings(findings: readonly Finding[], files: ReadonlyMap<string, FileEntry>): Finding[] {
  const result: Finding[] = []
  const byRule = new Map<string, Finding[]>()
  for (const finding of findings) {
    if (finding.suppressed || finding.path === undefined) {
      result.push(finding)
      continue
    }
    const key = `${finding.rule}\u0000${finding.severity}`
    const list = byRule.get(key)
    if (list) list.push(finding)
    else byRule.set(key, [finding])
  }
  for (const list of byRule.values()) {
    const byFolder = new Map<string, Finding[]>()
    for (const finding of list) {
      const folder = topFolder(finding.path ?? '')
      const group = byFolder.get(folder)
      if (group) group.push(finding)
      else byFolder.set(folder, [finding])
    }
    let grouped: Finding[] = []
    for (const group of byFolder.values()) {
      if (group.length >= GROUP_FROM) grouped.push(merge(group, files))
      else grouped.push(...group)
    }
    if (grouped.length > MAX_PER_RULE) grouped = [merge(grouped, files)]
    result.push(...grouped)
  }
  return result
}
