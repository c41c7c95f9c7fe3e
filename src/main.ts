import * as core from '@actions/core'
import { check } from './check.js'
import { DEFAULT_POLICY } from './core/policy.js'
import type { FailOn } from './core/types.js'
import { describeError } from './errors.js'
import { renderMarkdown } from './report/markdown.js'

/** The action: reads inputs, runs the check, writes outputs and the summary, and gates. */
export async function run(): Promise<void> {
  try {
    const failOn = core.getInput('fail-on') || 'error'
    if (!['error', 'warning', 'never'].includes(failOn)) throw new Error(`input fail-on: expected error, warning or never, got "${failOn}"`)
    const report = await check({
      path: core.getInput('path') || '.',
      baseline: core.getInput('baseline') || 'auto',
      registry: core.getInput('registry') || undefined,
      // Off unless asked: on pull requests the packed code is untrusted.
      runScripts: core.getInput('run-scripts') === 'true',
      workspaces: core.getMultilineInput('workspaces'),
      policy: { ...DEFAULT_POLICY, failOn: failOn as FailOn },
    })
    core.setOutput('errors', report.counts.error)
    core.setOutput('warnings', report.counts.warning)
    await core.summary.addRaw(renderMarkdown(report, { maxLength: 1_000_000 })).write()
    if (report.verdict === 'fail') core.setFailed(`pack-guard: ${report.counts.error} error(s), ${report.counts.warning} warning(s)`)
  } catch (error) {
    core.setFailed(describeError(error))
  }
}
