import { SECRET_FILES, SECRET_PATTERNS, TEST_CONTEXT } from '../secrets/patterns.js'
import { windowsName } from './file-patterns.js'
import type { PackageIndex } from '../package-index.js'
import type { PackageSnapshot, SecretMatch, Severity } from '../types.js'
import type { RuleFinding } from './rule.js'

/** The secrets finding of one file, and the rule kind (`secrets/<kind>`) that reports it. */
export interface SecretVerdict {
  kind: string
  severity: Severity
  finding: RuleFinding<'secrets'>
}

const HINT =
  'Remove it from the package and ROTATE it now: anything published is public forever, in the registry, its mirrors and every cache. Then keep the file out of the package (`files` in package.json or .npmignore).'

/** Files whose generic credentials are documentation: type declarations and docs. */
const DOCS_CONTEXT = /\.d\.[cm]?ts$|\.(?:md|markdown|mdx|txt)$|[.-]examples?\.json$|(?:^|\/)(?:docs?|examples?)\//i
/** Kinds that documentation shows as examples or public demo keys (a referrer-restricted Maps key, a sample JWT). */
const DOCS_KINDS: ReadonlySet<string> = new Set(['generic-assignment', 'google-api-key', 'jwt'])
/** Scripts and benchmarks beside the code: their credentials are most likely local test setups. */
const SCRIPT_CONTEXT = /(?:^|\/)(?:scripts?|bench|benchmarks?|stress|perf)\//i

/**
 * True when one of `patterns` may match: the patterns of the same flags joined as alternatives match where
 * one of them does, so a text is read once per set of flags rather than once per pattern. With a pattern
 * that refers to a group by number or name (a union renumbers them; a lookbehind looks alike) or keeps
 * state between calls (`g`, `y`), always true: nothing is ruled out.
 */
export function anyOf(patterns: readonly RegExp[]): (text: string) => boolean {
  if (!patterns.every((pattern) => !/[gy]/.test(pattern.flags) && !/\\[1-9k]|\(\?</.test(pattern.source))) return () => true
  const byFlags = new Map<string, string[]>()
  for (const pattern of patterns) byFlags.set(pattern.flags, [...(byFlags.get(pattern.flags) ?? []), `(?:${pattern.source})`])
  const unions = [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags))
  return (text) => unions.some((union) => union.test(text))
}

const isSecretFileName = anyOf(SECRET_FILES.map(({ pattern }) => pattern))

/** The kind of secret file a name (lowercased, as Windows writes it) is by its nature, if any. */
export function secretFileNature(name: string): (typeof SECRET_FILES)[number] | undefined {
  // Most names are none: ruled out in two passes instead of one per kind.
  return isSecretFileName(name) ? SECRET_FILES.find((entry) => entry.pattern.test(name)) : undefined
}

/** For the many files without matches: one empty list, not one per file. */
const NO_MATCHES: readonly SecretMatch[] = []

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
 * kind. Computed once per package, before the rules run. Judged by value, not by file
 * size: a value the baseline already shipped (anywhere) is "already public", a warning
 * to rotate it, never again a new error because its file changed.
 */
