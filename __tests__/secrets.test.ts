import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readTarballFile } from '../src/adapters/tarball-reader.js'
import { check } from '../src/check.js'
import { analyzePackage } from '../src/core/analyze.js'
import { DEFAULT_POLICY, type Policy } from '../src/core/policy.js'
import { RULES } from '../src/core/rules/index.js'
import { anyOf, secretFileNature } from '../src/core/rules/secret-verdicts.js'
import { SECRET_FILES } from '../src/core/secrets/patterns.js'
import type { PackageSnapshot } from '../src/core/types.js'
import { SecretScanner, fingerprint } from '../src/inspect/secret-scanner.js'
import { cli } from './helpers/cli.js'
import { ALL_VALUES, FAKE, PEM } from './helpers/secrets.js'
import { type SnapshotFile, snapshot } from './helpers/snapshot.js'
import { tempDir, writeTarball } from './helpers/tarball.js'

function scan(path: string, text: string | Buffer, chunk = Infinity, maxBytes?: number) {
  const scanner = new SecretScanner(path, maxBytes)
  const data = Buffer.from(text)
  const step = Number.isFinite(chunk) ? chunk : Math.max(1, data.length)
  for (let i = 0; i < data.length; i += step) scanner.write(data.subarray(i, i + step))
  return scanner.end()
}

const kinds = (path: string, text: string) => (scan(path, text)?.matches ?? []).map((m) => m.kind)
const kinds2 = (facts: ReturnType<typeof scan>) => (facts?.matches ?? []).map((m) => m.kind)

