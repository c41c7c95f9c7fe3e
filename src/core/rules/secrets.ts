import { SECRET_FILES, SECRET_PATTERNS, TEST_CONTEXT } from '../secrets/patterns.js'
import type { SecretMatch, Severity } from '../types.js'
import type { Rule, RuleContext, RuleFinding } from './rule.js'
import { windowsName } from './file-patterns.js'

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

/**
 * One verdict per file that holds secrets, computed once per analysis: every
 * match of the file goes in one finding, under the most important kind.
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
    const name = windowsName(file.path).toLowerCase()
    const nature = SECRET_FILES.find((entry) => entry.pattern.test(name))
    if (matches.length === 0 && !nature) continue
    const old = context.beforeFiles.get(file.path)
    const oldPrints = new Set((old?.facts.secrets?.matches ?? []).map((m) => m.fingerprint))
    const isChanged = !old || old.size !== file.size || matches.some((m) => !oldPrints.has(m.fingerprint))
    if (!isChanged) continue // shipped just like this before; reported when that release was checked
    const ranked = [...matches].sort((a, b) => rank(a.kind) - rank(b.kind))
    const kind = ranked[0]?.kind === 'npmrc-auth' ? 'npm-token' : (ranked[0]?.kind ?? 'file')
    const inTests = TEST_CONTEXT.test(file.path) && !nature
    const already = ranked.map((m) => publicSince.get(m.fingerprint)).find(Boolean)
    const what = ranked.length > 0 ? ranked.map((m) => `${label(m.kind)} ${redacted(m)}`).join('; ') : ''
    const why = nature ? `${file.path} is ${nature.what}, a secret by its nature${what ? `, and holds: ${what}` : ''}.` : `${file.path} holds ${what}.`
    const message = `${why}${already ? ` Already public since ${already}: rotate it.` : ''}${inTests ? ' It sits in test code, so it may be test data: reported as a warning.' : ''}`
    verdicts.set(file.path, {
      kind,
      severity: inTests ? 'warning' : 'error',
      finding: {
        severity: inTests ? 'warning' : 'error',
        path: file.path,
        message,
        hint: HINT,
        details: { matches: ranked, ...(already ? { alreadyPublicSince: already } : {}), ...(nature ? { secretFile: nature.what } : {}) },
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
