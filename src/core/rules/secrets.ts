import { isUnchanged } from './rule.js'
import type { Rule, RuleFinding } from './rule.js'

function secretRule(kind: string, summary: string, why: string): Rule<'secrets'> {
  return {
    id: `secrets/${kind}`,
    severity: 'error',
    summary,
    why,
    fix: 'Remove it from the package and rotate it. A finding can be allowed by its fingerprint (`secrets.allow` in the config) with a reason, for example a documented test key.',
    check: (context) => [...context.secrets.values()].filter((verdict) => verdict.kind === kind).map((verdict) => verdict.finding),
  }
}

const PUBLISHED = 'A published package cannot be taken back: the registry, its mirrors and every cache keep the value, and scanners harvest new releases within minutes.'

export const SECRET_RULES: ReadonlyArray<Rule<'secrets'>> = [
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
  secretRule('url-credential', 'A password in a connection URL (`postgres://user:password@host`), not for a local or example host.', `The URL names the server and carries the password to it. ${PUBLISHED}`),
  secretRule('generic-assignment', 'A high-entropy value assigned to password, secret, token or api_key, in code or as a `KEY=value` line of an env-like file.', `Hard-coded credentials are as good as published once the package is. ${PUBLISHED}`),
  secretRule('file', 'A file that is a secret by its nature: .env, private keys, .git-credentials, cloud credential files.', `These files exist to hold credentials, whatever patterns they match. ${PUBLISHED}`),
  {
    id: 'secrets/partial-scan',
    severity: 'notice',
    summary: 'A new or changed file scanned for secrets only in part: larger than the scan cap, or dense with secret-like text.',
    why: 'pack-guard cannot vouch for the part it did not read.',
    fix: 'Raise the cap (`--max-secret-scan-bytes`) to scan a large file whole, or keep such files out of the package. A file dense with secret-like text (thousands of `eyJ`, `AKIA` or `token=` close together) is generated data: check what it is.',
    check(context) {
      const findings: RuleFinding<'secrets'>[] = []
      for (const file of context.afterFacts.secretScans) {
        if (!file.facts.secrets?.partial || isUnchanged(context, file)) continue
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
