import type { Rule } from './rule.js'

const TREES = ['src', 'test', 'tests', '__tests__', 'spec']

function topFolder(path: string): string | undefined {
  const slash = path.indexOf('/')
  return slash === -1 ? undefined : path.slice(0, slash)
}

function someStartsWith(paths: Iterable<string>, prefix: string): boolean {
  for (const path of paths) if (path.startsWith(prefix)) return true
  return false
}

/** A source or test folder that the previous release did not ship: often a `files` or .npmignore slip. */
export const filesNewSourceTree: Rule<'files'> = {
  id: 'files/new-source-tree',
  severity: 'warning',
  summary: 'A `src/` or `test/` tree that the previous release did not ship; a new `src/` is a notice when the package ships source maps.',
  why: `A \`src/\` or \`test/\` folder appearing in a release usually means \`files\` or \`.npmignore\` changed by accident.`,
  fix: `Exclude the folder, or allow it in the config if shipping sources is intended.`,
  check(context) {
    if (!context.before) return [] // a first release has nothing to compare with
    // Asked once per tree name, and only for trees that gained files: most releases add none.
    const shippedBefore = new Map<string, boolean>()
    const shipped = (top: string) => {
      let known = shippedBefore.get(top)
      if (known === undefined) shippedBefore.set(top, (known = someStartsWith(context.beforeFiles.keys(), `${top}/`)))
      return known
    }
    const added = new Map<string, { count: number; bytes: number }>()
    for (const file of context.diff.added) {
      const top = topFolder(file.path)
      if (!top || !TREES.includes(top) || shipped(top)) continue
      const tree = added.get(top) ?? { count: 0, bytes: 0 }
      tree.count++
      tree.bytes += file.size
      added.set(top, tree)
    }
    // A `src/` beside source maps is what the maps point to: shipped on purpose, so debuggers find the sources.
    const mapsPointThere = (top: string) =>
      context.afterFacts.sourceMaps.some((file) => file.facts.sourceMap?.isSourceMap && file.facts.sourceMap.sources > 0) && ['src'].includes(top)
    return [...added].map(([top, tree]) => ({
      severity: mapsPointThere(top) ? ('notice' as const) : undefined,
      path: `${top}/`,
      bytes: tree.bytes,
      count: tree.count,
      message: `${top}/ now ships ${tree.count} file(s) that the previous release did not have.${mapsPointThere(top) ? ' The package ships source maps, which usually point there: reported as a notice.' : ''}`,
      hint: 'Leave it out of `files` in package.json or add it to .npmignore, unless shipping it is intended.',
      details: { files: tree.count, bytes: tree.bytes },
    }))
  },
}
