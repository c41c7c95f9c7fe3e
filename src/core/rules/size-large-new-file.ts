import prettyBytes from 'pretty-bytes'
import type { Rule } from './rule.js'

/** The incident's map was one new 57 MB file. */
export const sizeLargeNewFile: Rule<'size'> = {
  id: 'size/large-new-file',
  severity: 'warning',
  summary: 'A new file at or above the size threshold (2 MB by default).',
  why: `One large new file is the clearest sign of an accidental artifact; the incident's map was one new 57 MB file.`,
  fix: `Exclude it, or raise \`size.newFileBytes\` / allow the path if it is meant to ship.`,
  check({ diff, policy }) {
    return diff.added
      .filter((file) => file.size >= policy.size.newFileBytes)
      .map((file) => ({
        path: file.path,
        message: `New file ${file.path} is ${prettyBytes(file.size)}.`,
        hint: 'Make sure it is meant to ship. If it is, raise `size.newFileBytes` or allow the path in the pack-guard config.',
        details: { size: file.size },
      }))
  },
}
