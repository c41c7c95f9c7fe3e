import { SECRET_FILES, SECRET_PATTERNS, TEST_CONTEXT } from '../secrets/patterns.js'
import { windowsName } from './file-patterns.js'
import type { FileEntry, PackageSnapshot, SecretMatch, Severity } from '../types.js'
import type { RuleFinding } from './rule.js'

/** The secrets finding of one file, and the rule kind (`secrets/<kind>`) that reports it. */
export interface SecretVerdict {
  kind: string
  severity: Severity
  finding: RuleFinding<'secrets'>
}

const HINT =
  'Remove it from the package and ROTATE it now: anything published is public forever, in the registry, its mirrors and every cache. Then keep the file out of the package (`files` in package.json or .npmignore).'

function redacted(match: SecretMatch): string {
  return `${match.preview}… (${match.fingerprint}, line ${match.line})`
}

function rank(kind: string): number {
  const index = SECRET_PATTERNS.findIndex((pattern) => pattern.kind === kind)
  return index === -1 ? SECRET_PATTERNS.length : index
}

function pattern(kind: string) {
  return SECRET_PATTERNS.find((candidate) => candidate.kind === kind)
}

/**
 * One verdict per new or changed file that holds secrets (or is a secret by its
 * nature): every match of the file goes in one finding, under its most important
 * kind. Computed once per package, before the rules run.
 */
export function secretVerdicts(
  before: PackageSnapshot | null,
  beforeFiles: ReadonlyMap<string, FileEntry>,
  afterFiles: ReadonlyMap<string, FileEntry>,
): Map<string, SecretVerdict> {
  const verdicts = new Map<string, SecretVerdict>()
  const publicSince = new Map<string, string>()
  for (const file of beforeFiles.values()) {
    for (const match of file.facts.secrets?.matches ?? []) publicSince.set(match.fingerprint, before?.version ?? 'the previous release')
  }
  for (const file of afterFiles.values()) {
    const matches = file.facts.secrets?.matches ?? []
    // Case and trailing spaces and dots do not count, as on macOS and Windows (`.ENV`, `.env `).
    const name = windowsName(file.path).toLowerCase()
    const nature = SECRET_FILES.find((entry) => entry.pattern.test(name))
    if (matches.length === 0 && !nature) continue
    const old = beforeFiles.get(file.path)
    const oldPrints = new Set((old?.facts.secrets?.matches ?? []).map((m) => m.fingerprint))
    const isChanged = !old || old.size !== file.size || matches.some((m) => !oldPrints.has(m.fingerprint))
    if (!isChanged) continue // shipped just like this before; reported when that release was checked
    const ranked = [...matches].sort((a, b) => rank(a.kind) - rank(b.kind))
    const top = ranked[0] && pattern(ranked[0].kind)
    const kind = top ? (top.rule ?? top.kind) : 'file'
    const inTests = TEST_CONTEXT.test(file.path) && !nature
    const already = ranked.map((m) => publicSince.get(m.fingerprint)).find(Boolean)
    const what = ranked.length > 0 ? ranked.map((m) => `${pattern(m.kind)?.label ?? m.kind} ${redacted(m)}`).join('; ') : ''
    const why = nature ? `${file.path} is ${nature.what}, a secret by its nature${what ? `, and holds: ${what}` : ''}.` : `${file.path} holds ${what}.`
    const message = `${why}${already ? ` Already public since ${already}: rotate it.` : ''}${inTests ? ' It sits in test code, so it may be test data: reported as a warning.' : ''}`
    const severity: Severity = inTests ? 'warning' : 'error'
    verdicts.set(file.path, {
      kind,
      severity,
      finding: {
        severity,
        path: file.path,
        message,
        hint: HINT,
        details: { matches: ranked, ...(already ? { alreadyPublicSince: already } : {}), ...(nature ? { secretFile: nature.what } : {}) },
      },
    })
  }
  return verdicts
}
