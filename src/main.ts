import { existsSync, readFileSync, statSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import * as core from '@actions/core'
import * as github from '@actions/github'
import { type CheckResult, check, finishReport } from './check.js'
import { failsAt, strictestFailOn } from './core/findings.js'
import type { FailOn, Finding, PackageReport, Report } from './core/types.js'
import { describeError } from './errors.js'
import type { KeptTarball } from './adapters/keep-tarball.js'
import { parsePublishedSpec } from './watch.js'
import { type AcceptanceRecord, acceptFindings, acceptableFindings, acceptableFingerprints, canBeAccepted, parseAcceptanceRecord, renderAcceptanceRecord } from './github/accept.js'
import { type GitHubApi, createGitHubApi, findPullRequest } from './github/api.js'
import { type AnnotationLocation, filesFieldLine, planAnnotations } from './github/annotations.js'
import { type ActionInputs, readInputs } from './github/inputs.js'
import { findStickyComment, isPermissionError, upsertStickyComment } from './github/sticky-comment.js'
import { onceEach, withoutRunnerSecrets } from './github/trust.js'
import { configDrift, configFilesOfRun, driftBanner, readBaseWithApi } from './github/config-drift.js'
import { renderMarkdown } from './report/markdown.js'
import { readReportFile } from './report-file.js'
import { escapeText, markdownCode } from './report/escape.js'

/** Hidden in the comment so later runs find it again. */
export const COMMENT_MARKER = '<!-- pack-guard:sticky-comment -->'
/** GitHub refuses comment bodies over 65,536 characters. */
const COMMENT_LIMIT = 65_000
/** A job summary may hold 1 MiB per step (bytes, not characters); some room is kept for the runner. */
const SUMMARY_BYTES = 1_000_000

type Context = typeof github.context
type Octokit = ReturnType<typeof github.getOctokit>

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
  packages: Array<{ report: PackageReport; folder?: string; tarball?: KeptTarball }>
}

