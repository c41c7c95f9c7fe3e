import { posix } from 'node:path'
import prettyBytes from 'pretty-bytes'
import type { SizedFile } from '../types.js'
import type { Rule, RuleContext } from './rule.js'

/** The size at which a new file is reported: the configured bytes, and a share of the previous release, whichever is larger. */
export function largeFileThreshold(context: RuleContext): number {
  const { newFileBytes, newFilePercent } = context.policy.size
  const scaled = context.before ? (context.before.unpackedSize * newFilePercent) / 100 : 0
  return Math.max(newFileBytes, scaled)
}

/**
 * A removed file in the same folder that the new one replaces: at least half its size. That is a content-hashed
 * chunk renamed at the same size, or a `.mjs.map` replacing a bigger `.js.map`, not a new artifact.
 */
function replaces(file: SizedFile, removedByFolder: ReadonlyMap<string, number[]>): boolean {
  const sizes = removedByFolder.get(posix.dirname(file.path))
  if (!sizes) return false
  return sizes.some((size) => size >= file.size / 2)
}

/** The incident's map was one new 57 MB file. */
export const sizeLargeNewFile: Rule<'size'> = {
  id: 'size/large-new-file',
  severity: 'warning',
  summary: 'A new file at or above the size threshold (2 MB, or 10% of the previous release if larger), unless it replaces a removed file of similar size in the same folder.',
  why: `One large new file is the clearest sign of an accidental artifact; the incident's map was one new 57 MB file.`,
  fix: `Exclude it, or raise \`size.newFileBytes\` / \`size.newFilePercent\`, or allow the path if it is meant to ship.`,
  check(context) {
    const threshold = largeFileThreshold(context)
    const removedByFolder = new Map<string, number[]>()
    for (const file of context.diff.removed) {
      const folder = posix.dirname(file.path)
      const sizes = removedByFolder.get(folder)
      if (sizes) sizes.push(file.size)
      else removedByFolder.set(folder, [file.size])
    }
    return context.diff.added
      .filter((file) => file.size >= threshold && !replaces(file, removedByFolder))
      .map((file) => ({
        path: file.path,
        message: `New file ${file.path} is ${prettyBytes(file.size)}${threshold > context.policy.size.newFileBytes ? ` (the threshold for this package is ${prettyBytes(threshold)}, ${context.policy.size.newFilePercent}% of the previous release)` : ''}.`,
        hint: 'Make sure it is meant to ship. If it is, raise `size.newFileBytes` or allow the path in the pack-guard config.',
        bytes: file.size,
        details: { size: file.size, threshold },
      }))
  },
}