export function secretVerdicts(
  before: PackageSnapshot | null,
  { beforeFiles, afterFiles, beforeFacts, unchangedAfter }: Pick<PackageIndex, 'beforeFiles' | 'afterFiles' | 'beforeFacts' | 'unchangedAfter'>,
): Map<string, SecretVerdict> {
  const verdicts = new Map<string, SecretVerdict>()
  const publicSince = new Map<string, string>()
  for (const file of beforeFacts.secretScans) {
    for (const match of file.facts.secrets?.matches ?? []) publicSince.set(match.fingerprint, before?.version ?? 'the previous release')
  }
  let at = -1
  for (const file of afterFiles.values()) {
    at++
    const matches = file.facts.secrets?.matches ?? NO_MATCHES
    // Shipped before at the same size and holding no match: not changed (below), whatever its name, so its name need not be read.
    if (unchangedAfter[at] && matches.length === 0) continue
    // Case and trailing spaces and dots do not count, as on macOS and Windows (`.ENV`, `.env `).
    const name = windowsName(file.path).toLowerCase()
    const nature = secretFileNature(name)
    if (matches.length === 0 && !nature) continue
    const old = beforeFiles.get(file.path)
    const oldPrints = new Set((old?.facts.secrets?.matches ?? []).map((m) => m.fingerprint))
    const isChanged = !old || old.size !== file.size || matches.some((m) => !oldPrints.has(m.fingerprint))
    if (!isChanged) continue // shipped just like this before; reported when that release was checked
    const ranked = [...matches].sort((a, b) => rank(a.kind) - rank(b.kind))
    // By value, not by file size: what the baseline already shipped (anywhere) is not a new leak.
    const fresh = ranked.filter((m) => !publicSince.has(m.fingerprint))
    const already = ranked.filter((m) => publicSince.has(m.fingerprint))
    // A secret file is a new leak when it is new, holds a new value, or holds nothing to compare (a changed key file).
    const isNewLeak = nature ? !old || fresh.length > 0 || matches.length === 0 : fresh.length > 0
    const since = already.map((m) => publicSince.get(m.fingerprint)).find(Boolean)
    const shown = isNewLeak && !nature ? fresh : ranked
    const top = shown[0] && pattern(shown[0].kind)
    const kind = top ? (top.rule ?? top.kind) : 'file'
    const onlyGeneric = !nature && shown.every((m) => m.kind === 'generic-assignment')
    const inTests = TEST_CONTEXT.test(file.path) && !nature
    // Documentation shows examples: a generic one is a notice; a demo key or a sample token still deserves a look (a warning).
    const inDocs = !nature && DOCS_CONTEXT.test(file.path) && shown.every((m) => DOCS_KINDS.has(m.kind))
    const inScripts = onlyGeneric && SCRIPT_CONTEXT.test(file.path)
    // Raised once: the warning goes with the release where an old value turns up in a new place; a file that
    // keeps its old values and only changed around them gets a notice, not the same warning at every release.
    const staysPut = !isNewLeak && already.every((m) => oldPrints.has(m.fingerprint))
    const severity: Severity = (inDocs && onlyGeneric) || staysPut ? 'notice' : !isNewLeak || inTests || inScripts || inDocs ? 'warning' : 'error'
    const what = shown.length > 0 ? shown.map((m) => `${pattern(m.kind)?.label ?? m.kind} ${redacted(m)}`).join('; ') : ''
    const why = nature ? `${file.path} is ${nature.what}, a secret by its nature${what ? `, and holds: ${what}` : ''}.` : `${file.path} holds ${what}.`
    const alreadyText = !isNewLeak
      ? ` Already public since ${since}: rotate it. Not a new leak: this release does not make it more public${staysPut ? ', and the file held it before: reported as a notice' : ''}.`
      : already.length > 0
        ? ` ${already.length} more value(s) in it were already public since ${since}: rotate them too.`
        : ''
    const where = !isNewLeak
      ? ''
      : inDocs
        ? ` It sits in documentation (a .d.ts or docs file), so it is most likely an example: reported as a ${severity}.`
        : inTests
          ? ' It sits in test code, so it may be test data: reported as a warning.'
          : inScripts
            ? ' It sits in a script or benchmark, so it is most likely a local test setup: reported as a warning.'
            : ''
    verdicts.set(file.path, {
      kind,
      severity,
      finding: {
        severity,
        path: file.path,
        message: `${why}${alreadyText}${where}`,
        hint: HINT,
        details: { matches: ranked, ...(since ? { alreadyPublicSince: since } : {}), ...(nature ? { secretFile: nature.what } : {}), newValues: isNewLeak ? fresh.length : 0 },
      },
    })
  }
  return verdicts
}
