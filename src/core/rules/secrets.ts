import { SECRET_FILES, SECRET_PATTERNS, TEST_CONTEXT } from '../secrets/patterns.js'
import type { SecretMatch, Severity } from '../types.js'
import type { Rule, RuleContext, RuleFinding } from './rule.js'

const HINT =
  'Remove it from the package and ROTATE it now: anything published is public forever, in the registry, its mirrors and every cache. Then keep the file out of the package (`files` in package.json or .npmignore).'

interface FileVerdict {
  kind: string
  severity: Severity
  finding: RuleFinding
}

const cache = new WeakMap<RuleContext, Map<string, FileVerdict>>()

function redacted(match: SecretMatch): string {
  return `${match.preview}… (${match.fingerprint}, line ${match.line})`
}

/** Files whose generic credentials are documentation: type declarations and docs. */
const DOCS_CONTEXT = /\.d\.[cm]?ts$|\.(?:md|markdown|mdx|txt)$|[.-]examples?\.json$|(?:^|\/)(?:docs?|examples?)\//i
/** Kinds that documentation shows as examples or public demo keys (a referrer-restricted Maps key, a sample JWT). */
const DOCS_KINDS: ReadonlySet<string> = new Set(['generic-assignment', 'google-api-key', 'jwt'])
/** Scripts and benchmarks beside the code: their credentials are most likely local test setups. */
const SCRIPT_CONTEXT = /(?:^|\/)(?:scripts?|bench|benchmarks?|stress|perf)\//i

/**
 * One verdict per file that holds secrets, computed once per analysis: every
 * match of the file goes in one finding, under the most important kind.
 * Judged by value, not by file size: a value the baseline already shipped (anywhere) is
 * "already public", a warning to rotate it, never again a new error because its file changed.
 */
export function secretVerdicts(context: RuleContext): Map<string, FileVerdict> {
  const cached = cache.get(context)
  if (cached) return cached
  const verdicts = new Map<string, FileVerdict>()
  const publicSince = new Map<string, string>()
  for (const file of context.beforeFiles.values()) {
    for (const match of file.facts.secrets?.matches ?? []) publicSince.set(match.fingerprint, context.before?.version ?? 'the previous release')
  }
  for (const file of context.afterFiles.values()) {
    const matches = file.facts.secrets?.matches ?? []
    const nature = SECRET_FILES.find((entry) => entry.pattern.test(file.path))
    if (matches.length === 0 && !nature) continue
    const old = context.beforeFiles.get(file.path)
    const oldPrints = new Set((old?.facts.secrets?.matches ?? []).map((m) => m.fingerprint))
    const isChanged = !old || old.size !== file.size || matches.some((m) => !oldPrints.has(m.fingerprint))
    if (!isChanged) continue // shipped just like this before; reported when that release was checked
    const ranked = [...matches].sort((a, b) => rank(a.kind) - rank(b.kind))
    const fresh = ranked.filter((m) => !publicSince.has(m.fingerprint))
    const already = ranked.filter((m) => publicSince.has(m.fingerprint))
    // A secret file is new when it is new, or holds a new value, or holds nothing pack-guard can compare (a changed key file).
    const isNewLeak = nature ? !old || fresh.length > 0 || matches.length === 0 : fresh.length > 0
    const since = already.map((m) => publicSince.get(m.fingerprint)).find(Boolean)
    const shown = isNewLeak && !nature ? fresh : ranked
    const kind = shown[0]?.kind === 'npmrc-auth' ? 'npm-token' : (shown[0]?.kind ?? 'file')
    const onlyGeneric = !nature && shown.every((m) => m.kind === 'generic-assignment')
    const inTests = TEST_CONTEXT.test(file.path) && !nature
    // Documentation shows examples: a generic one is a notice; a demo key or a sample token still deserves a look (a warning).
    const inDocs = !nature && DOCS_CONTEXT.test(file.path) && shown.every((m) => DOCS_KINDS.has(m.kind))
    const inScripts = onlyGeneric && SCRIPT_CONTEXT.test(file.path)
    const severity: Severity = !isNewLeak ? 'warning' : inDocs && onlyGeneric ? 'notice' : inTests || inScripts || inDocs ? 'warning' : 'error'
    const what = shown.length > 0 ? shown.map((m) => `${label(m.kind)} ${redacted(m)}`).join('; ') : ''
    const why = nature ? `${file.path} is ${nature.what}, a secret by its nature${what ? `, and holds: ${what}` : ''}.` : `${file.path} holds ${what}.`
    const alreadyText = !isNewLeak
      ? ` Already public since ${since}: rotate it. Reported as a warning: this release does not make it more public.`
      : already.length > 0
        ? ` ${already.length} more value(s) in it were already public since ${since}: rotate them too.`
        : ''
    const context_ = !isNewLeak
      ? ''
      : inDocs
        ? ` It sits in documentation (a .d.ts or docs file), so it is most likely an example: reported as a ${severity}.`
        : inTests ? ' It sits in test code, so it may be test data: reported as a warning.' : inScripts && isNewLeak ? ' It sits in a script or benchmark, so it is most likely a local test setup: reported as a warning.' : ''
    verdicts.set(file.path, {
      kind,
      severity,
      finding: {
        severity,
        path: file.path,
        message: `${why}${alreadyText}${context_}`,
        hint: HINT,
        details: { matches: ranked, ...(since ? { alreadyPublicSince: since } : {}), ...(nature ? { secretFile: nature.what } : {}), newValues: isNewLeak ? fresh.length : 0 },
      },
    })
  }
  cache.set(context, verdicts)
  return verdicts
}

