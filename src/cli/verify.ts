/**
 * `pack-guard verify NAME@VERSION --tarball FILE`: after `npm publish FILE`, checks that
 * the registry serves exactly those bytes (integrity equal), lists the file differences
 * when it does not, and with --require-provenance checks that the registry holds a
 * provenance attestation whose subject is that tarball's sha512.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { type Attestation, checkSubject, fetchAttestations, isProvenance } from '../adapters/attestations.js'
import { fileIntegrity } from '../adapters/keep-tarball.js'
import { loadNpmConfig, registryFor } from '../adapters/npmrc.js'
import { type Packument, RegistryClient } from '../adapters/registry.js'
import { type DigestDiff, diffDigests, tarballDigests } from '../adapters/tarball-digests.js'
import { DEFAULT_LIMITS } from '../adapters/tarball-reader.js'
import { checkedRegistry } from '../check.js'
import { chooseBaseline } from '../core/baseline-version.js'
import { PackGuardError, describeError } from '../errors.js'
import { escapeText } from '../report/escape.js'
import { formatBytes } from '../report/sizes.js'
import { parsePublishedSpec } from '../watch.js'
import { parseOptions } from './args.js'
import { type SignatureCheck, verifyBundleSignature } from '../adapters/sigstore.js'

export const VERIFY_USAGE = `Usage: pack-guard verify NAME@VERSION --tarball FILE [options]

Checks that the registry serves exactly FILE as NAME@VERSION (run it right after
npm publish FILE). Exit codes: 0 identical, 1 different (or provenance missing
with --require-provenance), 2 could not run.

  --tarball FILE          the tarball that was checked and published
  --registry URL          the registry to ask (default: from .npmrc)
  --require-provenance    also require a provenance attestation whose subject is FILE's sha512
  --trusted-root FILE     a Sigstore trusted_root.json (default: the public-good root pack-guard ships)
  --wait SECONDS          wait up to this long for the version to appear (default: 0)
  --format text|json      output format (default: text)
  -h, --help              show this help`

export interface ProvenanceResult {
  attested: boolean
  predicateType?: string
  /** True when a subject names this package and version with the tarball's sha512. */
  subjectMatches?: boolean
  problem?: string
  signature?: SignatureCheck
}

export interface VerifyResult {
  name: string
  version: string
  registry: string
  tarball: string
  verdict: 'identical' | 'different' | 'provenance-failed'
  local: string
  published: string
  files?: DigestDiff
  provenance?: ProvenanceResult
}

interface VerifyOptions {
  spec: string
  tarball: string
  registry?: string
  requireProvenance: boolean
  waitSeconds: number
  trustedRoot?: string
  format: 'text' | 'json'
}

