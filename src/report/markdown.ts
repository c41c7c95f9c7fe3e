import { ruleAnchor } from '../core/rules/rule.js'
import type { Finding, PackageReport, Report } from '../core/types.js'
import { escapeMarkdown, markdownCode, markdownHint } from './escape.js'
import { verdictLine } from './text.js'
import { formatBytes, formatDelta } from './sizes.js'

const ICON = { error: ':x:', warning: ':warning:', notice: ':information_source:' } as const

/** Lists longer than this are folded into <details>. */
const FOLD_AFTER = 10
/** Files listed at most per list: the JSON report has them all. */
const LIST_CAP = 100
/** Finding rows at most per package: a report is read by people, the JSON has every finding. */
export const FINDINGS_CAP = 200

export interface MarkdownOptions {
  /** Most characters in the result; GitHub comments allow 65,536. */
  maxLength?: number
  /** Most UTF-8 bytes in the result; a job summary allows 1 MiB. */
  maxBytes?: number
  /** Lines to put first (a hidden marker, a title). */
  header?: string[]
  /** Lines to put last (how to accept, for a pull request comment). */
  footer?: string[]
  /** Where the whole report can be read when this one is cut to fit. */
  fullReport?: string
}

/** Where docs/rules.md is published: each rule id in a report links to its section. */
export const RULES_DOC_URL = 'https://github.com/pack-guard/pack-guard/blob/main/docs/rules.md'

function ruleCell(rule: string): string {
  // Rule ids are known ones (a report file's are checked against the rules): the link is ours.
  return `[${markdownCode(rule, { table: true })}](${RULES_DOC_URL}#${ruleAnchor(rule)})`
}

function findingRow(finding: Finding): string {
  const severity = finding.suppressed ? `~~${finding.severity}~~ (${finding.suppressed.by === 'label' ? 'accepted' : 'allowed'})` : `${ICON[finding.severity]} ${finding.severity}`
  const cell = { table: true }
  const path = finding.path ? markdownCode(finding.path, cell) : ''
  const why = finding.suppressed ? `<br>${escapeMarkdown(finding.suppressed.reason, cell)}` : finding.hint ? `<br><sub>${markdownHint(finding.hint, cell)}</sub>` : ''
  return `| ${severity} | ${ruleCell(finding.rule)} | ${path} | ${escapeMarkdown(finding.message, cell)}${groupedPaths(finding)}${why} |`
}

/** Paths listed at most under one grouped finding: the JSON report's `details.paths` has them all. */
const GROUP_PATHS_CAP = 20

/** A grouped finding's files, folded in its cell, so a reviewer sees which files it stands for. */
function groupedPaths(finding: Finding): string {
  const paths = finding.details?.paths
  if (!paths || paths.length < 2) return ''
  const shown: string[] = []
  for (let i = 0; i < paths.length && i < GROUP_PATHS_CAP; i++) shown.push(markdownCode(paths[i], { table: true }))
  const more = paths.length > GROUP_PATHS_CAP ? `<br>… and ${paths.length - GROUP_PATHS_CAP} more (see the JSON report)` : ''
  return `<details><summary>${paths.length} files</summary>${shown.join('<br>')}${more}</details>`
}

/** A list of at most LIST_CAP items, folded when long; `item` renders one (only those shown are rendered). */
function fileList<T>(title: string, items: readonly T[], item: (value: T) => string): string[] {
  if (items.length === 0) return []
  const body: string[] = []
  for (let i = 0; i < items.length && i < LIST_CAP; i++) body.push(`- ${item(items[i])}`)
  if (items.length > LIST_CAP) body.push(`- … and ${items.length - LIST_CAP} more (see the JSON report)`)
  if (items.length <= FOLD_AFTER) return [`**${title}**`, '', ...body, '']
  return [`<details><summary>${title}</summary>`, '', ...body, '', '</details>', '']
}

