import { EXAMPLE_ENV_NAMES } from '../secrets/patterns.js'
import type { Rule } from './rule.js'
import { isNew } from './rule.js'
import { compileGroups } from './file-patterns.js'

/** Development files that are harmless but usually shipped by mistake. */
const LEFTOVERS = compileGroups([
  { globs: ['*.tsbuildinfo'], reason: 'a TypeScript build cache' },
  { globs: ['**/__fixtures__/**', '**/fixtures/**', '**/__snapshots__/**', '*.snap'], reason: 'test fixtures or snapshots' },
  { globs: ['tsconfig*.json', 'jsconfig*.json'], reason: 'a compiler config' },
  { globs: ['.github/**', '.gitlab-ci.yml', '.travis.yml', '.circleci/**', 'azure-pipelines.yml', '.gitlab/**', 'Jenkinsfile'], reason: 'CI configuration' },
  { globs: ['*.log', '.eslintcache', '.stylelintcache'], reason: 'a log or cache file' },
  { globs: [...EXAMPLE_ENV_NAMES], reason: 'an example environment file' },
])

export const filesDevLeftover: Rule<'files'> = {
  id: 'files/dev-leftover',
  severity: 'warning',
  summary: 'A new development leftover: *.tsbuildinfo, fixtures, tsconfig, CI config, logs.',
  why: `Harmless on their own, but they bloat installs and show that the package's \`files\`/\`.npmignore\` lets more through than intended.`,
  fix: `Exclude them, or allow the path (or turn the rule off) in the config.`,
  check(context) {
    const findings = []
    for (const path of context.afterFiles.keys()) {
      if (!isNew(context, path)) continue
      const group = LEFTOVERS.find((candidate) => candidate.matches(path))
      if (!group) continue
      findings.push({
        path,
        message: `${path} is ${group.reason}, which users of the package do not need.`,
        hint: 'Add it to .npmignore or narrow `files` in package.json, or allow it in the pack-guard config.',
        details: { reason: group.reason },
      })
    }
    return findings
  },
}
