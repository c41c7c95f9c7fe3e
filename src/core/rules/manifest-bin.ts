import type { Rule, RuleFinding } from './rule.js'
import { manifests } from './manifest-helpers.js'

export const manifestBin: Rule<'manifest'> = {
  id: 'manifest/bin',
  severity: 'warning',
  summary: 'A new or changed `bin` entry.',
  why: `npm links every \`bin\` command into the user's PATH, and a global install puts it next to system commands. A new command, or an existing one pointing at a new file, changes what users run when they type its name. Without a baseline (a first release) nothing is reported.`,
  fix: `If the command is meant, accept it with a reason; otherwise remove it from \`bin\` in package.json.`,
  check(context) {
    const both = manifests(context)
    if (!both?.before) return []
    const before = both.before.bin
    const findings: RuleFinding<'manifest'>[] = []
    for (const [command, target] of Object.entries(both.after.bin)) {
      const was = Object.hasOwn(before, command) ? before[command] : undefined
      if (was === target) continue
      findings.push({
        path: 'package.json',
        message:
          was === undefined
            ? `A new command \`${command}\` (bin: ${target}): npm links it into the PATH of everyone who installs the package.`
            : `The command \`${command}\` now runs ${target} instead of ${was}.`,
        hint: 'Check that the command is meant; accept it with a reason.',
        details: { command, previous: was ?? null, current: target },
      })
    }
    return findings
  },
}