describe('SecretScanner: each kind', () => {
  it.each([
    ['private-key', 'key.txt', `x\n${PEM}`],
    ['aws-access-key', 'a.js', `const id = "${FAKE.awsKeyId}"`],
    ['aws-secret-key', 'a.ini', `aws_secret_access_key = ${FAKE.awsSecret}`],
    ['github-token', 'a.js', `fetch(u, { headers: { authorization: "Bearer ${FAKE.github}" } })`],
    ['github-token', 'a.js', `const t = '${FAKE.githubFineGrained}'`],
    ['npm-token', 'a.sh', `echo ${FAKE.npm}`],
    ['slack-token', 'a.js', `new WebClient("${FAKE.slackToken}")`],
    ['slack-webhook', 'a.js', `post("${FAKE.slackWebhook}")`],
    ['stripe-live-key', 'a.js', `stripe("${FAKE.stripe}")`],
    ['google-api-key', 'a.js', `key: "${FAKE.google}"`],
    ['jwt', 'a.js', `const session = "${FAKE.jwt}"`],
    ['generic-assignment', 'a.js', `const config = { password: "${FAKE.password}" }`],
    ['npmrc-auth', '.npmrc', `//registry.example.org/:_authToken=${FAKE.password}`],
  ])('finds %s', (kind, path, text) => {
    expect(kinds(path, text)).toEqual([kind])
  })

  it('finds every secret at every chunk split, with its line', () => {
    const text = `line1\nconst a = "${FAKE.github}"\n\n${FAKE.awsKeyId} ${FAKE.stripe}\n${PEM}`
    const expected = [
      ['github-token', 2],
      ['aws-access-key', 4],
      ['stripe-live-key', 4],
      ['private-key', 5],
    ]
    for (const size of [1, 2, 3, 5, 8, 13, 64, 700, Infinity]) {
      expect((scan('a.js', text, size)?.matches ?? []).map((m) => [m.kind, m.line]), `chunk ${size}`).toEqual(expected)
    }
  })

  it('keeps only a redacted form: kind, line, first 4 characters, fingerprint', () => {
    const [match] = scan('a.js', `x = "${FAKE.github}"`)!.matches
    expect(match).toEqual({ kind: 'github-token', line: 1, preview: 'ghp_', fingerprint: fingerprint(FAKE.github) })
    expect(match.fingerprint).toMatch(/^sha256:[0-9a-f]{12}$/)
    // The raw value travels only in `values`, the action's list of what to mask; each scanner has its own.
    const facts = scan('a.js', `x = "${FAKE.github}"\ny = "${FAKE.github}"`)!
    expect(facts.values).toEqual([FAKE.github])
    expect(JSON.stringify(facts.matches)).not.toContain(FAKE.github.slice(4))
    expect(scan('b.js', 'nothing here')?.values).toBeUndefined()
  })

  it.each([
    ['AWS documented examples', `AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`],
    ['environment reads', 'const token = process.env.NPM_TOKEN\nconst password = process.env.DB_PASSWORD'],
    ['a .npmrc that reads the environment', '//registry.npmjs.org/:_authToken=${NPM_TOKEN}'],
    ['placeholders', 'password: "<your-password-here>"\ntoken = "xxxxxxxxxxxxxxxxxxxx"\napi_key: "YOUR_API_KEY_GOES_HERE"'],
    ['identifiers', 'const TOKEN_KEY = "auth.token.refresh-key"\nthrow new Error("password.too-short")'],
    ['integrity strings and hashes', '"integrity": "sha512-9u/XQ1pvrQtYyMpZe7DXKv2p5CNvyVwzUB6uhLAnQwHMSgKMBR62lc7AHljaeteeHXn11XTAaLLUVZYAtn1V/w=="\n"shasum": "3c8f2ddc4cc2ad0db0bb10d5c2e7f69ab2f1e0c9"'],
    ['data URIs in minified code', `var i="data:image/png;base64,${Buffer.alloc(600, 7).toString('base64')}";var t=function(e){return e.token}`],
    ['UUIDs', 'id: "3f2504e0-4f89-41d3-9a0c-0305e82c3301", secretId: "c56a4180-65aa-42ec-a945-5fd21dec0538"'],
    ['a shortened key in API docs (twilio)', '/** For example, `-----BEGIN RSA PRIVATE KEY----- MIIEpQIBAAKCAQEAuyf/lNrH9ck8DmNyo3fGgvCI1l9s+cmBY3WIz+cUDqmxiieR. -----END RSA PRIVATE KEY-----` */'],
    ['an unsigned JWT', `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"123456789"}').toString('base64url')}.`],
  ])('stays quiet on %s', (_name, text) => {
    expect(scan('dist/index.js', text)).toBeUndefined()
  })

  it('skips binary files and says when a file was only partly scanned', () => {
    expect(scan('a.png', Buffer.concat([Buffer.from([0x89, 0x50, 0, 0]), Buffer.from(FAKE.github)]))).toBeUndefined()
    const big = `${'a'.repeat(1000)}\nx = "${FAKE.github}"`
    expect(scan('a.js', big, 100, 500)).toEqual({ matches: [], partial: 'size' })
  })

  it('calls a file binary by its first 8 KiB, however the stream splits it', () => {
    // Text with a token, then a NUL within the first 8 KiB: binary, whether the NUL comes in the first chunk or a later one.
    const text = Buffer.concat([Buffer.from(`x = "${FAKE.github}"\n`), Buffer.alloc(600, 0x61), Buffer.from([0]), Buffer.alloc(100, 0x62)])
    for (const chunk of [Infinity, 512, 64, 1]) expect(scan('lib/blob', text, chunk), `chunks of ${chunk}`).toBeUndefined()
    for (const chunk of [Infinity, 512, 1]) expect(scan('lib/blob', text, chunk, 16), `chunks of ${chunk}, cut at 16 bytes`).toBeUndefined()
    // A NUL after the first 8 KiB does not make it binary.
    const late = Buffer.concat([text.subarray(0, 100), Buffer.alloc(9000, 0x61), Buffer.from([0])])
    for (const chunk of [Infinity, 4096, 100]) expect(kinds2(scan('lib/blob', late, chunk)), `chunks of ${chunk}`).toEqual(['github-token'])
  })
})