/** One package's section: findings, size table, file lists. Bounded whatever the report holds. */
export function renderPackageMarkdown(pkg: PackageReport): string[] {
  const baseline =
    pkg.baseline.version !== null
      ? `compared with ${markdownCode(pkg.baseline.version)}`
      : pkg.baseline.source === 'first-release'
        ? 'first release'
        : 'no baseline'
  const lines = [`### ${markdownCode(`${pkg.name}@${pkg.version}`)} (${baseline})`, '']
  if (pkg.findings.length === 0) lines.push('No findings.', '')
  else {
    lines.push('| severity | rule | file | finding |', '| --- | --- | --- | --- |')
    // A loop, not a spread: a report can hold more findings than a call has room for arguments.
    for (let i = 0; i < pkg.findings.length && i < FINDINGS_CAP; i++) lines.push(findingRow(pkg.findings[i]))
    lines.push('')
    if (pkg.findings.length > FINDINGS_CAP) lines.push(`… and ${pkg.findings.length - FINDINGS_CAP} more findings (see the JSON report).`, '')
  }
  lines.push(
    '| | before | after | delta |',
    '| --- | ---: | ---: | ---: |',
    `| packed | ${formatBytes(pkg.packed.before)} | ${formatBytes(pkg.packed.after)} | ${formatDelta(pkg.packed)} |`,
    `| unpacked | ${formatBytes(pkg.unpacked.before)} | ${formatBytes(pkg.unpacked.after)} | ${formatDelta(pkg.unpacked)} |`,
    `| files | ${pkg.fileCount.before ?? '-'} | ${pkg.fileCount.after} | ${formatDelta(pkg.fileCount, false)} |`,
    '',
  )
  if (pkg.baseline.version !== null) {
    const { added, removed, changed } = pkg.files
    lines.push(
      ...fileList(`Added files (${added.length})`, added, (f) => `${markdownCode(f.path)} ${formatBytes(f.size)}`),
      ...fileList(`Removed files (${removed.length})`, removed, (f) => `${markdownCode(f.path)} ${formatBytes(f.size)}`),
      ...fileList(`Changed in size (${changed.length})`, changed, (f) => `${markdownCode(f.path)} ${formatBytes(f.before)} → ${formatBytes(f.after)}`),
    )
  }
  return lines
}

/** The whole report as GitHub-flavoured Markdown, capped at `maxLength` with a note of what was cut. */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const head = [...(options.header ?? []), `## pack-guard: ${verdictLine(report)}`, '']
  if (report.skipped?.length) {
    head.push(`Skipped: ${report.skipped.map((s) => `${markdownCode(s.name)} (${escapeMarkdown(s.reason)})`).join(', ')}`, '')
  }
  const sections = report.packages.map((pkg) => renderPackageMarkdown(pkg).join('\n'))
  const body = [...head, ...sections].join('\n')
  // The footer (how to accept) is kept whole: only the body is cut.
  const footer = options.footer?.length ? `\n\n${options.footer.join('\n')}` : ''
  const full = `${body}${footer}`
  const byCharacters = options.maxLength !== undefined && full.length > options.maxLength
  const byBytes = options.maxBytes !== undefined && Buffer.byteLength(full) > options.maxBytes
  if (!byCharacters && !byBytes) return `${full}\n`
  const where = options.fullReport ?? 'The JSON report (`pack-guard --format json`) has it all.'
  const note = (omitted: number) => `\n\n> **Cut to fit:** ${omitted} characters of this report were left out (GitHub limits its length). ${where}\n`
  const reserve = note(body.length).length + footer.length + 1
  // Characters that fit: under the character cap, and under the byte cap (a character is up to 4 bytes).
  let room = byCharacters ? options.maxLength! - reserve : body.length
  if (byBytes) room = Math.min(room, Buffer.from(body).subarray(0, Math.max(0, options.maxBytes! - Buffer.byteLength(footer) - reserve)).toString('utf8').length - 1)
  // Cut at a line boundary so no table row or tag is left half open.
  const cut = body.lastIndexOf('\n', room)
  const kept = body.slice(0, cut > 0 ? cut : Math.max(0, room))
  return `${kept}${note(body.length - kept.length)}${footer.slice(1)}\n`
}
