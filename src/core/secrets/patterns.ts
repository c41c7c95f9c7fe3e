/**
 * Secret shapes, after gitleaks' and secretlint's rule sets, with their
 * false-positive guards. Pure data and functions: the streaming scanner finds
 * candidates from `ANCHORS`, then runs each pattern on a small window.
 */

export interface SecretPattern {
  /** The kind; the rule id is `secrets/<kind>` unless `rule` says otherwise. */
  kind: string
  /** The rule that reports this kind, when it is not `secrets/<kind>` (an .npmrc credential is an npm token). */
  rule?: string
  /** Human name for messages. */
  label: string
  /** Group 1 is the secret value. Applied to a window around an anchor hit. */
  regex: RegExp
  /** Extra check on the value (the group named `value`, else the last group); false drops the candidate. */
  accept?: (value: string, match: RegExpExecArray) => boolean
  /** Only for paths like this (e.g. .npmrc auth lines). */
  pathFilter?: { test(path: string): boolean }
  /** A match on a line like this is dropped (documentation comments, local development databases). */
  rejectOnLine?: RegExp
}

/**
 * Lines where a generic credential is an example or a local default, as the tuning corpus showed: a JSDoc or
 * comment line (`* @example`, `// token: "..."`), and connection settings of a database on localhost or in Docker.
 */
const EXAMPLE_OR_LOCAL_LINE = /^\s*(?:\*|\/\/|#|\/\*)|@example|\blocalhost\b|127\.0\.0\.1|0\.0\.0\.0|host\.docker\.internal|\bdocker\b/i

/** Shannon entropy in bits per character. */
export function entropy(value: string): number {
  const counts = new Map<string, number>()
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1)
  let bits = 0
  for (const count of counts.values()) {
    const p = count / value.length
    bits -= p * Math.log2(p)
  }
  return bits
}

