/**
 * The registry's attestations for a published version, in the shape npm serves them at
 * `/-/npm/v1/attestations/NAME@VERSION`:
 * `{ attestations: [{ predicateType, bundle: { mediaType, verificationMaterial, dsseEnvelope } }] }`,
 * where `dsseEnvelope.payload` is a base64 in-toto Statement whose `subject` names
 * `pkg:npm/NAME@VERSION` with the tarball's sha512 (hex). A 404 means the version has none.
 */
import type { ProvenanceFacts } from '../core/types.js'
import { PackGuardError } from '../errors.js'
import { withSlash } from './npmrc.js'
import type { RegistryClient } from './registry.js'

export interface Attestation {
  predicateType: string
  /** A Sigstore bundle (kept as the registry sent it, for signature verification). */
  bundle: Record<string, unknown>
}

/** SLSA build provenance, as `npm publish --provenance` makes it (v0.2 before npm 9.x, v1 since). */
export function isProvenance(predicateType: string): boolean {
  return predicateType.startsWith('https://slsa.dev/provenance/')
}

/** The endpoint for one version; scoped names keep "@" and escape "/", as npm sends them. */
export function attestationsUrl(registry: string, name: string, version: string): string {
  return `${withSlash(registry)}-/npm/v1/attestations/${encodeURIComponent(name).replace(/^%40/, '@')}@${encodeURIComponent(version)}`
}

/** The version's attestations; an empty list when the registry has none for it (404). */
export async function fetchAttestations(client: RegistryClient, registry: string, name: string, version: string): Promise<Attestation[]> {
  const what = `the attestations of ${name}@${version}`
  const body = await client.document(attestationsUrl(registry, name, version), registry, what)
  if (body === null) return []
  const list = (body as { attestations?: unknown })?.attestations
  if (!Array.isArray(list)) throw new PackGuardError(`${registry}: ${what} hold no "attestations" list`)
  return list.flatMap((entry): Attestation[] => {
    const { predicateType, bundle } = (entry ?? {}) as { predicateType?: unknown; bundle?: unknown }
    if (typeof predicateType !== 'string' || !bundle || typeof bundle !== 'object') return []
    return [{ predicateType, bundle: bundle as Record<string, unknown> }]
  })
}

/** What the provenance rule needs to know of a version. */
export function provenanceFacts(attestations: readonly Attestation[]): ProvenanceFacts {
  return { attested: attestations.some((attestation) => isProvenance(attestation.predicateType)) }
}

export interface SubjectCheck {
  ok: boolean
  /** What is wrong, in one sentence, when not ok. */
  problem?: string
  /** The subject's sha512, hex, when the statement has one for this package. */
  sha512?: string
}

const IN_TOTO = 'application/vnd.in-toto+json'

/** The in-toto Statement inside a bundle's DSSE envelope, or a problem. */
export function statementOf(attestation: Attestation): { statement?: { subject?: unknown; predicateType?: unknown }; problem?: string } {
  const envelope = attestation.bundle.dsseEnvelope as { payload?: unknown; payloadType?: unknown } | undefined
  if (!envelope || typeof envelope.payload !== 'string') return { problem: 'the bundle holds no DSSE envelope' }
  if (envelope.payloadType !== IN_TOTO) return { problem: `the envelope's payload is not an in-toto statement (${String(envelope.payloadType)})` }
  try {
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as unknown
    if (!statement || typeof statement !== 'object') return { problem: 'the statement is not an object' }
    return { statement: statement as { subject?: unknown; predicateType?: unknown } }
  } catch {
    return { problem: 'the statement is not valid JSON' }
  }
}

/**
 * Checks that the attestation is about this tarball: its statement's predicate type is
 * the attestation's, and a subject named `pkg:npm/NAME@VERSION` carries `sha512Hex`.
 */
export function checkSubject(attestation: Attestation, name: string, version: string, sha512Hex: string): SubjectCheck {
  const { statement, problem } = statementOf(attestation)
  if (!statement) return { ok: false, problem }
  if (statement.predicateType !== attestation.predicateType) return { ok: false, problem: `the statement's predicate type (${String(statement.predicateType)}) is not the one the registry lists` }
  const purl = `pkg:npm/${name}@${version}`
  const subjects = Array.isArray(statement.subject) ? (statement.subject as Array<{ name?: unknown; digest?: { sha512?: unknown } }>) : []
  // A purl escapes the scope's "@" as %40.
  const subject = subjects.find((candidate) => typeof candidate?.name === 'string' && safeDecode(candidate.name) === purl)
  if (!subject) return { ok: false, problem: `no subject names ${purl}` }
  const digest = subject.digest?.sha512
  if (typeof digest !== 'string') return { ok: false, problem: `the subject ${purl} has no sha512 digest` }
  if (digest.toLowerCase() !== sha512Hex.toLowerCase()) {
    return { ok: false, sha512: digest, problem: `the subject's sha512 (${digest.slice(0, 16)}…) is not the tarball's (${sha512Hex.slice(0, 16)}…)` }
  }
  return { ok: true, sha512: digest }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
