import type { Rule, RuleFinding } from './rule.js'
import { manifests, runtimeDependencies } from './manifest-helpers.js'

export type SpecSource = 'registry' | 'git' | 'url' | 'file' | 'link'

/**
 * Where npm would fetch a dependency spec from, as npm-package-arg tells them apart:
 * ranges, tags and `npm:` aliases come from the registry; anything else does not.
 */
export function specSource(spec: string): SpecSource {
  const value = spec.trim()
  if (/^link:/i.test(value)) return 'link'
  if (/^file:/i.test(value) || /^(?:\.{1,2}(?:[\\/]|$)|[\\/]|~[\\/]|[a-z]:[\\/])/i.test(value)) return 'file'
  if (/^(?:git\+[a-z]+|git|github|gitlab|bitbucket|gist):/i.test(value)) return 'git'
  if (/^https?:\/\//i.test(value)) return /\.git(?:#.*)?$/i.test(value) ? 'git' : 'url'
  // GitHub shorthand: user/repo, optionally #ref (a scoped name always starts with @).
  if (/^[^@\s/:][^\s/:]*\/[^\s/]+(?:#.*)?$/.test(value)) return 'git'
  return 'registry'
}

export const manifestDependencySource: Rule<'manifest'> = {
  id: 'manifest/dependency-source',
  severity: 'warning',
  summary: 'A runtime dependency whose spec becomes a git, URL, file or link spec.',
  why: `A registry dependency is pinned by version and integrity, and the registry keeps what it served. A git or URL dependency is whatever that repository or server returns at install time, bypasses the registry's checks, and runs the \`prepare\` script of a git dependency on the installing machine.`,
  fix: `Publish the dependency to the registry and depend on a version range. If the spec is meant, accept it with a reason.`,
  check(context) {
    const both = manifests(context)
    if (!both) return []
    const before = both.before ? runtimeDependencies(both.before) : new Map<string, string>()
    const findings: RuleFinding<'manifest'>[] = []
    for (const [name, spec] of runtimeDependencies(both.after)) {
      const source = specSource(spec)
      if (source === 'registry') continue
      const was = before.get(name)
      if (was !== undefined && specSource(was) === source && was === spec) continue
      findings.push({
        path: 'package.json',
        message: `The dependency ${name} comes from a ${source} spec (\`${spec}\`)${was === undefined ? '' : `, where it was \`${was}\``}: npm fetches it from outside the registry.`,
        hint: 'Depend on a published version instead; or accept it with a reason.',
        details: { dependency: name, source, previous: was ?? null, current: spec },
      })
    }
    return findings
  },
}