describe('SecretScanner: tuned on real releases', () => {
  it.each([
    ['a documented example in a JSDoc comment', 'index.d.ts', `/**\n * @example\n *   createClient({ token: "${FAKE.password}" })\n */`],
    ['a comment line', 'lib/a.js', `// apiKey = "${FAKE.password}"`],
    ['a local Docker database in a stress test', 'scripts/stress.js', `const db = { host: 'localhost', password: "${FAKE.password}" }`],
    ['a connection on 127.0.0.1', 'bench/run.js', `connect({ host: '127.0.0.1', port: 5432, password: "${FAKE.password}" })`],
    ['a base64 blob (an inlined wasm module) that holds an AKIA run by chance', 'runtime/query.wasm-base64.js', `const wasm = "abc+/${FAKE.awsKeyId}q9+Zx"`],
  ])('drops %s', (_name, path, text) => {
    expect(kinds(path, text)).toEqual([])
  })

  it('still finds the same credential in code', () => {
    expect(kinds('lib/client.js', `const client = { host: 'db.internal', password: "${FAKE.password}" }`)).toEqual(['generic-assignment'])
    expect(kinds('lib/aws.js', `const id = "${FAKE.awsKeyId}"`)).toEqual(['aws-access-key'])
  })
})

describe('SecretScanner: streaming', () => {
  // Pieces a file is made of: secrets, near misses that share their anchors, and filler.
  const PIECES = [
    `"${FAKE.github}"`,
    `${FAKE.awsKeyId} `,
    `aws_secret_access_key = ${FAKE.awsSecret}\n`,
    `{ password: "${FAKE.password}" }`,
    `'${FAKE.jwt}'`,
    `(${FAKE.stripe})`,
    `"${FAKE.google}"`,
    `${FAKE.npm};`,
    `post("${FAKE.slackWebhook}")`,
    `new WebClient("${FAKE.slackToken}")`,
    PEM,
    JSON.stringify({ private_key: PEM }),
    '"postgres://app:Vb7mQ2xR9kLp@db.acme-corp.com/app" ',
    'https://github.com/a/b ',
    'token = process.env.TOKEN\n',
    'const tokenizer = token => token.value; ',
    'eyJ',
    'AKIA',
    'ghp_',
    '-----BEGIN ',
    'secret: x, ',
    'ok cr xo yJ sw _k hp ',
    '\n',
    '\r\n',
    'function f(a, b) { return a + b }\n',
    'é€ ',
  ]
  const file = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''))

  it('finds the same secrets, on the same lines, however the bytes are split (fast-check)', () => {
    fc.assert(
      fc.property(file, fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 3 }), (text, sizes, offset) => {
        const whole = scan('dist/a.js', text)
        const data = Buffer.from(text)
        const scanner = new SecretScanner('dist/a.js')
        // Chunks of varied sizes, each at a varied byteOffset in its buffer, as tar-stream hands them out.
        for (let i = 0, k = 0; i < data.length; k++) {
          const size = sizes[k % sizes.length]
          const padded = Buffer.alloc(size + offset)
          data.copy(padded, offset, i, i + size)
          scanner.write(padded.subarray(offset, offset + Math.min(size, data.length - i)))
          i += size
        }
        expect(scanner.end()).toEqual(whole)
      }),
      { numRuns: 300 },
    )
  })

  it('finds every secret piece with its line', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('\n', 'x = 1;', ' ', 'eyJ', 'token'), { maxLength: 30 }), fc.array(fc.constantFrom('\n', ' ', 'ok'), { maxLength: 10 }), (before, after) => {
        const prefix = before.join('')
        const text = `${prefix}"${FAKE.github}"${after.join('')}`
        const line = prefix.split('\n').length
        expect(scan('dist/a.js', text, 7)?.matches).toEqual([expect.objectContaining({ kind: 'github-token', line })])
      }),
      { numRuns: 200 },
    )
  })

  it('stops early on a file dense with anchors, and says so', () => {
    const dense = `${'eyJ'.repeat(200_000)}\n"${FAKE.github}"`
    const facts = scan('dist/blob.js', dense, 65536)
    expect(facts?.partial).toBe('dense')
    // Anchors spread as in real code are judged to the end.
    const sparse = `${`token = "x"\n${'a'.repeat(300)}`.repeat(2000)}"${FAKE.github}"`
    expect(scan('dist/a.js', sparse, 65536)).toEqual({ matches: [expect.objectContaining({ kind: 'github-token', line: 2001 })], values: [FAKE.github] })
  })
})

