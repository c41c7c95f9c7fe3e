import { inSortedList } from '../diff.js'
import { INSTALL_SCRIPTS } from '../manifest-facts.js'
import type { Rule, RuleFinding } from './rule.js'
import { manifests, shorten } from './manifest-helpers.js'

export const manifestInstallScript: Rule<'manifest'> = {
  id: 'manifest/install-script',
  severity: 'error',
  summary: 'A `preinstall`, `install` or `postinstall` script added or changed, or a `binding.gyp` appearing (npm then runs node-gyp).',
  why: `Install scripts run on every machine that installs the package, with that user's rights and tokens. The 2025 npm worms spread by publishing versions that added a \`postinstall\` running an obfuscated bundle. A \`binding.gyp\` at the package root makes npm run \`node-gyp rebuild\` when there is no install script of its own. A first release's install scripts are reported too.`,
  fix: `If the script is meant, accept it once (a reviewer's label, or \`allow\` with the path \`package.json\` and a reason). If not, remove it and find out how it got into the release: a compromised token publishes from outside your workflow.`,
  check(context) {
    const both = manifests(context)
    if (!both) return []
    const findings: RuleFinding<'manifest'>[] = []
    for (const script of INSTALL_SCRIPTS) {
      const now = both.after.installScripts[script]
      if (now === undefined) continue
      const was = both.before?.installScripts[script]
      if (was === now) continue
      const change = was === undefined ? 'adds' : 'changes'
      findings.push({
        path: 'package.json',
        message: `package.json ${change} a \`${script}\` script, which npm runs on every install: \`${shorten(now)}\`.`,
        hint: 'Install scripts run with the rights of whoever installs the package. Remove it unless it is meant; if it is, accept it with a reason.',
        details: { script, previous: was ?? null, current: now },
      })
    }
    // Shipped now and not before: an added file, found in the sorted list without walking every file.
    if (inSortedList(context.diff.added, 'binding.gyp')) {
      findings.push({
        path: 'binding.gyp',
        message: 'binding.gyp appears at the package root: npm runs `node-gyp rebuild` on install when the package has no install script of its own.',
        hint: 'A native build on install is an install script: remove binding.gyp from the package unless the package is meant to compile on install.',
        details: { script: 'node-gyp rebuild' },
      })
    }
    return findings
  },
}
