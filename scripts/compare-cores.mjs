// Differential check of the analysis: this checkout's core and another's (e.g. a copy of main) analyse the
// same snapshots, and every report must render the same (JSON, Markdown, Markdown cut to fit, text).
// For changes that must keep every finding and report identical. Not part of `npm test`.
//
//   node scripts/compare-cores.mjs --root OTHER generated [--seed N] [--cases N]
//       snapshot pairs built in code: paths every file rule knows (upper case, trailing dots, agents'
//       folders, tarballs, fixtures), repeated paths, reordered and reversed archives, links, odd raw
//       names, source-map, sourceMappingURL and secret facts, and policies with forbidden, allow, expect,
//       severity overrides and secret allows
//   node scripts/compare-cores.mjs --root OTHER corpus
//       every pair of scripts/tune-defaults.mjs's cached corpus (never fetched here), and each candidate
//       as a first release
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { build } from 'esbuild'

const { values, positionals } = parseArgs({ allowPositionals: true, options: { root: { type: 'string' }, seed: { type: 'string' }, cases: { type: 'string' } } })
const [mode] = positionals
if (!values.root || !['generated', 'corpus'].includes(mode)) throw new Error('usage: node scripts/compare-cores.mjs --root OTHER-CHECKOUT generated [--seed N] [--cases N] | corpus')
const HERE = fileURLToPath(new URL('..', import.meta.url))
const entry = `
export { readTarballFile } from './src/adapters/tarball-reader.ts'
export { analyzePackage, buildReport } from './src/core/analyze.ts'
export { DEFAULT_POLICY } from './src/core/policy.ts'
export { renderJson } from './src/report/json.ts'
export { renderMarkdown } from './src/report/markdown.ts'
export { renderText } from './src/report/text.ts'
export { inertJson, inertOutput } from './src/report/escape.ts'
`
const work = mkdtempSync(join(tmpdir(), 'pack-guard-compare-'))
const cores = {}
try {
  for (const [name, root] of [['other', resolve(values.root)], ['this', HERE]]) {
    const outfile = join(work, `${name}.mjs`)
    await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning', banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } })
    cores[name] = await import(pathToFileURL(outfile).href)
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}

/** Everything a core makes of one analysis, as one string. */
function rendered(core, before, after, baseline, policy) {
  const pkg = core.analyzePackage({ before, after, baseline, policy: structuredClone(policy) })
  const report = core.buildReport([pkg], policy, '0.0.0', [])
  const text = [JSON.stringify(pkg), core.inertJson(core.renderJson(report)), core.inertOutput(core.renderMarkdown(report)), core.renderText(report), core.inertOutput(core.renderMarkdown(report, { maxLength: 3000 }))]
  return { text: text.join('\n\u0000\n'), rules: pkg.findings.map((finding) => finding.rule) }
}

let compared = 0
let differ = 0
const rules = new Map()
function compare(label, before, after, baseline, policy) {
  const other = rendered(cores.other, before, after, baseline, policy)
  const mine = rendered(cores.this, before, after, baseline, policy)
  compared++
  for (const rule of mine.rules) rules.set(rule, (rules.get(rule) ?? 0) + 1)
  if (other.text === mine.text) return
  differ++
  if (differ > 3) return
  let at = 0
  while (other.text[at] === mine.text[at]) at++
  console.log(`DIFFER ${label} at ${at}:\n  other: ${JSON.stringify(other.text.slice(Math.max(0, at - 160), at + 160))}\n  this:  ${JSON.stringify(mine.text.slice(Math.max(0, at - 160), at + 160))}`)
}

if (mode === 'generated') {
  let seed = Number(values.seed ?? 1)
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff)
  const pick = (list) => list[Math.floor(random() * list.length)]
  const DIRS = ['lib', 'src', 'test', 'tests', '__tests__', 'spec', 'dist', 'docs', 'coverage', 'Coverage', '.git', '.GIT', '.github', '.idea', '.vscode', '.claude', '.Claude', 'fixtures', '__fixtures__', 'node_modules', '.aider-x', 'test-results', 'playwright-report', '.tap', 'a', 'b', 'C', 'x.y', 'scripts', 'bench', 'example', '.aws', 'testdata', 'source', '.nyc_output', '.circleci', '.gitlab', 'docs ', 'lib.']
  const NAMES = ['.env', '.ENV', '.env.example', '.env.local', '.env ', '.env-dylan', '.npmrc', '.npmrc.', 'id_rsa', 'ID_RSA', 'id_rsa.pub', 'key.pem', 'a.key', 'cert.p12', 'x.pfx', '.DS_Store', 'Thumbs.db', 'desktop.ini', 'a.swp', 'pkg.tgz', 'PKG.TGZ', 'pkg.tar.gz', 'a.tar', 'tsconfig.json', 'tsconfig.build.json', 'jsconfig.json', 'a.tsbuildinfo', 'x.snap', 'a.log', '.eslintcache', 'junit.xml', 'TEST-a.xml', 'test-results.xml', 'a.trx', 'test-output.txt', 'Jenkinsfile', '.gitlab-ci.yml', '.travis.yml', 'azure-pipelines.yml', 'index.js', 'index.js.map', 'a.css', 'a.css.map', 'README.md', 'production.env', 'env.local', '.git-credentials', 'credentials', 'application_default_credentials.json', '.cursorrules', '.windsurfrules', 'a.d.ts', '.aider.conf.yml', 'f1.js', 'f2.js', 'f10.js', 'F1.js', 'a b.js', 'x.mjs', 'y.cjs', 'data.json', '.git', 'config', 'HEAD', 'é.js', 'a\u202eb.js', 'ab|c.md', 'a`b.js', 'a_b_.js', '@x.js', 'binding.gyp']
  const PRINTS = ['sha256:aaaaaaaaaaaa', 'sha256:bbbbbbbbbbbb', 'sha256:cccccccccccc', 'sha256:dddddddddddd', 'sha256:eeeeeeeeeeee']
  const KINDS = ['private-key', 'aws-access-key', 'github-token', 'npm-token', 'generic-assignment', 'jwt', 'google-api-key', 'url-credential']
  const mapFacts = () => {
    const sources = Math.floor(random() * 5)
    const readable = random() < 0.85
    const urls = random() < 0.2 ? ['https://x.example/a.ts'] : []
    return { isSourceMap: readable, sources, sourcesWithContent: random() < 0.5 ? sources : 0, externalUrls: urls, externalUrlCount: urls.length, ...(readable ? {} : { problem: 'invalid JSON' }) }
  }
  const file = (path) => {
    const facts = {}
    if (path.endsWith('.map') || random() < 0.05) facts.sourceMap = mapFacts()
    if (/\.(?:m?js|cjs|css)$/.test(path) && random() < 0.3) {
      const kind = pick(['inline', 'external', 'relative', 'relative'])
      facts.sourceMappingUrl =
        kind === 'inline'
          ? { kind, url: 'data:application/json;base64,', inline: mapFacts() }
          : kind === 'external'
            ? { kind, url: 'https://cdn.example/x.map' }
            : { kind, url: pick(['index.js.map', 'a.css.map', '../x.map', 'missing.map?x#y', '%zz.map']) }
    }
    if (random() < 0.12) {
      const matches = Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({ kind: pick(KINDS), line: 1 + Math.floor(random() * 50), preview: 'abcd', fingerprint: pick(PRINTS) }))
      facts.secrets = { matches, ...(random() < 0.2 ? { partial: pick(['size', 'dense']) } : {}) }
    } else if (random() < 0.03) facts.secrets = { matches: [], partial: pick(['size', 'dense']) }
    const entry = { path, size: random() < 0.03 ? Math.floor(random() * 5e6) : Math.floor(random() * 3000), mode: 0o644, type: 'file', facts }
    if (random() < 0.02) {
      entry.type = pick(['symlink', 'link', 'other'])
      entry.linkTarget = '../x'
      if (entry.type === 'other') entry.tarType = 'fifo'
    }
    if (random() < 0.02) entry.rawName = pick([`package/./${path}`, `../${path}`, `/abs/${path}`, `package/${path}\u0007`])
    return entry
  }
  const path = () => [...Array.from({ length: Math.floor(random() * 4) }, () => (random() < 0.5 ? pick(DIRS) : pick(['0', '1', '12', 'x']))), random() < 0.1 ? pick(DIRS) : pick(NAMES)].join('/')
  const snapshot = (version, files, license) => {
    const unpackedSize = files.filter((f) => f.type === 'file').reduce((sum, f) => sum + f.size, 0)
    const archive = random() < 0.3 ? { archive: { roots: random() < 0.2 ? ['package', 'x'] : ['package'], duplicates: random() < 0.3 ? [files[0]?.path ?? 'a'] : [] } } : {}
    return { name: '@x/pkg', version, files, packedSize: Math.floor(unpackedSize / 3) + Math.floor(random() * 1e6), unpackedSize, fileCount: files.length, ...(license !== 'unknown' ? { license } : {}), ...archive }
  }
  const policyOf = (base) => {
    const policy = structuredClone(base)
    if (random() < 0.2) policy.forbidden = ['*.secret', 'private/**', '**/*.BAK', 'a{b,c}/**']
    if (random() < 0.2) policy.allow = [{ path: pick(['**/*.map', 'lib/**', '.env', 'coverage/']), reason: 'ok', ...(random() < 0.5 ? { rules: ['source-map/new', 'files/forbidden'] } : {}) }]
    if (random() < 0.15) policy.expect = ['lib/**', 'index.js', '*.md']
    if (random() < 0.2) policy.rules = { 'files/dev-leftover': 'error', 'source-map/url-shipped': 'off' }
    if (random() < 0.2) policy.sourceMaps = { sourcesArePublic: pick([true, false, 'auto']) }
    if (random() < 0.1) policy.secretAllow = [{ fingerprint: PRINTS[0], reason: 'test key' }]
    return policy
  }
  const cases = Number(values.cases ?? 500)
  for (let c = 0; c < cases; c++) {
    const count = 1 + Math.floor(random() * (random() < 0.1 ? 3000 : 120))
    const seen = new Set()
    const after = []
    for (let i = 0; i < count; i++) {
      const p = path()
      if (random() < 0.97 && seen.has(p)) continue // a few paths twice
      seen.add(p)
      after.push(file(p))
    }
    let before = null
    if (random() < 0.75) {
      before = after.filter(() => random() < 0.8).map((f) => (random() < 0.2 ? { ...f, size: f.size + Math.floor(random() * 2e6) - 1000 } : random() < 0.1 ? file(f.path) : f))
      for (let i = 0; i < count / 5; i++) before.push(file(path()))
      if (random() < 0.3) before.reverse()
    }
    if (random() < 0.3) after.reverse()
    if (random() < 0.2) after.sort((a, b) => (a.path < b.path ? -1 : 1))
    const license = pick(['MIT', 'UNLICENSED', null, 'unknown', 'SEE LICENSE IN x'])
    const afterSnapshot = snapshot('1.1.0', after, license)
    const beforeSnapshot = before && snapshot('1.0.0', before, license)
    const baseline = beforeSnapshot ? { version: '1.0.0', source: 'x.tgz' } : { version: null, source: pick(['none', 'first-release']) }
    compare(`case ${c}`, beforeSnapshot, afterSnapshot, baseline, policyOf(cores.this.DEFAULT_POLICY))
  }
} else {
  const cache = process.env.TUNE_DIR ?? join(homedir(), '.cache', 'pack-guard-tune')
  const tarball = (name, version) => join(cache, `${name.replace('@', '').replace('/', '-')}-${version}.tgz`)
  const corpus = (file) => JSON.parse(readFileSync(join(HERE, 'scripts/corpus', file), 'utf8'))
  const pairs = [...corpus('pairs.json').map(([name, before, after]) => ({ name, before, after })), ...corpus('accidents.json')]
  const cases = pairs.filter((c) => existsSync(tarball(c.name, c.before)) && existsSync(tarball(c.name, c.after)))
  if (cases.length === 0) throw new Error(`no cached corpus in ${cache}: see scripts/tune-defaults.mjs`)
  const firsts = new Set()
  for (const c of cases) {
    const before = await cores.this.readTarballFile(tarball(c.name, c.before))
    const after = await cores.this.readTarballFile(tarball(c.name, c.after))
    compare(`${c.name} ${c.before} -> ${c.after}`, before, after, { version: before.version, source: 'x.tgz' }, cores.this.DEFAULT_POLICY)
    if (firsts.has(`${c.name}@${c.after}`)) continue
    firsts.add(`${c.name}@${c.after}`)
    compare(`${c.name} none -> ${c.after}`, null, after, { version: null, source: 'none' }, cores.this.DEFAULT_POLICY)
  }
}
const fired = [...rules].sort().map(([rule, count]) => `${rule} ${count}`)
console.log(`${compared} analyses, ${differ} differ. Findings per rule (this core): ${fired.join(', ')}`)
process.exitCode = differ === 0 ? 0 : 1