/** Everything after the inputs, with the context passed in. */
export async function runAction(inputs: ActionInputs, context: Context): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
  const analysis = inputs.reportFile ? await fromReportFile(inputs.reportFile) : await analyse(inputs, workspace)
  // The runner masks these in every later log line; our own outputs only ever hold redacted forms.
  for (const value of analysis.secretValues) core.setSecret(value)

  // One client for the run's GitHub calls (comment, fork lookup, base config), made from the workflow's token.
  const octokit = inputs.token ? github.getOctokit(inputs.token) : undefined
  const pr = octokit ? await pullRequestTarget(octokit, context) : undefined
  const api = pr && octokit ? createGitHubApi(octokit, pr) : undefined

  // A reviewer's label accepts the findings that were shown when it was added (never secrets),
  // as the sticky comment recorded them; a finding that came later is not covered.
  const existing = api ? await findStickyComment(api, COMMENT_MARKER).catch(() => null) : null
  const previous = parseAcceptanceRecord(existing?.body)
  const labels = pr ? await prLabels(context, api) : []
  let packages = analysis.packages.map((pkg) => pkg.report)
  const record: AcceptanceRecord = { shown: acceptableFingerprints(packages) }
  if (labels.includes(inputs.acceptLabel)) {
    const covers = previous.accepted?.fingerprints ?? previous.shown
    const by = previous.accepted ? previous.accepted.by : ((await api?.whoAddedLabel(inputs.acceptLabel).catch(() => undefined)) ?? undefined)
    packages = acceptFindings(packages, inputs.acceptLabel, by, covers)
    record.accepted = { by, fingerprints: previous.accepted?.fingerprints ?? new Set([...covers].filter((print) => record.shown.has(print))) }
    if (!existing) core.warning(`The "${inputs.acceptLabel}" label accepts only findings that pack-guard's pull request comment showed when it was added, and there is no such comment here: nothing was accepted.`)
  }
  // The one Report of this run: every output below renders it.
  const report = finishReport(analysis, packages)
  const acceptedBy = record.accepted?.by

  const reportPath = join(process.env.RUNNER_TEMP ?? workspace, 'pack-guard-report.json')
  await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`)
  core.setOutput('report', reportPath)
  core.setOutput('errors', report.counts.error)
  core.setOutput('warnings', report.counts.warning)
  core.setOutput('packed-size-delta', packedDelta(report.packages))
  // The exact files checked, one line per package: a release publishes these, not a second pack.
  const tarballs = analysis.packages.flatMap((pkg) => (pkg.tarball ? [pkg.tarball] : []))
  if (tarballs.length) {
    core.setOutput('tarball', tarballs.map((kept) => kept.path).join('\n'))
    core.setOutput('integrity', tarballs.map((kept) => kept.integrity).join('\n'))
  }

  const locate = locator(analysis.packages.map((pkg) => pkg.folder), workspace)
  for (const annotation of planAnnotations(report, locate)) {
    const { level, message, ...properties } = annotation
    // @actions/core escapes the message and every property, so no file name can start a command of its own.
    core[level](message, properties)
  }

  const accepted = acceptedNote(report, inputs.acceptLabel, acceptedBy, Boolean(record.accepted))
  const judged = judgedCommit(context)
  // A config that differs from the base branch's is said first: the pull request's own config judged it.
  const drift = inputs.reportFile ? [] : await configDriftBanner(inputs, octokit, context, analysis.packages, workspace)
  const header = [...drift, ...(judged ? [`Judged commit \`${judged}\`.`, ''] : []), ...accepted]
  await core.summary.addRaw(renderMarkdown(report, { maxBytes: SUMMARY_BYTES, header, fullReport: 'The JSON report (the `report` output of this step) has it all.' })).write()

  if (api && inputs.comment) {
    const body = renderMarkdown(report, {
      maxLength: COMMENT_LIMIT,
      header: [COMMENT_MARKER, ...renderAcceptanceRecord(record), ...header],
      footer: howToAccept(report, inputs.acceptLabel),
      fullReport: "The job summary of this check's run and its JSON report have it all.",
    })
    // A loosened config is news even on a clean run: reviewers must see it.
    const hasFindings = drift.length > 0 || report.packages.some((pkg) => pkg.findings.length > 0)
    try {
      const result = await upsertStickyComment(api, COMMENT_MARKER, body, hasFindings, existing)
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
    const folder = resolve(workspace, path)
    const result = await check({
      // NAME@VERSION (a published release to watch) stays as written.
      path: !existsSync(folder) && parsePublishedSpec(path) ? path : folder,
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
      keepTarballsIn: join(process.env.RUNNER_TEMP ?? workspace, 'pack-guard-tarballs'),
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
async function pullRequestTarget(octokit: Octokit, context: Context): Promise<{ owner: string; repo: string; issueNumber: number } | undefined> {
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
  const pull = await findPullRequest(octokit, { owner, repo }, `${headOwner}:${run.head_branch}`)
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

/** The commit this run judged: the pull request's head, a workflow_run's head, else the pushed commit. Hex only: it is printed. */
function judgedCommit(context: Context): string | undefined {
  const run = context.payload.workflow_run as { head_sha?: unknown } | undefined
  const sha = context.payload.pull_request?.head?.sha ?? run?.head_sha ?? context.sha
  return typeof sha === 'string' && /^[0-9a-f]{7,64}$/.test(sha) ? sha.slice(0, 12) : undefined
}

/** The comment's last lines: how a reviewer accepts what it shows, and who can. */
function howToAccept(report: Report, label: string): string[] {
  if (acceptableFindings(report.packages).next().done) return []
  return [
    `<sub>To accept the findings shown here as intended, someone with triage or write access adds the ${markdownCode(label)} label. It covers these findings only (never secrets); anything a later push adds is reported again. Each rule links to what it means and how to silence it in the config.</sub>`,
  ]
}

function packedDelta(packages: readonly PackageReport[]): number {
  return packages.reduce((sum, pkg) => sum + (pkg.packed.before === null ? 0 : pkg.packed.after - pkg.packed.before), 0)
}

function acceptedNote(report: Report, label: string, by: string | undefined, labelled: boolean): string[] {
  const accepted = report.packages.some((pkg) => pkg.findings.some((f) => f.suppressed?.by === 'label'))
  const refused = report.packages.some((pkg) => pkg.findings.some((f) => !f.suppressed && !canBeAccepted(f)))
  const lines: string[] = []
  if (accepted) {
    // In code, so the login shows without pinging that person on every push.
    const who = by ? markdownCode(`@${by}`) : 'a reviewer'
    lines.push(`> **Accepted** by ${who} with the ${markdownCode(label)} label: these findings do not fail the check. Anyone who can label this pull request can undo it by removing the label.`, '')
  }
  if (refused) lines.push('> **Secrets cannot be accepted by a label:** remove them from the package and rotate them.', '')
  if (labelled) {
    const uncovered = [...acceptableFindings(report.packages)].length
    if (uncovered > 0) {
      lines.push(
        `> **Not covered by the label:** ${uncovered} finding${uncovered === 1 ? '' : 's'} came after ${markdownCode(label)} was added, so ${uncovered === 1 ? 'it counts' : 'they count'}. To accept ${uncovered === 1 ? 'it' : 'them'} too, a reviewer removes the label and adds it again.`,
        '',
      )
    }
  }
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

/** On a pull request, the banner naming each config file that differs from the base branch's (none when it cannot be read). */
async function configDriftBanner(
  inputs: ActionInputs,
  octokit: Octokit | undefined,
  context: Context,
  packages: ReadonlyArray<{ folder?: string }>,
  workspace: string,
): Promise<string[]> {
  const baseSha = (context.payload.pull_request?.base as { sha?: string } | undefined)?.sha
  if (!baseSha || !octokit) return []
  try {
    const files = configFilesOfRun(workspace, inputs.paths, packages.map((pkg) => pkg.folder), inputs.config)
    const readBase = readBaseWithApi(octokit, context.repo, baseSha)
    return driftBanner(await configDrift(workspace, files, readBase))
  } catch (error) {
    core.info(`pack-guard could not compare the config with the base branch: ${escapeText(describeError(error))}`)
    return []
  }
}