function rank(kind: string): number {
  const index = SECRET_PATTERNS.findIndex((pattern) => pattern.kind === kind)
  return index === -1 ? SECRET_PATTERNS.length : index
}

function label(kind: string): string {
  return SECRET_PATTERNS.find((pattern) => pattern.kind === kind)?.label ?? kind
}

function secretRule(kind: string, summary: string, why: string): Rule {
  return {
    id: `secrets/${kind}`,
    severity: 'error',
    summary,
    why,
    fix: 'Remove it from the package and rotate it. A finding can be allowed by its fingerprint (`secrets.allow` in the config) with a reason, for example a documented test key.',
    check: (context) => [...secretVerdicts(context).values()].filter((verdict) => verdict.kind === kind).map((verdict) => verdict.finding),
  }
}

const PUBLISHED = 'A published package cannot be taken back: the registry, its mirrors and every cache keep the value, and scanners harvest new releases within minutes.'

export const SECRET_RULES: readonly Rule[] = [
  secretRule('private-key', 'A PEM, OpenSSH or PGP private key in a new or changed file.', `Whoever has the key can impersonate its owner, sign or decrypt. ${PUBLISHED}`),
  secretRule('aws-access-key', 'An AWS access key id (AKIA/ASIA...), with its secret key when it is next to it.', `AWS keys give access to cloud accounts and bills. ${PUBLISHED}`),
  secretRule('aws-secret-key', 'An AWS secret access key assignment.', `With the key id, it gives access to the AWS account. ${PUBLISHED}`),
  secretRule('github-token', 'A GitHub token: classic (ghp_, gho_, ghu_, ghs_, ghr_) or fine-grained (github_pat_).', `GitHub tokens open repositories, packages and workflows. ${PUBLISHED}`),
  secretRule('npm-token', 'An npm access token (npm_...), or a literal credential in a shipped .npmrc.', `An npm token can publish new versions of your packages: the supply-chain attack itself. ${PUBLISHED}`),
  secretRule('slack-webhook', 'A Slack incoming webhook URL.', `Anyone with the URL can post into your Slack. ${PUBLISHED}`),
  secretRule('slack-token', 'A Slack bot, user or app token (xox...).', `Slack tokens read and write workspace messages. ${PUBLISHED}`),
  secretRule('stripe-live-key', 'A Stripe live secret or restricted key (sk_live_, rk_live_).', `Live Stripe keys move real money. ${PUBLISHED}`),
  secretRule('google-api-key', 'A Google API key (AIza...).', `Unrestricted Google API keys run up quotas and bills on your project. ${PUBLISHED}`),
  secretRule('jwt', 'A signed JSON Web Token.', `A signed token is a credential until it expires, and often carries personal data. ${PUBLISHED}`),
  secretRule('generic-assignment', 'A high-entropy value assigned to password, secret, token or api_key.', `Hard-coded credentials are as good as published once the package is. ${PUBLISHED}`),
  secretRule('file', 'A file that is a secret by its nature: .env, private keys, .git-credentials, cloud credential files.', `These files exist to hold credentials, whatever patterns they match. ${PUBLISHED}`),
  {
    id: 'secrets/partial-scan',
    severity: 'notice',
    summary: 'A new or changed file scanned for secrets only in part: larger than the scan cap, or dense with secret-like text.',
    why: 'pack-guard cannot vouch for the part it did not read.',
    fix: 'Raise the cap (`--max-secret-scan-bytes`) to scan a large file whole, or keep such files out of the package. A file dense with secret-like text (thousands of `eyJ`, `AKIA` or `token=` close together) is generated data: check what it is.',
    check(context) {
      const findings: RuleFinding[] = []
      for (const file of context.afterFiles.values()) {
        if (!file.facts.secrets?.partial) continue
        const old = context.beforeFiles.get(file.path)
        if (old && old.size === file.size) continue
        const why =
          file.facts.secrets.partial === 'dense'
            ? 'it is so dense with secret-like text (anchors such as `eyJ`, `AKIA` or `token=` every few bytes) that judging every place would take too long, so the scan stopped early'
            : 'it is larger than the scan cap'
        findings.push({ path: file.path, message: `${file.path} was scanned for secrets only in part: ${why}.`, details: { size: file.size, reason: file.facts.secrets.partial } })
      }
      return findings
    },
  },
]

/** Paths that have a secrets finding: other rules need not report them again. */
export function pathsWithSecrets(context: RuleContext): ReadonlySet<string> {
  return new Set(secretVerdicts(context).keys())
}
