import type { Rule } from './rule.js'

export const provenanceDropped: Rule<'provenance'> = {
  id: 'provenance/dropped',
  severity: 'error',
  summary: 'When watching a published release: the previous version had a provenance attestation and this one has none.',
  why: `A release workflow that publishes with \`--provenance\` gets an attestation for every version. A version without one, after versions with one, was most likely published from outside that workflow: a stolen token used from a laptop is the usual way. Only checked when both versions come from a registry that was asked for their attestations (\`pack-guard NAME@VERSION\`).`,
  fix: `Find out who published the version (\`npm view NAME@VERSION _npmUser\`), and if it was not your workflow, deprecate or unpublish it and revoke the token. If the workflow stopped using provenance on purpose, turn the rule off.`,
  check(context) {
    const before = context.before?.provenance
    const after = context.after.provenance
    if (!before?.attested || !after || after.attested) return []
    return [
      {
        message: `${context.after.name}@${context.after.version} has no provenance attestation, but ${context.before?.version} had one: a publish from outside the release workflow?`,
        hint: 'Check who published it (npm view NAME@VERSION _npmUser); revoke the token if it was not your workflow.',
        details: { attestedVersion: context.before?.version, version: context.after.version },
      },
    ]
  },
}