const BASE: SnapshotFile[] = [['package.json', '{"name":"p","version":"1.0.0"}'], ['dist/index.js', 'export {}\n']]

function findings(before: PackageSnapshot | null, after: PackageSnapshot, policy: Policy = DEFAULT_POLICY) {
  return analyzePackage({ before, after, baseline: { version: before?.version ?? null, source: 'x' }, policy }).findings
}

describe('secrets rules', () => {
  const cases: Array<[string, SnapshotFile]> = [
    ['secrets/private-key', ['certs/ca.txt', PEM]],
    ['secrets/aws-access-key', ['dist/aws.js', `k="${FAKE.awsKeyId}"`]],
    ['secrets/aws-secret-key', ['dist/aws.ini', `aws_secret_access_key=${FAKE.awsSecret}`]],
    ['secrets/github-token', ['dist/gh.js', `t="${FAKE.github}"`]],
    ['secrets/npm-token', ['dist/npm.sh', FAKE.npm]],
    ['secrets/slack-webhook', ['dist/s.js', FAKE.slackWebhook]],
    ['secrets/slack-token', ['dist/t.js', `"${FAKE.slackToken}"`]],
    ['secrets/stripe-live-key', ['dist/p.js', `"${FAKE.stripe}"`]],
    ['secrets/google-api-key', ['dist/g.js', `"${FAKE.google}"`]],
    ['secrets/jwt', ['dist/j.js', `"${FAKE.jwt}"`]],
    ['secrets/generic-assignment', ['dist/c.js', `password: "${FAKE.password}"`]],
    ['secrets/url-credential', ['dist/db.js', 'const url = "postgres://app:Vb7mQ2xR9kLp@db.acme-corp.com/app"']],
    ['secrets/file', ['.env', 'DEBUG=1\n']],
    ['secrets/partial-scan', ['dist/huge.js', 70 * 1024 * 1024]],
  ]

  it.each(cases)('%s fires once, on the file', (rule, file) => {
    const after = snapshot([...BASE, file])
    if (rule === 'secrets/partial-scan') after.files.at(-1)!.facts.secrets = { matches: [], partial: 'size' }
    const found = findings(snapshot(BASE), after).filter((f) => f.rule.startsWith('secrets/'))
    expect(found.map((f) => [f.rule, f.path])).toEqual([[rule, file[0]]])
  })

  it('covers every secrets rule', () => {
    const ids = RULES.map((r) => r.id).filter((id) => id.startsWith('secrets/'))
    expect(ids.filter((id) => !cases.some(([rule]) => rule === id))).toEqual([])
  })

  it('judges values, not file sizes: an old value in a changed file is one warning "already public", a new one an error', () => {
    const leaked: SnapshotFile = ['dist/gh.js', `t="${FAKE.github}"`]
    expect(findings(snapshot([...BASE, leaked]), snapshot([...BASE, leaked]))).toEqual([])
    const moved = findings(snapshot([...BASE, leaked], { version: '1.0.0' }), snapshot([...BASE, ['dist/gh.js', `let t = "${FAKE.github}"`]]))
    // The file held the value before and only changed around it: a notice, not the same warning at every release.
    expect(moved).toHaveLength(1)
    expect(moved[0]).toMatchObject({ rule: 'secrets/github-token', severity: 'notice', details: { alreadyPublicSince: '1.0.0', newValues: 0 } })
    expect(moved[0].message).toContain('Already public since 1.0.0: rotate it.')
    // The same old value in another file is one warning, still not a new error.
    const copied = findings(snapshot([...BASE, leaked], { version: '1.0.0' }), snapshot([...BASE, leaked, ['lib/copy.js', `t="${FAKE.github}"`]]))
    expect(copied.map((f) => [f.path, f.severity])).toEqual([['lib/copy.js', 'warning']])
    // A new value next to the old one is an error, and says the old one is public too.
    const added = findings(snapshot([...BASE, leaked], { version: '1.0.0' }), snapshot([...BASE, ['dist/gh.js', `t="${FAKE.github}"\nnpm="${FAKE.npm}"`]]))
    expect(added).toEqual([expect.objectContaining({ rule: 'secrets/npm-token', severity: 'error', details: expect.objectContaining({ newValues: 1 }) })])
    expect(added[0].message).toContain('1 more value(s) in it were already public since 1.0.0')
  })

  it('documentation: a generic example is a notice, a demo key or sample token a warning, a GitHub token still an error', () => {
    const severityOf = (file: SnapshotFile) => findings(snapshot(BASE), snapshot([...BASE, file])).map((f) => `${f.severity} ${f.rule}`)
    expect(severityOf(['docs/auth.md', `client({ apiKey: "${FAKE.password}" })`])).toEqual(['notice secrets/generic-assignment'])
    expect(severityOf(['docs/maps.md', `<script src="https://maps.example.com/api?key=${FAKE.google}">`])).toEqual(['warning secrets/google-api-key'])
    expect(severityOf(['types/index.d.ts', `const t = "${FAKE.jwt}"`])).toEqual(['warning secrets/jwt'])
    expect(severityOf(['README.md', `export GH=${FAKE.github}`])).toEqual(['error secrets/github-token'])
  })

  it('an example already public in the documentation stays a notice when its file changes', () => {
    const example = (extra: string): SnapshotFile => ['apis/s3.examples.json', `{"password": "${FAKE.password}"${extra}}`]
    const found = findings(snapshot([...BASE, example('')], { version: '1.0.0' }), snapshot([...BASE, example(', "more": 1')]))
    expect(found.map((f) => [f.severity, f.rule])).toEqual([['notice', 'secrets/generic-assignment']])
  })

  it('demotes generic credentials in scripts and benchmarks to warnings', () => {
    expect(findings(snapshot(BASE), snapshot([...BASE, ['scripts/seed.js', `const cfg = { password: "${FAKE.password}" }`]])).map((f) => f.severity)).toEqual(['warning'])
  })

  it('demotes secrets in test code to warnings', () => {
    const found = findings(snapshot(BASE), snapshot([...BASE, ['test/fixtures/auth.js', `t="${FAKE.github}"`]]))
    expect(found.find((f) => f.rule === 'secrets/github-token')).toMatchObject({ severity: 'warning' })
  })

  it('allows a secret by fingerprint, with the reason shown', () => {
    const policy: Policy = { ...DEFAULT_POLICY, secretAllow: [{ fingerprint: fingerprint(FAKE.github), reason: 'revoked demo token' }] }
    const [finding] = findings(snapshot(BASE), snapshot([...BASE, ['dist/gh.js', `t="${FAKE.github}"`]]), policy)
    expect(finding.suppressed).toEqual({ by: 'config', reason: 'revoked demo token' })
  })
})

