/**
 * Verifies the Sigstore signature of an attestation bundle with sigstore-js's own
 * verifier (@sigstore/verify): the Fulcio certificate chains to the trusted root, the
 * signature over the DSSE envelope is the certificate's key's, and the Rekor entry's
 * signed timestamp and inclusion proof check out. Offline: the trusted root is the one
 * @sigstore/tuf ships (its TUF seed), or a newer one passed as a file.
 */
import { readFileSync } from 'node:fs'
import { bundleFromJSON } from '@sigstore/bundle'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify'
import seeds from '@sigstore/tuf/seeds.json' with { type: 'json' }
import { PackGuardError } from '../errors.js'

export interface SignatureCheck {
  /** true: the signature verifies; false: it does not (tampered, or another root). */
  verified: boolean
  /** What was verified and by whom, or why not. */
  detail: string
  /** The signer, from the certificate: the workflow that ran the publish. */
  identity?: { issuer?: string; subjectAlternativeName?: string }
}

const PUBLIC_GOOD = 'https://tuf-repo-cdn.sigstore.dev'

/** The trusted root: from `file` (a trusted_root.json), else the public-good root that @sigstore/tuf embeds. */
export function loadTrustedRoot(file?: string): ReturnType<typeof TrustedRoot.fromJSON> {
  let json: unknown
  if (file) {
    try {
      json = JSON.parse(readFileSync(file, 'utf8'))
    } catch (error) {
      throw new PackGuardError(`--trusted-root ${file}: cannot read it as JSON (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
    }
  } else {
    const seed = (seeds as Record<string, { targets?: Record<string, string> }>)[PUBLIC_GOOD]?.targets?.['trusted_root.json']
    if (!seed) throw new Error('the Sigstore trusted root is missing from @sigstore/tuf')
    json = JSON.parse(Buffer.from(seed, 'base64').toString('utf8'))
  }
  try {
    return TrustedRoot.fromJSON(json)
  } catch (error) {
    throw new PackGuardError(`${file ?? 'the Sigstore trusted root'}: not a Sigstore trusted root (${(error as Error).message})`)
  }
}

/** Verifies a bundle as npm serves it; never throws for a bad bundle, only says why it does not verify. */
export async function verifyBundleSignature(bundle: unknown, trustedRootFile?: string): Promise<SignatureCheck> {
  const root = loadTrustedRoot(trustedRootFile)
  let entity
  try {
    entity = toSignedEntity(bundleFromJSON(bundle))
  } catch (error) {
    return { verified: false, detail: `not a valid Sigstore bundle (${(error as Error).message})` }
  }
  try {
    // One transparency log entry and one certificate transparency proof, as npm requires.
    const signer = new Verifier(toTrustMaterial(root), { tlogThreshold: 1, ctlogThreshold: 1 }).verify(entity)
    const identity = { issuer: signer.identity?.extensions?.issuer, subjectAlternativeName: signer.identity?.subjectAlternativeName }
    return { verified: true, detail: `signed by ${identity.subjectAlternativeName ?? 'an unnamed identity'} (issuer ${identity.issuer ?? 'unknown'}), logged in Rekor`, identity }
  } catch (error) {
    const reason = (error as { code?: string; message?: string }).message ?? String(error)
    return { verified: false, detail: `the signature does not verify: ${reason}${trustedRootFile ? '' : ' (with the trusted root pack-guard ships; pass a newer one with --trusted-root)'}` }
  }
}
