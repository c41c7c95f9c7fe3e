import type { FileEntry } from '../types.js'
import type { Rule, RuleFinding } from './rule.js'

const PLAIN_NAME = /^[\w@+~ -][\w@+~ ./-]*$/
/** What may follow `package/` in a plain name. */
const PLAIN_TAIL = /^[\w@+~ ./-]*$/
const ROOT = 'package/'

/** Nearly every name is short and plain: one test clears it (85 characters are at most 255 bytes). */
function isShortAndPlain(name: string): boolean {
  return name.length <= 85 && PLAIN_NAME.test(name) && !name.includes('..')
}

/**
 * {@link isShortAndPlain} of `package/${path}`, without building that name for each of 100,000 entries:
 * `package/` is plain, and no `..` can span its slash.
 */
function isShortAndPlainUnderRoot(path: string): boolean {
  return path.length <= 85 - ROOT.length && PLAIN_TAIL.test(path) && !path.includes('..')
}

/** Why a name is unsafe to extract or to print, or undefined when it is fine. */
export function unsafeNameReason(entry: FileEntry): string | undefined {
  // npm resolves `.` and empty segments away (`package/./.npmrc` installs as `.npmrc`): say so, whatever else is odd.
  if (entry.rawName && entry.type === 'file' && !entry.notInstalled && entry.rawName.split('/').slice(1).some((part) => part === '.' || part === '')) {
    return `a name npm rewrites on install (dot or empty segments): it installs as ${entry.path}`
  }
  if (entry.rawName === undefined ? isShortAndPlainUnderRoot(entry.path) : isShortAndPlain(entry.rawName)) return undefined
  const name = entry.rawName ?? `${ROOT}${entry.path}`
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'an absolute path'
  if (name.split(/[/\\]/).includes('..')) return 'a ".." segment that climbs out of the package folder'
  if (name.includes('\\')) return 'a backslash, which Windows reads as a folder separator'
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'control characters (newlines, escapes) in its name'
  if (name.split('/').some((part) => Buffer.byteLength(part) > 255)) return 'a name part longer than 255 bytes, which no common file system can create'
  if (Buffer.byteLength(name) > 4096) return 'a path longer than 4096 bytes'
  if (name.split('/').length > 1025) return 'more than 1024 folders, which npm refuses to write'
  return undefined
}

const NEVER_PACKED = 'npm never packs such entries, so the tarball was made or changed by something else.'

/** Symlinks and hard links: npm never packs them; extraction tools have followed them out of the target folder. */
export const archiveLink: Rule<'archive'> = {
  id: 'archive/link',
  severity: 'error',
  summary: 'A symbolic or hard link entry in the tarball.',
  why: `${NEVER_PACKED} Links were the road to node-tar's path-traversal advisories (CVE-2021-32803, CVE-2021-37701): an extractor that follows one writes outside its folder.`,
  fix: 'Build the tarball with `npm pack`; replace the link with the file it points to.',
  check: ({ afterOtherEntries }) =>
    afterOtherEntries
      .filter((entry) => entry.type === 'symlink' || entry.type === 'link')
      .map((entry) => ({
        path: entry.path,
        message: `${entry.path} is a ${entry.type === 'symlink' ? 'symbolic' : 'hard'} link to ${entry.linkTarget ?? '(no target)'}. pack-guard does not follow it.`,
        details: { type: entry.type, target: entry.linkTarget ?? null },
      })),
}

/** Devices, FIFOs and unknown entry types. */
export const archiveSpecialFile: Rule<'archive'> = {
  id: 'archive/special-file',
  severity: 'error',
  summary: 'A device, FIFO or other special entry in the tarball.',
  why: `${NEVER_PACKED} Extracting a device node or a FIFO can hang or harm the machine that installs the package.`,
  fix: 'Build the tarball with `npm pack` from a clean folder.',
  check: ({ afterOtherEntries }) =>
    afterOtherEntries
      .filter((entry) => entry.type === 'other')
      .map((entry) => ({ path: entry.path, message: `${entry.path} is a ${entry.tarType ?? 'special'} entry, not a file.`, details: { type: entry.tarType ?? null } })),
}

/** Names that climb out of the folder, are absolute, or carry characters that fool terminals and tools. */
export const archiveUnsafePath: Rule<'archive'> = {
  id: 'archive/unsafe-path',
  severity: 'error',
  summary: 'An entry whose name is absolute, climbs out with `..`, holds backslashes or control characters, is too long to extract, or that npm rewrites on install (`.` or empty segments).',
  why: 'Such names are how hostile archives write outside the install folder (node-tar CVE-2021-37712, CVE-2021-37713) or hide in logs. npm never writes them.',
  fix: 'Rebuild the tarball with `npm pack`; rename the file.',
  check({ after }) {
    const findings: RuleFinding[] = []
    for (const entry of after.files) {
      const reason = unsafeNameReason(entry)
      if (reason) findings.push({ path: entry.path, message: `The entry ${entry.rawName ?? entry.path} has ${reason}.`, details: { reason } })
    }
    return findings
  },
}

/** The same path written twice: what a reviewer sees may not be what lands on disk. */
export const archiveDuplicate: Rule<'archive'> = {
  id: 'archive/duplicate',
  severity: 'warning',
  summary: 'A path that appears more than once in the tarball (the later entry wins, as on extraction).',
  why: 'A second entry silently replaces the first on extraction: a reviewer who reads the first sees something else than what installs.',
  fix: 'Rebuild the tarball with `npm pack`.',
  check: ({ after }) =>
    (after.archive?.duplicates ?? []).map((path) => ({ path, message: `${path} appears more than once in the tarball; the last copy is the one that installs, and the one pack-guard checked.` })),
}

/** npm writes one root folder; extraction strips the first folder of every entry, whatever it is. */
export const archiveMixedRoots: Rule<'archive'> = {
  id: 'archive/mixed-roots',
  severity: 'warning',
  summary: 'Entries under more than one root folder.',
  why: 'npm strips the first folder of every entry, so files from different roots merge on install in ways a reviewer does not expect.',
  fix: 'Rebuild the tarball with `npm pack`.',
  check: ({ after }) => {
    const roots = after.archive?.roots ?? []
    return roots.length > 1 ? [{ message: `The tarball has ${roots.length} root folders (${roots.map((root) => root || '(none)').join(', ')}); npm writes one.`, details: { roots } }] : []
  },
}

export const ARCHIVE_RULES: ReadonlyArray<Rule<'archive'>> = [archiveLink, archiveSpecialFile, archiveUnsafePath, archiveDuplicate, archiveMixedRoots]
