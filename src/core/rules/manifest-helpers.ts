import type { ManifestFacts } from '../types.js'
import type { RuleContext } from './rule.js'

/**
 * Both manifests when the rules can compare them: the candidate's, and the baseline's
 * (null for a first release). Undefined when a side was never read from a package.json
 * (snapshots built in memory), so nothing is reported from half the facts.
 */
export function manifests(context: RuleContext): { before: ManifestFacts | null; after: ManifestFacts } | undefined {
  const after = context.after.manifest
  if (!after) return undefined
  if (!context.before) return { before: null, after }
  return context.before.manifest ? { before: context.before.manifest, after } : undefined
}

/** Runtime dependencies: `dependencies` and `optionalDependencies` (npm installs both). */
export function runtimeDependencies(manifest: ManifestFacts): Map<string, string> {
  return new Map([...Object.entries(manifest.dependencies), ...Object.entries(manifest.optionalDependencies)])
}

/** Long script bodies are cut in messages; the details hold them whole. */
export function shorten(text: string, max = 120): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > max ? `${line.slice(0, max - 1)}…` : line
}
