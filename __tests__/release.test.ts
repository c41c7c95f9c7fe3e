/**
 * Issue 18 against the test registry: watching a published release, verifying what the
 * registry serves after `npm publish FILE`, the manifest rules on real publishes, and
 * provenance through a loopback stand-in for the attestations endpoint.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AttestationServer, attestationsBody, sha512Hex, startAttestationServer } from './helpers/attestations.js'
import { cli } from './helpers/cli.js'
import { publish, publishTarball, registryUrl, uniqueName, writePackageFolder } from './helpers/registry.js'
import { tempDir, writeTarball } from './helpers/tarball.js'

const CODE = 'export const answer = 42\n'
let name: string
let stand: AttestationServer
let home: string
const saved = { ...process.env }

beforeAll(async () => {
  home = tempDir()
  // The machine's npm settings stay out of in-process runs.
  process.env.npm_config_userconfig = join(home, '.npmrc')
  name = uniqueName('watched')
  await publish(name, '1.0.0', [{ path: 'package.json', content: JSON.stringify({ name, version: '1.0.0', dependencies: { a: '^1.0.0' }, bin: { tool: 'cli.js' } }) }, { path: 'index.js', content: CODE }, { path: 'cli.js', content: '#!/usr/bin/env node\n' }])
  // The shape of a 2025 worm release: a postinstall running a new bundle, and more.
  const manifest = { name, version: '1.0.1', scripts: { postinstall: 'node bundle.js' }, dependencies: { a: 'git+https://evil.test/a.git', b: '^2.0.0' }, bin: { tool: 'cli.js', helper: 'bundle.js' } }
  await publish(name, '1.0.1', [{ path: 'package.json', content: JSON.stringify(manifest) }, { path: 'index.js', content: CODE }, { path: 'cli.js', content: '#!/usr/bin/env node\n' }, { path: 'bundle.js', content: 'eval(atob("..."))\n' }, { path: 'binding.gyp', content: '{}' }])
  stand = await startAttestationServer(registryUrl())
})

afterAll(async () => {
  process.env = saved
  await stand?.close()
})

type Finding = { rule: string; severity: string; path?: string; message: string }

describe('pack-guard NAME@VERSION (watching a published release)', () => {
  it('compares a published version with the one before it and fails on the added postinstall', async () => {
    const result = await cli(`${name}@1.0.1`, '--registry', registryUrl(), '--format', 'json')
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    const pkg = JSON.parse(result.stdout).packages[0]
    expect(pkg).toMatchObject({ name, version: '1.0.1', baseline: { version: '1.0.0', source: 'registry', registry: registryUrl() } })
    const findings = pkg.findings as Finding[]
    const install = findings.filter((f) => f.rule === 'manifest/install-script')
    expect(install.map((f) => [f.severity, f.path])).toEqual([
      ['error', 'binding.gyp'],
      ['error', 'package.json'],
    ])
    expect(install.find((f) => f.path === 'package.json')?.message).toContain('adds a `postinstall` script')
    expect(findings.filter((f) => f.rule === 'manifest/dependency-source').map((f) => f.message)).toEqual([
      'The dependency a comes from a git spec (`git+https://evil.test/a.git`), where it was `^1.0.0`: npm fetches it from outside the registry.',
    ])
    expect(findings.find((f) => f.rule === 'manifest/new-dependency')?.message).toBe('1 new runtime dependency: b@^2.0.0.')
    expect(findings.filter((f) => f.rule === 'manifest/bin').map((f) => f.severity)).toEqual(['warning'])
  })

  it('resolves a dist-tag, and the text report names the rule and the script', async () => {
    const result = await cli(`${name}@latest`, '--registry', registryUrl())
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(`${name}@1.0.1 against 1.0.0`)
    expect(result.stdout).toMatch(/manifest\/install-script {2}package\.json\n\s+package\.json adds a `postinstall` script/)
  })

  it('treats the first version as a first release, and --baseline as usual', async () => {
    const first = await cli(`${name}@1.0.0`, '--registry', registryUrl(), '--format', 'json')
    expect(first.code).toBe(0)
    expect(JSON.parse(first.stdout).packages[0].baseline).toMatchObject({ version: null, source: 'first-release' })
    const none = await cli(`${name}@1.0.1`, '--registry', registryUrl(), '--baseline', 'none', '--format', 'json')
    expect(JSON.parse(none.stdout).packages[0].findings.map((f: Finding) => f.rule)).toContain('manifest/install-script')
  })

  it('exits 2 with one line for a version or package that is not published', async () => {
    const missing = await cli(`${name}@9.9.9`, '--registry', registryUrl())
    expect(missing).toMatchObject({ code: 2, stdout: '', stderr: `pack-guard: ${name}@9.9.9 is not published on ${registryUrl()}\n` })
    const unknown = await cli(`${uniqueName('nobody')}@1.0.0`, '--registry', registryUrl())
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/is not published on/)
  })

  it('provenance/dropped: the version before had a provenance attestation, this one has none', async () => {
    const pkg = uniqueName('dropped')
    await publish(pkg, '2.0.0', [{ path: 'index.js', content: CODE }])
    await publish(pkg, '2.0.1', [{ path: 'index.js', content: CODE }])
    stand.set(pkg, '2.0.0', attestationsBody(pkg, '2.0.0', 'ab'.repeat(64)))
    const dropped = await cli(`${pkg}@2.0.1`, '--registry', stand.url, '--format', 'json')
    expect(dropped.code).toBe(1)
    const findings = JSON.parse(dropped.stdout).packages[0].findings as Finding[]
    expect(findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(['error provenance/dropped'])
    expect(findings[0].message).toBe(`${pkg}@2.0.1 has no provenance attestation, but 2.0.0 had one: a publish from outside the release workflow?`)
    expect(stand.asked).toEqual(expect.arrayContaining([`${pkg}@2.0.0`, `${pkg}@2.0.1`]))

    // Both attested: quiet. Only a publish attestation (no SLSA provenance) counts as none.
    stand.set(pkg, '2.0.1', attestationsBody(pkg, '2.0.1', 'cd'.repeat(64)))
    expect((await cli(`${pkg}@2.0.1`, '--registry', stand.url)).code).toBe(0)
    stand.set(pkg, '2.0.1', attestationsBody(pkg, '2.0.1', 'cd'.repeat(64), { provenance: false }))
    expect((await cli(`${pkg}@2.0.1`, '--registry', stand.url)).code).toBe(1)
  })
})

describe('pack once, publish that file, verify (the release workflow)', () => {
  let pkg: string
  let kept: string
  let integrity: string

  beforeAll(async () => {
    pkg = uniqueName('pack-once')
    await publish(pkg, '1.0.0', [{ path: 'index.js', content: CODE }])
    const folder = writePackageFolder(join(tempDir(), 'pkg'), { name: pkg, version: '1.1.0' }, { 'index.js': CODE, 'extra.js': 'export {}\n' })
    kept = join(tempDir(), 'checked.tgz')
    const gate = await cli(folder, '--registry', registryUrl(), '--keep-tarball', kept)
    expect(gate.code).toBe(0)
    integrity = /\((sha512-[A-Za-z0-9+/=]+)\)/.exec(gate.stderr)?.[1] ?? ''
    expect(gate.stderr).toBe(`pack-guard: kept ${pkg}@1.1.0 as ${kept} (${integrity})\n`)
    await publishTarball(kept)
  })

  it('keeps the checked tarball, with its integrity', () => {
    expect(existsSync(kept)).toBe(true)
    expect(integrity).toBe(`sha512-${Buffer.from(sha512Hex(readFileSync(kept)), 'hex').toString('base64')}`)
  })

  it('verify exits 0 when the registry serves exactly that file', async () => {
    const result = await cli('verify', `${pkg}@1.1.0`, '--tarball', kept, '--registry', registryUrl())
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(result.stdout).toBe(`identical: ${pkg}@1.1.0 on ${registryUrl()} is ${kept} (${integrity})\n`)
  })

  it('verify exits 1 and lists the differences when the bytes differ', async () => {
    const dir = tempDir()
    const other = await writeTarball(dir, 'other.tgz', [
      { path: 'package.json', content: JSON.stringify({ name: pkg, version: '1.1.0' }) },
      { path: 'index.js', content: CODE.replace('42', '43') },
      { path: 'added.js', content: 'x' },
    ])
    const result = await cli('verify', `${pkg}@1.1.0`, '--tarball', other, '--registry', registryUrl(), '--format', 'json')
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout)
    expect(report).toMatchObject({ verdict: 'different', published: integrity })
    // What the registry serves has extra.js; the file given has added.js; index.js changed in place (same size),
    // and package.json differs too (npm pack wrote the folder's indented one).
    expect(report.files.added).toEqual([{ path: 'extra.js', size: 10 }])
    expect(report.files.removed).toEqual([{ path: 'added.js', size: 1 }])
    expect(report.files.changed.map((c: { path: string }) => c.path)).toEqual(['index.js', 'package.json'])
    expect(report.files.changed[0]).toEqual({ path: 'index.js', before: CODE.length, after: CODE.length })
    const text = await cli('verify', `${pkg}@1.1.0`, '--tarball', other, '--registry', registryUrl())
    expect(text.code).toBe(1)
    expect(text.stdout).toContain('~ index.js (content differs')
  })

  it('verify exits 2 when it cannot run: no tarball, a version not published, bad arguments', async () => {
    const noFile = await cli('verify', `${pkg}@1.1.0`, '--tarball', join(tempDir(), 'missing.tgz'), '--registry', registryUrl())
    expect(noFile.code).toBe(2)
    expect(noFile.stderr).toMatch(/missing\.tgz: cannot read \(ENOENT\)\n$/)
    const notYet = await cli('verify', `${pkg}@3.0.0`, '--tarball', kept, '--registry', registryUrl())
    expect(notYet).toMatchObject({ code: 2, stderr: `pack-guard: ${pkg}@3.0.0 is not published on ${registryUrl()} (wait for it with --wait SECONDS)\n` })
    expect((await cli('verify', `${pkg}@1.1.0`, '--registry', registryUrl())).stderr).toMatch(/--tarball FILE is required/)
    expect((await cli('verify', 'not a spec', '--tarball', kept)).code).toBe(2)
  })

  it('--wait gives up after the time given', async () => {
    const started = Date.now()
    const result = await cli('verify', `${pkg}@3.0.0`, '--tarball', kept, '--registry', registryUrl(), '--wait', '1')
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/\(waited 1 s\)/)
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
  })

  describe('--require-provenance', () => {
    const run = (...extra: string[]) => cli('verify', `${pkg}@1.1.0`, '--tarball', kept, '--registry', stand.url, '--require-provenance', '--format', 'json', ...extra)

    it('exits 1 when the registry has no attestation for the version', async () => {
      stand.set(pkg, '1.1.0', null)
      const result = await run()
      expect(result.code).toBe(1)
      expect(JSON.parse(result.stdout)).toMatchObject({ verdict: 'provenance-failed', provenance: { attested: false, problem: 'the registry holds no attestation for this version' } })
    })

    it("exits 1 when the attestation's subject is another tarball", async () => {
      stand.set(pkg, '1.1.0', attestationsBody(pkg, '1.1.0', 'ef'.repeat(64)))
      const result = await run()
      expect(result.code).toBe(1)
      const report = JSON.parse(result.stdout)
      expect(report.provenance).toMatchObject({ attested: true, predicateType: 'https://slsa.dev/provenance/v1', subjectMatches: false })
      expect(report.provenance.problem).toMatch(/^the subject's sha512 \(efefefefefefefef…\) is not the tarball's/)
    })

    it('finds the subject digest equal, and still exits 1 when the signature is not Sigstore-signed', async () => {
      stand.set(pkg, '1.1.0', attestationsBody(pkg, '1.1.0', sha512Hex(readFileSync(kept))))
      const result = await run()
      expect(result.code).toBe(1)
      const report = JSON.parse(result.stdout)
      expect(report.provenance).toMatchObject({ attested: true, subjectMatches: true, signature: { verified: false } })
      const text = await cli('verify', `${pkg}@1.1.0`, '--tarball', kept, '--registry', stand.url, '--require-provenance')
      expect(text.stdout).toContain("provenance: https://slsa.dev/provenance/v1, subject sha512 is the tarball's\nsignature: INVALID: ")
    })
  })
})

describe('--keep-tarball', () => {
  it('refuses a workspace root with several packages, naming both', async () => {
    const root = tempDir()
    writePackageFolder(root, { name: 'root', private: true, workspaces: ['packages/*'] }, {})
    writePackageFolder(join(root, 'packages', 'a'), { name: uniqueName('ka'), version: '1.0.0' }, { 'index.js': '' })
    writePackageFolder(join(root, 'packages', 'b'), { name: uniqueName('kb'), version: '1.0.0' }, { 'index.js': '' })
    const result = await cli(root, '--registry', registryUrl(), '--baseline', 'none', '--keep-tarball', join(tempDir(), 'x.tgz'))
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/--keep-tarball .*x\.tgz: more than one package is checked \(ka-.*, kb-.*\); name one with --workspace\n$/)
  })

  it('says where it cannot write', async () => {
    const blocker = join(tempDir(), 'file')
    writeFileSync(blocker, '')
    const folder = writePackageFolder(join(tempDir(), 'pkg'), { name: uniqueName('kw'), version: '1.0.0' }, { 'index.js': '' })
    const result = await cli(folder, '--baseline', 'none', '--keep-tarball', join(blocker, 'x.tgz'))
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/--keep-tarball .*x\.tgz: cannot write the tarball there \(E[A-Z]+\)\n$/)
  })
})

describe('scoped packages and hostile names', () => {
  it('watch and verify --require-provenance find a scoped package and its purl (pkg:npm/%40scope/name)', async () => {
    const pkg = uniqueName('scoped', 'acme')
    const dir = tempDir()
    const first = await writeTarball(dir, 'a.tgz', [{ path: 'package.json', content: JSON.stringify({ name: pkg, version: '1.0.0' }) }, { path: 'index.js', content: CODE }])
    const second = await writeTarball(dir, 'b.tgz', [{ path: 'package.json', content: JSON.stringify({ name: pkg, version: '1.0.1' }) }, { path: 'index.js', content: CODE }])
    await publishTarball(first)
    await publishTarball(second)
    stand.set(pkg, '1.0.0', attestationsBody(pkg, '1.0.0', sha512Hex(readFileSync(first))))
    stand.set(pkg, '1.0.1', attestationsBody(pkg, '1.0.1', sha512Hex(readFileSync(second))))
    const watched = await cli(`${pkg}@1.0.1`, '--registry', stand.url, '--format', 'json')
    expect(watched.code, watched.stderr).toBe(0)
    expect(JSON.parse(watched.stdout).packages[0].baseline.version).toBe('1.0.0')
    const verified = await cli('verify', `${pkg}@1.0.1`, '--tarball', second, '--registry', stand.url, '--require-provenance', '--format', 'json')
    // The subject is found and matches; only the (stand-in's) signature fails.
    expect(JSON.parse(verified.stdout).provenance).toMatchObject({ attested: true, subjectMatches: true, signature: { verified: false } })
  })

  it('verify prints file names from the tarballs escaped', async () => {
    const pkg = uniqueName('hostile-verify')
    const dir = tempDir()
    const published = await writeTarball(dir, 'a.tgz', [{ path: 'package.json', content: JSON.stringify({ name: pkg, version: '1.0.0' }) }])
    await publishTarball(published)
    const other = await writeTarball(dir, 'b.tgz', [{ path: 'package.json', content: JSON.stringify({ name: pkg, version: '1.0.0' }) }, { path: 'x\n::error::pwned\u001b[31m.js', content: 'x' }])
    const result = await cli('verify', `${pkg}@1.0.0`, '--tarball', other, '--registry', registryUrl())
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('- x\\x0a:\\x3aerror:\\x3apwned\\x1b[31m.js (1 B, only in the checked tarball)')
    expect(result.stdout.split('\n').some((line) => line.startsWith('::'))).toBe(false)
  })

  it('--keep-tarball has nothing to keep for a release read from the registry', async () => {
    const result = await cli(`${name}@1.0.1`, '--registry', registryUrl(), '--keep-tarball', join(tempDir(), 'x.tgz'))
    expect(result).toMatchObject({ code: 2, stdout: '' })
    expect(result.stderr).toMatch(/^pack-guard: --keep-tarball: .* is read from the registry/)
  })
})