describe('secret files by name: one pass for most names', () => {
  it('anyOf is true exactly when one of the patterns matches, whatever their flags mix', () => {
    // A case-sensitive lookahead beside a case-insensitive pattern: joining all under `i` would lose `.env.EXAMPLE`.
    const patterns = [/(?:^|\/)\.env(?:\.(?!example$)[^/]+)?$/, /\.(?:pem|key)$/i, /^id_rsa$/, /credentials$/m]
    const texts = ['.env', '.env.example', '.env.EXAMPLE', 'a/.env.local', 'X.PEM', 'a.Key', 'id_rsa', 'ID_RSA', 'x\ncredentials\ny', 'readme.md', '']
    const any = anyOf(patterns)
    for (const text of texts) expect(any(text), JSON.stringify(text)).toBe(patterns.some((pattern) => pattern.test(text)))
    expect(texts.filter(any)).toEqual(['.env', '.env.EXAMPLE', 'a/.env.local', 'X.PEM', 'a.Key', 'id_rsa', 'x\ncredentials\ny'])
  })

  it('anyOf rules nothing out for patterns a union would change: groups referred to, or state between calls', () => {
    for (const odd of [/(a)\1/, /(?<x>a)\k<x>/, /a/g, /a/y]) expect(anyOf([/zzz/, odd])('b')).toBe(true)
  })

  it('secretFileNature finds the kind SECRET_FILES.find finds, for every name shape they know', () => {
    const parts = ['', 'a/', 'config/', '.aws/', 'docs/', 'x.env/']
    const names = ['.env', '.env.local', '.env.example', '.env-dylan', '.env_x', 'production.env', 'sample.env', 'env.local', 'env.prod', 'id_rsa', 'id_rsa.pub', 'a.pem', 'a.key', 'a.p12', 'a.pfx', '.git-credentials', 'credentials', 'application_default_credentials.json', 'index.js', '.envrc', 'env', '.ENV', 'A.PEM', 'Production.Env']
    for (const part of parts) {
      for (const name of names) {
        const path = `${part}${name}`
        for (const text of [path, path.toLowerCase()]) expect(secretFileNature(text)?.what, text).toBe(SECRET_FILES.find((entry) => entry.pattern.test(text))?.what)
      }
    }
  })
})

