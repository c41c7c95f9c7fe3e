import { existsSync, readFileSync, statSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import * as core from '@actions/core'
import * as github from '@actions/github'
import { type CheckResult, check, finishReport } from './check.js'
import { failsAt, strictestFailOn } from './core/findings.js'
import type { FailOn, Finding, PackageReport, Report } from './core/types.js'
import { describeError } from './errors.js'
import { acceptFindings, canBeAccepted } from './github/accept.js'
import { type GitHubApi, createGitHubApi, findPullRequest } from './github/api.js'
import { type AnnotationLocation, filesFieldLine, planAnnotations } from './github/annotations.js'
import { type ActionInputs, readInputs } from './github/inputs.js'
import { isPermissionError, upsertStickyComment } from './github/sticky-comment.js'
import { onceEach, withoutRunnerSecrets } from './github/trust.js'
import { renderMarkdown } from './report/markdown.js'
import { readReportFile } from './report-file.js'
import { markdownCode } from './report/escape.js'

/** Hidden in the comment so later runs find it again. */
export const COMMENT_MARKER = '<!-- pack-guard:sticky-comment -->'
/** GitHub refuses comment bodies over 65,536 characters. */
const COMMENT_LIMIT = 65_000
/** A job summary may hold 1 MiB per step (bytes, not characters); some room is kept for the runner. */
const SUMMARY_BYTES = 1_000_000

type Context = typeof github.context

/** The action: reads inputs, runs the check (or loads a finished report), reports everywhere, and gates. */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs((name) => core.getInput(name))
    await runAction(inputs, github.context)
  } catch (error) {
    core.setFailed(describeError(error))
  }
}

/** What the action reports on: checked packages, or those of a finished report file. */
interface Analysis extends Pick<CheckResult, 'failOn' | 'skipped' | 'secretValues'> {
  packages: Array<{ report: PackageReport; folder?: string }>
}

/** Everything after the inputs, with the context passed in. */
export async function runAction(inputs: ActionInputs, context: Context): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
  const analysis = inputs.reportFile ? await fromReportFile(inputs.reportFile) : await analyse(inputs, workspace)
  // The runner masks these in every later log line; our own outputs only ever hold redacted forms.
  for (const value of analysis.secretValues) core.setSecret(value)

  const pr = inputs.token ? await pullRequestTarget(inputs, context) : undefined
  const api = pr ? createGitHubApi(github.getOctokit(inputs.token), pr) : undefined

  // A reviewer's label accepts what the report found (never secrets).
  const labels = pr ? await prLabels(context, api) : []
  let packages = analysis.packages.map((pkg) => pkg.report)
  let acceptedBy: string | undefined
  if (labels.includes(inputs.acceptLabel)) {
    acceptedBy = (await api?.whoAddedLabel(inputs.acceptLabel).catch(() => undefined)) ?? undefined
    packages = acceptFindings(packages, inputs.acceptLabel, acceptedBy)
  }
  // The one Report of this run: every output below renders it.
  const report = finishReport(analysis, packages)

  const reportPath = join(process.env.RUNNER_TEMP ?? workspace, 'pack-guard-report.json')
  await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`)
  core.setOutput('report', reportPath)
  core.setOutput('errors', report.counts.error)
  core.setOutput('warnings', report.counts.warning)
  core.setOutput('packed-size-delta', packedDelta(report.packages))

  const locate = locator(analysis.packages.map((pkg) => pkg.folder), workspace)
  for (const annotation of planAnnotations(report, locate)) {
    const { level, message, ...properties } = annotation
    // @actions/core escapes the message and every property, so no file name can start a command of its own.
    core[level](message, properties)
  }

  const accepted = acceptedNote(report, inputs.acceptLabel, acceptedBy)
  await core.summary.addRaw(renderMarkdown(report, { maxBytes: SUMMARY_BYTES, header: accepted })).write()

  if (api && inputs.comment) {
    const body = renderMarkdown(report, { maxLength: COMMENT_LIMIT, header: [COMMENT_MARKER, ...accepted] })
    const hasFindings = report.packages.some((pkg) => pkg.findings.length > 0)
    try {
      const result = await upsertStickyComment(api, COMMENT_MARKER, body, hasFindings)
      if (result.url) core.setOutput('comment-url', result.url)
      core.info(`pack-guard: pull request comment ${result.action}`)
    } catch (error) {
      if (!isPermissionError(error)) throw error
      core.warning('pack-guard could not write the pull request comment: this token is read-only here (a pull request from a fork?). The job summary has the full report; see docs/action.md for the two-workflow pattern that comments on forks.')
    }
  }

  const { error, warning, notice } = report.counts
  // The report's verdict is the gate's (a report file's own failOn); a posting job's fail-on input only decides whether that job fails.
  const failOn = inputs.reportFile && inputs.failOn ? inputs.failOn : report.failOn
  core.info(`pack-guard: ${error} error(s), ${warning} warning(s), ${notice} notice(s); verdict ${report.verdict.toUpperCase()} at fail-on ${report.failOn}`)
  if (failsAt(report.packages, failOn)) core.setFailed(`pack-guard: ${error} error(s) and ${warning} warning(s) found (fail-on: ${failOn}); see the job summary`)
}

/** A finished report from the fork pattern's read-only job: checked as untrusted data, verdict recomputed when finished. */
async function fromReportFile(file: string): Promise<Analysis> {
  const report = await readReportFile(file)
  return { packages: report.packages.map((pkg) => ({ report: pkg })), failOn: report.failOn, skipped: report.skipped ?? [], secretValues: [] }
}

/** Checks every `path` line, each with its own config. */
async function analyse(inputs: ActionInputs, workspace: string): Promise<Analysis> {
  const analysis: Analysis = { packages: [], failOn: 'error', skipped: [], secretValues: [] }
  const warn = onceEach((message) => core.warning(message))
  const failOns: FailOn[] = []
  for (const path of inputs.paths) {
    const result = await check({
      path: resolve(workspace, path),
      baseline: inputs.baseline,
      registry: inputs.registry,
      // Off unless asked: on pull requests the packed code is untrusted.
      runScripts: inputs.runScripts,
      workspaces: inputs.workspaces,
      config: inputs.config,
      failOn: inputs.failOn,
      cwd: workspace,
      // The checkout is a pull request's: tokens go only to the workflow's registries, and no child sees the action's own.
      trustWorkflowRegistriesOnly: true,
      onWarning: warn,
      env: withoutRunnerSecrets(process.env),
    })
    // Each package keeps its own folder, workspace packages too: annotations point at its files.
    analysis.packages.push(...result.packages)
    analysis.skipped.push(...result.skipped)
    analysis.secretValues.push(...result.secretValues)
    failOns.push(result.failOn)
  }
  // Several paths may have several configs: the gate uses the strictest of their fail-on settings.
  return { ...analysis, failOn: strictestFailOn(failOns) }
}

/** The pull request to comment on: from the event, or for a workflow_run (fork pattern) from its head. */
async function pullRequestTarget(inputs: ActionInputs, context: Context): Promise<{ owner: string; repo: string; issueNumber: number } | undefined> {
  const { owner, repo } = context.repo
  const payload = context.payload
  if (payload.pull_request) return { owner, repo, issueNumber: payload.pull_request.number }
  const run = payload.workflow_run as
    | { pull_requests?: Array<{ number: number }>; head_branch?: string; head_sha?: string; head_repository?: { owner?: { login?: string } } }
    | undefined
  if (!run) return undefined
  const direct = run.pull_requests?.[0]?.number
  if (direct) return { owner, repo, issueNumber: direct }
  // GitHub leaves pull_requests empty for forks: find the open PR by its head, which GitHub (not the fork) reports.
  const headOwner = run.head_repository?.owner?.login
  if (!headOwner || !run.head_branch) return undefined
  const pull = await findPullRequest(github.getOctokit(inputs.token), { owner, repo }, `${headOwner}:${run.head_branch}`)
  if (!pull) return undefined
  // A branch can move on after the run: a report of an older commit must not land on the newer one.
  if (run.head_sha && pull.headSha && pull.headSha !== run.head_sha) {
    core.info(`Pull request #${pull.number} has moved on to ${pull.headSha.slice(0, 7)} since this report of ${run.head_sha.slice(0, 7)}: no comment (the next run will post).`)
    return undefined
  }
  return { owner, repo, issueNumber: pull.number }
}

