import { compileGlobList } from '../glob.js'
import type { Rule, RuleFinding } from './rule.js'
import { collapseFindings } from './collapse.js'

/** npm ships these whatever `files` says, so `expect` need not list them. */
const ALWAYS_SHIPPED = ['package.json', 'README', 'README.*', 'LICENSE', 'LICENSE.*', 'LICENCE', 'LICENCE.*']

/** Expected-contents mode: with `expect` set, anything outside it is an error. */
export const filesUnexpected: Rule<'files'> = {
  id: 'files/unexpected',
  severity: 'error',
  summary: 'With `expect` set in the config: a file outside the expected globs.',
  why: 'An allow-list catches what no rule names: once a team has seen a leak, it says exactly what may ship.',
  fix: 'Keep the file out of the package, or add a glob for it to `expect` in the config.',
  check(context) {
    const expect = context.policy.expect
    if (!expect) return []
    // Globs are anchored at the package root, as in package.json `files`.
    const expected = compileGlobList([...expect, ...ALWAYS_SHIPPED])
    const findings: RuleFinding[] = []
    for (const path of context.afterFiles.keys()) {
      if (expected(path)) continue
      findings.push({
        path,
        message: `${path} is outside the expected contents (${expect.join(', ')}).`,
        hint: 'Keep it out of the package, or add it to `expect`.',
        details: { expect },
      })
    }
    return collapseFindings(findings, (count, examples) => `${count} files are outside the expected contents (${expect.join(', ')}), such as ${examples}.`)
  },
}