describe('the raw values to mask', () => {
  it('check() hands over every value of both tarballs once, the candidate first, a file npm skips included', async () => {
    const dir = tempDir()
    const before = await writeTarball(dir, 'before.tgz', [{ path: 'a.js', content: `const t = "${FAKE.github}"\n` }, { path: 'b.js', content: `const s = "${FAKE.slackToken}"\n` }], { name: 'p', version: '1.0.0' })
    const after = await writeTarball(
      dir,
      'after.tgz',
      [
        { path: 'a.js', content: `const t = "${FAKE.github}"; const u = "${FAKE.npm}"\n` },
        { path: 'b.js', content: 'export {}\n' },
        { path: 'x/../../outside.js', content: `const k = "${FAKE.awsKeyId}"\n` },
      ],
      { name: 'p', version: '1.1.0' },
    )
    const result = await check({ path: after, baseline: before, noConfig: true, cwd: dir })
    // What every entry of each snapshot holds, in order: the candidate's, then the baseline's.
    const entries = [...(await readTarballFile(after)).files, ...(await readTarballFile(before)).files]
    const expected = [...new Set(entries.flatMap((file) => file.facts.secrets?.values ?? []))]
    expect(result.secretValues).toEqual(expected)
    for (const value of [FAKE.github, FAKE.npm, FAKE.awsKeyId, FAKE.slackToken]) expect(result.secretValues).toContain(value)
  })
})

describe('the four-file release (issue done-when)', () => {
  it('gets exactly four errors, exit 1, and no value in any output', async () => {
    const dir = tempDir()
    const files = [{ path: 'README.md', content: '# p\n' }, { path: 'dist/index.js', content: 'export {}\n' }]
    const before = await writeTarball(dir, 'before.tgz', files, { name: 'p', version: '1.0.0' })
    const after = await writeTarball(dir, 'after.tgz', [
      ...files,
      { path: '.env', content: `AWS_ACCESS_KEY_ID=${FAKE.awsKeyId}\nAWS_SECRET_ACCESS_KEY=${FAKE.awsSecret}\n` },
      { path: '.npmrc', content: `//registry.npmjs.org/:_authToken=${FAKE.npm}\n` },
      { path: 'dist/bundle.js', content: `!function(){var e={auth:"${FAKE.github}"};module.exports=e}();\n` },
      { path: 'certs/server.pem', content: PEM },
    ], { name: 'p', version: '1.1.0' })
    const outputs: string[] = []
    for (const format of ['text', 'json', 'markdown']) {
      const result = await cli(after, '--baseline', before, '--format', format)
      expect(result.code).toBe(1)
      outputs.push(result.stdout + result.stderr)
    }
    const report = JSON.parse(outputs[1])
    const errors = report.packages[0].findings.filter((f: { severity: string }) => f.severity === 'error')
    expect(errors.map((f: { rule: string; path: string }) => `${f.rule} ${f.path}`).sort()).toEqual([
      'secrets/aws-access-key .env',
      'secrets/github-token dist/bundle.js',
      'secrets/npm-token .npmrc',
      'secrets/private-key certs/server.pem',
    ])
    expect(report.counts.error).toBe(4)
    const envFinding = errors.find((f: { path: string }) => f.path === '.env')
    expect(envFinding.details.matches.map((m: { kind: string }) => m.kind)).toEqual(['aws-access-key', 'aws-secret-key'])
    for (const output of outputs) {
      for (const value of ALL_VALUES.filter((v) => [FAKE.awsKeyId, FAKE.awsSecret, FAKE.npm, FAKE.github, FAKE.pemBody].includes(v))) {
        const tail = value.slice(4, 16) // anything past the 4-character preview
        expect(output).not.toContain(tail)
        expect(output).not.toContain(Buffer.from(value).toString('base64').slice(0, 16))
      }
    }
  })
})

