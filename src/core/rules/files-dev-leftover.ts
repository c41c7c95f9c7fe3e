import { EXAMPLE_ENV_NAMES } from '../secrets/patterns.js'
import type { Rule } from './rule.js'
import { compileGroups } from './file-patterns.js'

/** Development files that are harmless but usually shipped by mistake. */
const leftoverGroup = compileGroups([
  { globs: ['*.tsbuildinfo'], reason: 'a TypeScript build cache' },
  { globs: ['**/__fixtures__/**', '**/fixtures/**', '**/__snapshots__/**', '*.snap'], reason: 'test fixtures or snapshots' },
  { globs: ['tsconfig*.json', 'jsconfig*.json'], reason: 'a compiler config', severity: 'notice' },
  { globs: ['.github/**', '.gitlab-ci.yml', '.travis.yml', '.circleci/**', 'azure-pipelines.yml', '.gitlab/**', 'Jenkinsfile'], reason: 'CI configuration', severity: 'notice' },
  { globs: ['*.log', '.eslintcache', '.stylelintcache'], reason: 'a log or cache file' },
  { globs: [...EXAMPLE_ENV_NAMES], reason: 'an example environment file' },
  {
    globs: ['junit*.xml', 'TEST-*.xml', 'test-results*.xml', 'test-report*.xml', '*.trx', '**/test-results/**', '**/playwright-report/**', '**/.tap/**', 'test-output*.txt', 'test-output*.log'],
    reason: 'raw output of a test run',
  },
])

/** Folders whose contents are sources and tests: a leftover inside one the baseline already shipped is part of it. */
const SOURCE_TREES = new Set(['src', 'test', 'tests', '__tests__', 'spec', 'lib', 'source'])

/** True when the file sits in a folder the baseline already shipped files in, or in a source or test tree it shipped. */
function insideShippedTree(path: string, shippedFolders: ReadonlySet<string>): boolean {
  const parent = path.slice(0, path.lastIndexOf('/') + 1)
  if (parent && shippedFolders.has(parent)) return true
  const top = path.slice(0, path.indexOf('/') + 1)
  return top !== '' && SOURCE_TREES.has(top.slice(0, -1)) && shippedFolders.has(top)
}

function foldersOf(paths: Iterable<string>): Set<string> {
  const folders = new Set<string>()
  for (const path of paths) {
    for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) folders.add(path.slice(0, slash + 1))
  }
  return folders
}

export const filesDevLeftover: Rule<'files'> = {
  id: 'files/dev-leftover',
  severity: 'warning',
  summary: 'A new development leftover: *.tsbuildinfo, fixtures, tsconfig, CI config, logs, raw test output; quiet inside a folder the previous release already shipped.',
  why: `Harmless on their own, but they bloat installs and show that the package's \`files\`/\`.npmignore\` lets more through than intended.`,
  fix: `Exclude them, or allow the path (or turn the rule off) in the config.`,
  check(context) {
    // Folders (with their trailing slash) that held files in the baseline, at every depth: built for the first leftover only.
    let shippedFolders: Set<string> | undefined
    const findings = []
    for (const { path } of context.newFiles) {
      const group = leftoverGroup(path)
      if (!group) continue
      // Fixtures and configs turning up in a test or source tree the baseline ships are part of that tree.
      if (group.reason !== 'raw output of a test run' && insideShippedTree(path, (shippedFolders ??= foldersOf(context.beforeFiles.keys())))) continue
      findings.push({
        // Configs hold no secrets and weigh little: worth knowing, not a warning (the tuning corpus: mostly FUNDING.yml and tsconfig.json).
        severity: group.severity,
        path,
        message: `${path} is ${group.reason}, which users of the package do not need.`,
        hint: 'Add it to .npmignore or narrow `files` in package.json, or allow it in the pack-guard config.',
        details: { reason: group.reason },
      })
    }
    return findings
  },
}