const PLACEHOLDER = /example|sample|dummy|placeholder|changeme|your[_-]?|xxxx|\*\*\*\*|<[^>]*>|\$\{|\{\{|process\.env|redacted|test[_-]?key|fake|0000000|1234567|abcdef/i

/** Documented example values and obvious placeholders are never secrets. */
export function isPlaceholder(value: string): boolean {
  if (PLACEHOLDER.test(value)) return true
  // One character repeated, or a run like "aaaaaaaa".
  return /^(.)\1+$/.test(value) || /(.)\1{7,}/.test(value)
}

function characterClasses(value: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/].filter((re) => re.test(value)).length
}

function decodesToJwtHeader(value: string): boolean {
  try {
    const header = JSON.parse(Buffer.from(value.split('.')[0], 'base64url').toString('utf8')) as { alg?: unknown }
    return typeof header.alg === 'string' && header.alg.toLowerCase() !== 'none'
  } catch {
    return false
  }
}

const notPlaceholder = (value: string) => !isPlaceholder(value)

/** Environment files that document the variables instead of holding them: `.env.example`, ... */
export const EXAMPLE_ENV_SUFFIXES = ['example', 'sample', 'template', 'dist', 'defaults'] as const
export const EXAMPLE_ENV_NAMES: readonly string[] = EXAMPLE_ENV_SUFFIXES.map((suffix) => `.env.${suffix}`)

/**
 * Env-like files, where `KEY=value` lines are read as configuration: `.env`,
 * `.env.*`, `.env-*`, `*.env`, `.envrc`, `env.local`/`env.production`. Not their
 * templates (`.env.example`, `.sample`, `.template`, `.dist`, `.defaults`), which
 * hold placeholders by design.
 */
export const ENV_FILE = /(?:^|\/)(?:\.env(?:[.-][^/]*)?|[^/]+\.env|\.envrc|env\.(?:local|dev|development|prod|production|stage|staging|test|testing|ci|preview)(?:\.local)?)$/i
const ENV_TEMPLATE = new RegExp(`(?:^|[.-])(?:${[...EXAMPLE_ENV_SUFFIXES, 'default', 'tpl'].join('|')})(?:[.-][^/]*)?$`, 'i')
const envFile = { test: (path: string) => ENV_FILE.test(path) && !ENV_TEMPLATE.test(path.slice(path.lastIndexOf('/') + 1)) }

/** A `KEY=value` value that reads like a credential, not a setting or a reference. */
function isEnvCredential(value: string): boolean {
  if (value.startsWith('$') || isPlaceholder(value)) return false
  if (/^(?:true|false|null|none|undefined|yes|no|on|off)$/i.test(value) || /^[0-9.]+$/.test(value)) return false
  if (/^[a-z]+(?:[._-][a-z0-9]+)+$/i.test(value) || /^https?:\/\//i.test(value)) return false // an identifier, a URL (its password is judged on its own)
  return entropy(value) >= 3 && (characterClasses(value) >= 2 || value.length >= 20)
}

/** Hosts a connection URL names when it is an example or a local default, not a server with a password worth stealing. */
const LOCAL_HOST = /^(?:localhost|.*\.localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\]|host\.docker\.internal|[^.]+|(?:.*\.)?example(?:\.(?:com|org|net))?|.*\.(?:test|invalid|local|example))$/i
/** Passwords that are defaults and placeholders: `user:password@`, `postgres:postgres@`. */
const DEFAULT_PASSWORD = /^(?:pass(?:word)?|passwd|pwd|secret|changeme|admin|root|guest|test|demo|user(?:name)?|login|foo|bar|baz|qwerty|letmein|postgres|mysql|mariadb|redis|mongo(?:db)?|rabbitmq|sa|default|foobared)[0-9!._-]*$/i
/** Documentation: its connection URLs are examples (`redis://alice:foobared@awesome.redis.server`), what docs are made of. */
const DOCUMENTATION = /\.(?:md|markdown|mdx|rst|adoc|asciidoc)$|(?:^|\/)(?:README|CHANGELOG|HISTORY|CHANGES)[^/]*$/i

/** The password of a connection URL (`postgres://user:pass@host`) that is neither local, an example, nor a placeholder. */
function isUrlCredential(value: string, match: RegExpExecArray): boolean {
  const { user = '', host = '' } = match.groups ?? {}
  if (LOCAL_HOST.test(host) || value.length < 6 || value === user || (characterClasses(value) < 2 && value.length < 12)) return false
  if (/^[$%<{[*(]/.test(value) || /\[\^|\(\?|\\|\$\{|\{\{|%s|%\(/.test(value) || /^\$|^<|^\{/.test(user)) return false
  return !DEFAULT_PASSWORD.test(value) && !isPlaceholder(value) && !isPlaceholder(user)
}

/** In order of priority: a file with several kinds is reported under the first. */
export const SECRET_PATTERNS: readonly SecretPattern[] = [
  {
    kind: 'private-key',
    label: 'private key',
    // Line breaks as written (CRLF, trailing spaces), or escaped inside a JSON or JS string (`\n`, `\\n`),
    // as a Google Cloud service-account.json holds its key; `\/` where JSON escapes slashes. Not spaces for
    // line breaks: that is how docs write a shortened example (twilio's `-----BEGIN RSA PRIVATE KEY----- MIIE...`).
    regex:
      /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----(?:[ \t]*(?:[\r\n]|\\{1,4}[rn]))+(?:[A-Za-z-]+: [^\r\n\\]*(?:[ \t]*(?:[\r\n]|\\{1,4}[rn]))+)*((?:[A-Za-z0-9+=]|\\?\/){32,})/,
  },
  {
    kind: 'aws-access-key',
    label: 'AWS access key id',
    // Bounded by what cannot be base64 either: a base64 blob (an inlined wasm module) holds such runs by chance.
    regex: /(?<![A-Za-z0-9+/])((?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Za-z0-9+/=])/,
    accept: notPlaceholder,
  },
  {
    kind: 'aws-secret-key',
    label: 'AWS secret access key',
    regex: /aws_?secret_?(?:access_?)?key["']?\s*[:=]\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/i,
    accept: (value) => notPlaceholder(value) && entropy(value) >= 4,
  },
  {
    kind: 'github-token',
    label: 'GitHub token',
    regex: /(?<![A-Za-z0-9_])(gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_])/,
    accept: (value) => notPlaceholder(value) && entropy(value) >= 3,
  },
  {
    kind: 'npm-token',
    label: 'npm access token',
    regex: /(?<![A-Za-z0-9_])(npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/,
    accept: (value) => notPlaceholder(value) && entropy(value) >= 3,
  },
  {
    kind: 'slack-webhook',
    label: 'Slack webhook URL',
    regex: /(https:\/\/hooks\.slack\.com\/(?:services|workflows)\/[A-Za-z0-9_]{8,}\/[A-Za-z0-9_]{8,}\/[A-Za-z0-9_]{16,})/,
    accept: notPlaceholder,
  },
  {
    kind: 'slack-token',
    label: 'Slack token',
    regex: /(?<![A-Za-z0-9])(xox[baprs]-[0-9]{6,}-[0-9A-Za-z-]{10,})(?![A-Za-z0-9-])/,
    accept: notPlaceholder,
  },
  {
    kind: 'stripe-live-key',
    label: 'Stripe live key',
    regex: /(?<![A-Za-z0-9])((?:sk|rk)_live_[0-9a-zA-Z]{24,99})(?![A-Za-z0-9])/,
    accept: notPlaceholder,
  },
  {
    kind: 'google-api-key',
    label: 'Google API key',
    regex: /(?<![A-Za-z0-9_-])(AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])/,
    accept: (value) => notPlaceholder(value) && entropy(value) >= 3.5,
  },
  {
    kind: 'jwt',
    label: 'signed JSON Web Token',
    regex: /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,})(?![A-Za-z0-9_-])/,
    accept: (value) => decodesToJwtHeader(value) && !isPlaceholder(value),
  },
  {
    kind: 'npmrc-auth',
    rule: 'npm-token',
    label: 'registry credential in .npmrc',
    regex: /_(?:authToken|auth|password)\s*=\s*(?!\$\{)["']?([^\s"'$]{8,})/,
    pathFilter: /(?:^|\/)\.npmrc$/,
    accept: notPlaceholder,
  },
  {
    kind: 'url-credential',
    label: 'password in a connection URL',
    regex: /(?<![A-Za-z0-9+.-])(?<scheme>[A-Za-z][A-Za-z0-9+.-]{0,30}):\/\/(?<user>[^\s:@/?#"'`<>\\]{1,128}):(?<value>[^\s@/?#"'`<>\\]{1,256})@(?<host>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_~%-]+(?:\.[A-Za-z0-9_~%-]+)*)/,
    accept: isUrlCredential,
    pathFilter: { test: (path: string) => !DOCUMENTATION.test(path) },
  },
  {
    kind: 'generic-assignment',
    label: 'hard-coded credential',
    // As gitleaks' generic rule: a token-shaped value (no spaces, no `?`), 12+ characters.
    regex: /(?:password|passwd|secret|token|api[_-]?key|access[_-]?key|auth[_-]?key|client[_-]?secret)["']?\s*[:=]\s*["'`]([\w.=+/!#%@-]{12,200})["'`]/i,
    // Code is full of `token = "someIdentifier"`: a credential has digits and letters, and enough entropy.
    accept: (value) => notPlaceholder(value) && entropy(value) >= 3.5 && characterClasses(value) >= 2 && /[0-9]/.test(value) && /[A-Za-z]/.test(value) && !/^[a-z]+(?:[._-][a-z0-9]+)+$/i.test(value),
    rejectOnLine: EXAMPLE_OR_LOCAL_LINE,
  },
  {
    kind: 'generic-assignment',
    label: 'hard-coded credential',
    // `KEY=value` lines of env-like files, quoted or not: `DB_PASSWORD=s3cr3t-Pa55`, `export API_TOKEN=...`.
    regex: /(?:^|[\r\n])[ \t]*(?:export[ \t]+)?[A-Za-z0-9_.-]*(?:password|passwd|secret|token|api[_-]?key|access[_-]?key|auth[_-]?key)[A-Za-z0-9_.-]*[ \t]*=[ \t]*["']?(?<value>[^\s"'`]{8,256})/i,
    pathFilter: envFile,
    accept: isEnvCredential,
  },
]

/**
 * A literal every secret of some kinds contains, and what the scanner looks for
 * first. `pair` is the literal's rarest two characters: the scanner's first pass
 * looks only for those (see src/inspect/secret-scanner.ts). Each was picked as the
 * least frequent pair of its literal in 265 MB of real packages (the newest
 * release of each package in scripts/tune-defaults.mjs).
 */
export interface Anchor {
  literal: string
  /** Two characters of `literal`, compared like the literal. */
  pair: string
  /** Letters match in any case (credential keywords: `apiKey`, `API_KEY`). */
  anyCase?: boolean
  /**
   * What must follow the literal for a hit to be judged: an assignment after a
   * credential keyword (`token = `, `"password":`), or a URL's `user:password@`
   * after `://`. Checked on the bytes, before any pattern runs.
   */
  follow?: 'assignment' | 'userinfo'
  /** The kinds whose patterns run on the window around a hit. */
  kinds: readonly string[]
}

const KEYWORD_KINDS = ['aws-secret-key', 'generic-assignment']

const literals = (kinds: readonly string[], entries: Array<[string, string]>, extra: Partial<Anchor> = {}): Anchor[] =>
  entries.map(([literal, pair]) => ({ literal, pair, kinds, ...extra }))

/** Where to look: the literal prefixes of the shapes above, and the credential keywords of the assignment shapes. */
export const ANCHORS: readonly Anchor[] = [
  ...literals(['aws-access-key'], [['AKIA', 'KI'], ['ASIA', 'SI'], ['ABIA', 'BI'], ['ACCA', 'CC']]),
  ...literals(['github-token'], [['ghp_', 'hp'], ['gho_', 'o_'], ['ghu_', 'u_'], ['ghs_', 'hs'], ['ghr_', 'r_'], ['github_pat_', 'b_']]),
  ...literals(['npm-token'], [['npm_', 'm_']]),
  ...literals(['slack-token'], [['xoxb-', 'xb'], ['xoxa-', 'xo'], ['xoxp-', 'xo'], ['xoxr-', 'xr'], ['xoxs-', 'xs']]),
  ...literals(['slack-webhook'], [['hooks.slack.com', 'sl']]),
  ...literals(['stripe-live-key'], [['sk_live_', '_l'], ['rk_live_', '_l']]),
  ...literals(['google-api-key'], [['AIza', 'Iz']]),
  ...literals(['private-key'], [['-----BEGIN', '-B']]),
  ...literals(['jwt'], [['eyJ', 'yJ']]),
  ...literals(['npmrc-auth'], [['_auth', '_a']]),
  ...literals(['url-credential'], [['://', ':/']], { follow: 'userinfo' }),
  ...literals(
    KEYWORD_KINDS,
    [
      ['password', 'sw'],
      ['passwd', 'wd'],
      ['secret', 'cr'],
      ['token', 'ok'],
      ['apikey', 'ik'],
      ['api_key', 'i_'],
      ['api-key', '-k'],
      ['accesskey', 'cc'],
      ['access_key', '_k'],
      ['access-key', '-k'],
      ['authkey', 'hk'],
      ['auth_key', '_k'],
      ['auth-key', '-k'],
    ],
    { anyCase: true, follow: 'assignment' },
  ),
]

/** Files that are secrets by their nature, whatever they hold. */
export const SECRET_FILES: ReadonlyArray<{ pattern: RegExp; what: string }> = [
  { pattern: new RegExp(`(?:^|/)\\.env(?:[._-](?!(?:${EXAMPLE_ENV_SUFFIXES.join('|')})$)[^/]+)?$`), what: 'an environment file' },
  // `production.env`, `env.local`, `.env-dylan`: the names of real leaks, not only `.env` and `.env.*`.
  { pattern: /(?:^|\/)(?:(?![^/]*(?:example|sample|template)[^/]*$)[^/]+\.env|env\.(?:local|development|production|staging|test|prod|dev))$/i, what: 'an environment file' },
  { pattern: /(?:^|\/)(?:id_rsa|id_dsa|id_ecdsa|id_ed25519)$|\.(?:pem|key|p12|pfx)$/i, what: 'a private key or certificate store' },
  { pattern: /(?:^|\/)\.git-credentials$/, what: 'a git credential store' },
  { pattern: /(?:^|\/)\.aws\/credentials$/, what: 'an AWS credentials file' },
  { pattern: /(?:^|\/)application_default_credentials\.json$/, what: 'a Google Cloud credentials file' },
]

/** Paths whose secrets are most likely test data: reported as warnings. */
export const TEST_CONTEXT = /(?:^|\/)(?:test|tests|__tests__|spec|__mocks__|fixtures|__fixtures__)\/|\.(?:test|spec)\.[cm]?[jt]sx?$/