describe('generic assignments found on real releases stay quiet', () => {
  it.each([
    ['a parser state name (vite, prettier)', 'nextLastSignificantToken = "?NonExpressionParenEnd";\nlastSignificantToken = "?InterpolationInTemplate";'],
    ['an identifier', 'const tokenType = "punctuatorOpenParen"'],
    ['a version-like value', 'const secretVersion = "v1.2.3-beta.4"'],
  ])('%s', (_name, text) => {
    expect(scan('dist/node.js', text)).toBeUndefined()
  })
})

describe('SecretScanner: shapes a consumer reads (issue 17)', () => {
  const body = FAKE.pemBody.split('\n')
  const pemWith = (lineBreak: string, header = '-----BEGIN PRIVATE KEY-----') => `${header}${lineBreak}${body.join(lineBreak)}${lineBreak}-----END PRIVATE KEY-----${lineBreak}`
  const serviceAccount = JSON.stringify({ type: 'service_account', project_id: 'p-123', private_key_id: 'a1b2', private_key: pemWith('\n'), client_email: 'x@p-123.iam.gserviceaccount.com' }, null, 2)

  it.each([
    ['a Google Cloud service-account.json (escaped \\n in JSON)', 'service-account.json', serviceAccount],
    ['a key in a JS string with \\n escapes', 'dist/config.js', `module.exports = { key: "${pemWith('\\n')}" }`],
    ['a key in a JS string inside a JSON string (\\\\n)', 'dist/app.js.map', JSON.stringify({ sourcesContent: [`const key = "${pemWith('\\n')}"`] })],
    ['a key with \\r\\n escapes', 'dist/a.js', `k = '${pemWith('\\r\\n')}'`],
    ['a header with trailing spaces before CRLF', 'certs/key.txt', pemWith('\r\n', '-----BEGIN RSA PRIVATE KEY-----   ')],
    ['a key whose slashes JSON escapes', 'key.json', `{"k":"${pemWith('\\n').replaceAll('/', '\\/')}"}`],
  ])('finds a private key in %s', (_name, path, text) => {
    for (const size of [7, 64, Infinity]) expect(kinds(path, text), `chunk ${size}`).toContain('private-key')
    expect(scan(path, text, 13)?.matches.find((m) => m.kind === 'private-key')?.line).toBe(text.slice(0, text.indexOf('-----BEGIN')).split('\n').length)
  })

  const envValue = 'Zq8rT4vN2pLw9xKs'
  it.each([
    ['.env', `DEBUG=1\nDB_PASSWORD=${envValue}\n`],
    ['.env.production', `export API_TOKEN=${envValue}`],
    ['config/.env-prod', `SECRET=${envValue} # prod`],
    ['deploy/prod.env', `STRIPE_SECRET_KEY="${envValue}"`],
    ['.envrc', `export GITHUB_TOKEN=${envValue}\n`],
    ['app/env.local', `auth_key = ${envValue}\r\n`],
  ])('finds an unquoted KEY=value credential in the env-like file %s', (path, text) => {
    expect(kinds(path, text)).toEqual(['generic-assignment'])
  })

  it.each([
    ['a script', 'dist/a.js', `DB_PASSWORD=${envValue}`],
    ['a README', 'README.md', `DB_PASSWORD=${envValue}`],
    ['an env template', '.env.example', `DB_PASSWORD=${envValue}`],
    ['a sample env file', 'sample.env', `API_TOKEN=${envValue}`],
    ['references and settings', '.env', 'DB_PASSWORD=${DB_PASSWORD}\nTOKEN=$GITHUB_TOKEN\nSECRET_ENABLED=true\nTOKEN_TTL=3600000\nTOKEN_HEADER=x-auth-token\nPASSWORD_URL=https://example.com/reset'],
    ['placeholders', 'prod.env', 'API_KEY=your-api-key-here\nSECRET=changeme\nPASSWORD=xxxxxxxxxxxx\nTOKEN=<token>'],
  ])('stays quiet on KEY=value in %s', (_name, path, text) => {
    expect(scan(path, text)).toBeUndefined()
  })

  const password = 'Vb7mQ2xR9kLp'
  it.each([
    ['postgres', `const db = "postgres://app:${password}@db.prod.acme-corp.com:5432/app"`],
    ['mongodb+srv', `uri: 'mongodb+srv://admin:${password}@cluster0.ab1cd.mongodb.net/test'`],
    ['redis after KEY=', `REDIS_URL=rediss://default:${password}@redis-12345.c1.us-east-1.ec2.cloud.redislabs.com:6379`],
    ['amqp', `amqp://svc:${password}@10.0.4.17/vhost`],
    ['https basic auth', `fetch("https://deploy:${password}@registry.acme-corp.io/v2/")`],
  ])('finds a password in a %s connection URL', (_name, text) => {
    expect(kinds('dist/db.js', text)).toEqual(['url-credential'])
    expect(scan('dist/db.js', text, 5)?.matches[0]).toMatchObject({ kind: 'url-credential', preview: password.slice(0, 4), fingerprint: fingerprint(password) })
  })

  it.each([
    ['localhost', `postgres://app:${password}@localhost:5432/app`],
    ['127.0.0.1', `mysql://root:${password}@127.0.0.1/db`],
    ['a docker-compose service name', `postgres://app:${password}@db:5432/app\nredis://u:${password}@redis`],
    ['host.docker.internal', `postgres://app:${password}@host.docker.internal/app`],
    ['an example host', `postgres://app:${password}@db.example.com/app\nhttps://u:${password}@example.org/`],
    ['user:password@', 'postgres://user:password@prod-db.acme-corp.com/app'],
    ['a template', 'const url = `postgres://${user}:${password}@${host}/db`'],
    ['a ${PASSWORD} reference', 'DATABASE_URL=postgres://app:${PASSWORD}@db.acme-corp.com/app'],
    ['a <password> placeholder', 'mongodb://<user>:<password>@cluster.mongodb.net'],
    ['a default password', 'amqp://guest:guest@rabbit.acme-corp.com\npostgres://postgres:postgres@db.acme-corp.com'],
    ['a regular expression in a string', 'new RegExp("^(\\\\w+)://([^:]+):([^@]+)@(.+)$")'],
    ['a URL without a password', 'git+ssh://git@github.com/a/b.git\nhttps://user@host.acme-corp.com/'],
    ['a port, not a password', 'see http://registry.acme-corp.com:4873/@scope%2fpkg'],
    ['the Redis docs example (redis)', 'url: "redis://alice:foobared@awesome.redis.server:6380"'],
    ['a weak word for a password', 'amqp://app:secret123@mq.acme-corp.com'],
  ])('stays quiet on a connection URL with %s', (_name, text) => {
    expect(scan('dist/db.js', text)).toBeUndefined()
  })

  it('reads connection URLs in documentation as examples', () => {
    const text = `postgres://app:${password}@db.prod.acme-corp.com/app`
    expect(scan('README.md', text)).toBeUndefined()
    expect(scan('docs/setup.mdx', text)).toBeUndefined()
    expect(kinds('docs/setup.txt', text)).toEqual(['url-credential'])
  })
})