function parseVerifyArgs(argv: string[]): VerifyOptions | 'help' {
  const { values, positionals } = parseOptions(argv, {
    tarball: { type: 'string' },
    registry: { type: 'string' },
    'require-provenance': { type: 'boolean' },
    wait: { type: 'string' },
    'trusted-root': { type: 'string' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  })
  if (values.help) return 'help'
  if (positionals.length !== 1) throw new PackGuardError(`verify: expected one NAME@VERSION, got ${positionals.length} (see pack-guard verify --help)`)
  if (!values.tarball) throw new PackGuardError('verify: --tarball FILE is required (the tarball that was published)')
  const format = values.format ?? 'text'
  if (format !== 'text' && format !== 'json') throw new PackGuardError(`--format: expected one of text, json, got "${format}"`)
  const wait = Number(values.wait ?? '0')
  if (!Number.isFinite(wait) || wait < 0) throw new PackGuardError(`--wait: expected a number of seconds, got "${values.wait}"`)
  return { spec: positionals[0], tarball: values.tarball, registry: values.registry, requireProvenance: values['require-provenance'] ?? false, waitSeconds: wait, trustedRoot: values['trusted-root'], format }
}

/** Runs `pack-guard verify`; returns the exit code. */
export async function runVerify(
  argv: string[],
  io: { stdout: { write(text: string): unknown }; stderr: { write(text: string): unknown }; env?: NodeJS.ProcessEnv; cwd?: string },
): Promise<number> {
  try {
    const options = parseVerifyArgs(argv)
    if (options === 'help') {
      io.stdout.write(`${VERIFY_USAGE}\n`)
      return 0
    }
    const result = await verify(options, io.cwd ?? process.cwd(), io.env ?? process.env)
    io.stdout.write(options.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderVerify(result))
    return result.verdict === 'identical' ? 0 : 1
  } catch (error) {
    io.stderr.write(`pack-guard: ${describeError(error)}\n`)
    return 2
  }
}

async function verify(options: VerifyOptions, cwd: string, env: NodeJS.ProcessEnv): Promise<VerifyResult> {
  const spec = parsePublishedSpec(options.spec)
  if (!spec) throw new PackGuardError(`verify: ${options.spec} is not NAME@VERSION`)
  const tarball = resolve(cwd, options.tarball)
  const local = await fileIntegrity(tarball)
  const config = loadNpmConfig({ projectDir: cwd, env })
  const registry = options.registry ? checkedRegistry(options.registry, '--registry') : checkedRegistry(registryFor(spec.name, config), `the registry for ${spec.name} in .npmrc`)
  const { client, packument, version } = await waitForVersion(spec.name, spec.spec, registry, config, options.waitSeconds)
  const dir = await mkdtemp(join(tmpdir(), 'pack-guard-verify-'))
  try {
    const downloaded = join(dir, 'published.tgz')
    const published = await client.download(registry, packument, version, downloaded)
    const result: VerifyResult = { name: spec.name, version, registry, tarball: options.tarball, verdict: 'identical', local, published }
    if (!sameSha512(local, published)) {
      result.verdict = 'different'
      result.files = diffDigests(await tarballDigests(tarball), await tarballDigests(downloaded))
    }
    if (options.requireProvenance) {
      const attestations = await fetchAttestations(client, registry, spec.name, version)
      result.provenance = await checkProvenance(attestations, spec.name, version, sha512Hex(published), options.trustedRoot)
      if (result.verdict === 'identical' && !(result.provenance.subjectMatches && result.provenance.signature?.verified)) result.verdict = 'provenance-failed'
    }
    return result
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Asks until the version is listed: right after a publish, a registry's CDN may not list it yet. */
async function waitForVersion(name: string, wanted: string, registry: string, config: ReturnType<typeof loadNpmConfig>, waitSeconds: number): Promise<{ client: RegistryClient; packument: Packument; version: string }> {
  const deadline = Date.now() + waitSeconds * 1000
  for (;;) {
    // A fresh client each time: a client caches the document it fetched.
    const client = new RegistryClient({ npmConfig: config, limits: DEFAULT_LIMITS })
    const packument = await client.packument(registry, name)
    const choice = packument ? chooseBaseline('0.0.0', wanted, packument) : undefined
    if (packument && choice?.kind === 'version') return { client, packument, version: choice.version }
    if (Date.now() >= deadline) {
      throw new PackGuardError(`${name}@${wanted} is not published on ${registry}${waitSeconds > 0 ? ` (waited ${waitSeconds} s)` : ' (wait for it with --wait SECONDS)'}`)
    }
    await new Promise((done) => setTimeout(done, Math.min(5000, Math.max(0, deadline - Date.now()))))
  }
}

async function checkProvenance(attestations: readonly Attestation[], name: string, version: string, sha512: string, trustedRoot?: string): Promise<ProvenanceResult> {
  const provenance = attestations.find((attestation) => isProvenance(attestation.predicateType))
  if (!provenance) return { attested: false, problem: attestations.length ? 'the registry holds attestations for this version, but none of build provenance' : 'the registry holds no attestation for this version' }
  const subject = checkSubject(provenance, name, version, sha512)
  const result: ProvenanceResult = { attested: true, predicateType: provenance.predicateType, subjectMatches: subject.ok }
  if (!subject.ok) result.problem = subject.problem
  else result.signature = await verifyBundleSignature(provenance.bundle, trustedRoot)
  return result
}

function sha512Hex(integrity: string): string {
  return Buffer.from(integrity.replace(/^sha512-/, ''), 'base64').toString('hex')
}

function sameSha512(a: string, b: string): boolean {
  return a.startsWith('sha512-') && a === b
}

function renderVerify(result: VerifyResult): string {
  const label = `${escapeText(result.name)}@${escapeText(result.version)}`
  const lines: string[] = []
  if (result.verdict !== 'different') lines.push(`identical: ${label} on ${escapeText(result.registry)} is ${escapeText(result.tarball)} (${result.local})`)
  else {
    lines.push(`DIFFERENT: ${label} on ${escapeText(result.registry)} is not ${escapeText(result.tarball)}`, `  checked:   ${result.local}`, `  published: ${result.published}`)
    const files = result.files
    for (const file of files?.added ?? []) lines.push(`  + ${escapeText(file.path)} (${formatBytes(file.size)}, only in the published tarball)`)
    for (const file of files?.removed ?? []) lines.push(`  - ${escapeText(file.path)} (${formatBytes(file.size)}, only in the checked tarball)`)
    for (const file of files?.changed ?? []) lines.push(`  ~ ${escapeText(file.path)} (content differs: ${formatBytes(file.before)} checked, ${formatBytes(file.after)} published)`)
    if (files && !files.added.length && !files.removed.length && !files.changed.length) lines.push('  (same files and contents: the archive itself differs, e.g. timestamps or order)')
  }
  const provenance = result.provenance
  if (provenance) {
    if (!provenance.attested || !provenance.subjectMatches) lines.push(`provenance: MISSING: ${escapeText(provenance.problem ?? 'no provenance')}`)
    else {
      lines.push(`provenance: ${escapeText(provenance.predicateType ?? '')}, subject sha512 is the tarball's`)
      const signature = provenance.signature
      if (signature) lines.push(`signature: ${signature.verified ? 'verified' : 'INVALID'}: ${escapeText(signature.detail)}`)
    }
  }
  return `${lines.join('\n')}\n`
}
