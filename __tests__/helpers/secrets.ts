/**
 * Made-up credentials in the real shapes, from a seeded generator: never real
 * secrets, the same on every run.
 */
let seed = 0x2f6e2b1
function random(): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff
  return seed / 0x7fffffff
}

function pick(alphabet: string, length: number): string {
  let out = ''
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)]
  return out
}

const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789'
const UPPER32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
const B64 = `${ALNUM}+/`
const URLSAFE = `${ALNUM}-_`

const b64url = (value: string) => Buffer.from(value).toString('base64url')

export const FAKE = {
  awsKeyId: `AKIA${pick(UPPER32, 16)}`,
  awsSecret: pick(B64, 40),
  github: `ghp_${pick(ALNUM, 36)}`,
  githubFineGrained: `github_pat_${pick(ALNUM, 22)}_${pick(ALNUM, 59)}`,
  npm: `npm_${pick(ALNUM, 36)}`,
  slackToken: `xoxb-${pick('0123456789', 11)}-${pick('0123456789', 12)}-${pick(ALNUM, 24)}`,
  slackWebhook: `https://hooks.slack.com/services/T${pick(UPPER32, 10)}/B${pick(UPPER32, 10)}/${pick(ALNUM, 24)}`,
  stripe: `sk_live_${pick(ALNUM, 32)}`,
  google: `AIza${pick(URLSAFE, 35)}`,
  jwt: `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url(`{"sub":"${pick(ALNUM, 10)}","name":"Ann"}`)}.${pick(URLSAFE, 43)}`,
  password: pick(`${ALNUM}!#%`, 24),
  pemBody: Array.from({ length: 8 }, () => pick(B64, 64)).join('\n'),
}

export const PEM = `-----BEGIN RSA PRIVATE KEY-----\n${FAKE.pemBody}\n-----END RSA PRIVATE KEY-----\n`

/** Every raw value above, to prove none reaches an output. */
export const ALL_VALUES: string[] = [...Object.values(FAKE)]
