import { FAIL_ON_VALUES, type FailOn, isFailOn } from '../core/types.js'
import { PackGuardError } from '../errors.js'

/** What the action was asked to do, validated. */
export interface ActionInputs {
  paths: string[]
  baseline: string
  registry?: string
  /** Only when set: it overrides the config's failOn (default error). */
  failOn?: FailOn
  comment: boolean
  token: string
  config?: string
  runScripts: boolean
  /** In a monorepo root: the workspace packages to check (all public ones when empty). */
  workspaces: string[]
  reportFile?: string
  acceptLabel: string
}

type GetInput = (name: string) => string

function booleanInput(getInput: GetInput, name: string, fallback: boolean): boolean {
  const value = getInput(name).trim().toLowerCase()
  if (value === '') return fallback
  if (['true', 'yes', 'on', '1'].includes(value)) return true
  if (['false', 'no', 'off', '0'].includes(value)) return false
  throw new PackGuardError(`input ${name}: expected true or false, got "${value}"`)
}

function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
}

/** Reads and checks every input; a bad one is a one-line error naming it. */
export function readInputs(getInput: GetInput): ActionInputs {
  const failOn = getInput('fail-on').trim() || undefined
  if (failOn !== undefined && !isFailOn(failOn)) throw new PackGuardError(`input fail-on: expected one of ${FAIL_ON_VALUES.join(', ')}, got "${failOn}"`)
  const paths = lines(getInput('path'))
  return {
    paths: paths.length > 0 ? paths : ['.'],
    baseline: getInput('baseline').trim() || 'auto',
    registry: getInput('registry').trim() || undefined,
    failOn: failOn as FailOn | undefined,
    comment: booleanInput(getInput, 'comment', true),
    token: getInput('github-token').trim(),
    config: getInput('config').trim() || undefined,
    runScripts: booleanInput(getInput, 'run-scripts', false),
    workspaces: lines(getInput('workspaces')),
    reportFile: getInput('report-file').trim() || undefined,
    acceptLabel: getInput('accept-label').trim() || 'pack-guard: accept',
  }
}
