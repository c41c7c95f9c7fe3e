/**
 * Signature verification of a real npm provenance bundle, offline, with the trusted
 * root pack-guard ships (see fixtures/README.md for where the bundle comes from).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type Attestation, checkSubject } from '../src/adapters/attestations.js'
import { verifyBundleSignature } from '../src/adapters/sigstore.js'
import { ROOT } from './helpers/cli.js'
import { tempDir } from './helpers/tarball.js'

const BUNDLE = JSON.parse(readFileSync(join(ROOT, '__tests__/fixtures/sigstore-5.0.0-provenance.sigstore.json'), 'utf8')) as Record<string, unknown>
const SUBJECT = '849a897e81bf7b8a8541a6ae40bd3473a27a16b1cb0462ad905bd6dc96d34881053a12eb4a375233f81677fc9439f628fe0b0445e8535c60b5559597fbd5f80e'
const clone = () => JSON.parse(JSON.stringify(BUNDLE)) as { dsseEnvelope: { payload: string; signatures: Array<{ sig: string }> } }

describe('Sigstore signature of a provenance bundle', () => {
  it('verifies the bundle npm serves for sigstore@5.0.0 and names the workflow that signed it', async () => {
    const result = await verifyBundleSignature(BUNDLE)
    expect(result).toMatchObject({
      verified: true,
      identity: { issuer: 'https://token.actions.githubusercontent.com', subjectAlternativeName: 'https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main' },
    })
    expect(result.detail).toBe('signed by https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main (issuer https://token.actions.githubusercontent.com), logged in Rekor')
  })

  it('rejects a statement that was changed after signing (another subject digest)', async () => {
    const tampered = clone()
    const statement = JSON.parse(Buffer.from(tampered.dsseEnvelope.payload, 'base64').toString('utf8'))
    statement.subject[0].digest.sha512 = '00'.repeat(64)
    tampered.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64')
    const result = await verifyBundleSignature(tampered)
    expect(result.verified).toBe(false)
    expect(result.detail).toMatch(/^the signature does not verify: /)
  })

  it('rejects a changed signature byte', async () => {
    const tampered = clone()
    const sig = Buffer.from(tampered.dsseEnvelope.signatures[0].sig, 'base64')
    sig[sig.length - 1] ^= 1
    tampered.dsseEnvelope.signatures[0].sig = sig.toString('base64')
    expect((await verifyBundleSignature(tampered)).verified).toBe(false)
  })

  it('says so for something that is not a bundle', async () => {
    expect(await verifyBundleSignature({ mediaType: 'nonsense' })).toMatchObject({ verified: false, detail: expect.stringMatching(/^not a valid Sigstore bundle/) })
  })

  it('rejects the real bundle under another trusted root, and names a bad root file', async () => {
    const dir = tempDir()
    const empty = join(dir, 'root.json')
    writeFileSync(empty, JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1', tlogs: [], certificateAuthorities: [], ctlogs: [], timestampAuthorities: [] }))
    expect((await verifyBundleSignature(BUNDLE, empty)).verified).toBe(false)
    await expect(verifyBundleSignature(BUNDLE, join(dir, 'missing.json'))).rejects.toThrow(/--trusted-root .*missing\.json: cannot read it as JSON \(ENOENT\)/)
  })
})

describe("the statement's subject", () => {
  const attestation: Attestation = { predicateType: 'https://slsa.dev/provenance/v1', bundle: BUNDLE }

  it('matches the package, version and sha512 it was signed for', () => {
    expect(checkSubject(attestation, 'sigstore', '5.0.0', SUBJECT)).toEqual({ ok: true, sha512: SUBJECT })
    expect(checkSubject(attestation, 'sigstore', '5.0.0', SUBJECT.toUpperCase()).ok).toBe(true)
  })

  it('does not match another tarball, version or package', () => {
    expect(checkSubject(attestation, 'sigstore', '5.0.0', 'ab'.repeat(64)).problem).toMatch(/^the subject's sha512 \(849a897e81bf7b8a…\) is not the tarball's \(abababababababab…\)$/)
    expect(checkSubject(attestation, 'sigstore', '5.0.1', SUBJECT).problem).toBe('no subject names pkg:npm/sigstore@5.0.1')
    expect(checkSubject(attestation, 'sigstore-evil', '5.0.0', SUBJECT).ok).toBe(false)
    expect(checkSubject({ ...attestation, predicateType: 'https://slsa.dev/provenance/v0.2' }, 'sigstore', '5.0.0', SUBJECT).problem).toMatch(/predicate type/)
  })
})
