import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseDocument } from 'yaml'
import { ROOT } from './cli.js'

export interface ActionInput {
  description: string
  default?: string
  required?: boolean
}

export interface ActionMetadata {
  name: string
  description: string
  inputs: Record<string, ActionInput>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}

/** Parses action metadata as the runner does before a step starts: strict YAML, no repeated keys. */
export function parseActionYml(text: string): ActionMetadata {
  const doc = parseDocument(text, { strict: true, uniqueKeys: true })
  if (doc.errors.length) throw new Error(`action.yml is not valid YAML: ${doc.errors[0].message.split('\n')[0]}`)
  return doc.toJS() as ActionMetadata
}

export function readActionYml(): ActionMetadata {
  return parseActionYml(readFileSync(join(ROOT, 'action.yml'), 'utf8'))
}

/** The token a runner substitutes for `${{ github.token }}` in the tests. */
export const JOB_TOKEN = 'ghs_test_job_token'

/**
 * The INPUT_* values the runner sets from action.yml's defaults, with the given inputs
 * laid over them. The runner evaluates `${{ github.token }}` to the job's token.
 */
export function inputsWithDefaults(inputs: Record<string, string>, metadata = readActionYml(), jobToken = JOB_TOKEN): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [name, input] of Object.entries(metadata.inputs)) {
    if (input.default === undefined) continue
    result[name] = String(input.default).replace(/\$\{\{\s*github\.token\s*\}\}/g, jobToken)
  }
  for (const [name, value] of Object.entries(inputs)) {
    if (!(name in metadata.inputs)) throw new Error(`input ${name} is not declared in action.yml`)
    result[name] = value
  }
  return result
}