async function prLabels(context: Context, api: GitHubApi | undefined): Promise<string[]> {
  const fromEvent = context.payload.pull_request?.labels as Array<{ name?: string }> | undefined
  if (fromEvent) return fromEvent.map((label) => label.name ?? '')
  return (await api?.labels().catch(() => [])) ?? []
}

function packedDelta(packages: readonly PackageReport[]): number {
  return packages.reduce((sum, pkg) => sum + (pkg.packed.before === null ? 0 : pkg.packed.after - pkg.packed.before), 0)
}

function acceptedNote(report: Report, label: string, by: string | undefined): string[] {
  const accepted = report.packages.some((pkg) => pkg.findings.some((f) => f.suppressed?.by === 'label'))
  const refused = report.packages.some((pkg) => pkg.findings.some((f) => !f.suppressed && !canBeAccepted(f)))
  const lines: string[] = []
  if (accepted) {
    // In code, so the login shows without pinging that person on every push.
    const who = by ? markdownCode(`@${by}`) : 'a reviewer'
    lines.push(`> **Accepted** by ${who} with the ${markdownCode(label)} label: these findings do not fail the check. Anyone who can label this pull request can undo it by removing the label.`, '')
  }
  if (refused) lines.push('> **Secrets cannot be accepted by a label:** remove them from the package and rotate them.', '')
  return lines
}

/** Maps a finding to a file in the repository: the file itself, else the package.json `files` line, else .npmignore. */
function locator(folders: ReadonlyArray<string | undefined>, workspace: string): (packageIndex: number, finding: Finding) => AnnotationLocation {
  return (index, finding) => {
    const folder = folders[index]
    if (!folder || !existsSync(folder) || !statSync(folder).isDirectory()) return {}
    const inRepo = (file: string) => relative(workspace, file).split('\\').join('/')
    if (finding.path && !finding.path.endsWith('/')) {
      const file = join(folder, finding.path)
      if (file.startsWith(folder + sep) && existsSync(file) && statSync(file).isFile()) return { file: inRepo(file) }
    }
    const manifest = join(folder, 'package.json')
    const text = existsSync(manifest) ? readFileSync(manifest, 'utf8') : ''
    const line = filesFieldLine(text)
    if (line) return { file: inRepo(manifest), startLine: line }
    if (existsSync(join(folder, '.npmignore'))) return { file: inRepo(join(folder, '.npmignore')), startLine: 1 }
    return text ? { file: inRepo(manifest), startLine: 1 } : {}
  }
}
