import type { Rule } from './rule.js'
import { manifests, runtimeDependencies } from './manifest-helpers.js'

/** Names listed in the message; the details hold them all. */
const LISTED = 20

export const manifestNewDependency: Rule<'manifest'> = {
  id: 'manifest/new-dependency',
  severity: 'notice',
  summary: 'New runtime dependencies (`dependencies`, `optionalDependencies`), listed in one finding.',
  why: `Every runtime dependency is code that runs on the users' machines, and a way in for whoever controls it. A new one in a release is worth one look; a release that was not meant to change dependencies should have none. Without a baseline (a first release) nothing is reported.`,
  fix: `Nothing to fix when the dependency is meant. To hide these notices, set the rule to "off".`,
  check(context) {
    const both = manifests(context)
    if (!both?.before) return []
    const before = runtimeDependencies(both.before)
    const added = [...runtimeDependencies(both.after)].filter(([name]) => !before.has(name)).map(([name, spec]) => ({ name, spec }))
    if (added.length === 0) return []
    const names = added.slice(0, LISTED).map((dependency) => `${dependency.name}@${dependency.spec}`)
    const more = added.length > LISTED ? ` and ${added.length - LISTED} more` : ''
    return [
      {
        path: 'package.json',
        message: `${added.length} new runtime ${added.length === 1 ? 'dependency' : 'dependencies'}: ${names.join(', ')}${more}.`,
        hint: 'Check that each one is meant and is the package you think it is (typosquats look alike).',
        details: { dependencies: added },
      },
    ]
  },
}
