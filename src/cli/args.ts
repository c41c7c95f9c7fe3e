import { type ParseArgsConfig, parseArgs } from 'node:util'
import { FAIL_ON_VALUES, type FailOn } from '../core/types.js'
import { PackGuardError } from '../errors.js'

export type Format = 'text' | 'json' | 'markdown'

export interface CliOptions {
  path: string
  baseline: string
  registry?: string
  runScripts: boolean
  workspaces: string[]
  format: Format
  /** Only when given: it overrides the config's failOn. */
  failOn?: FailOn
  config?: string
  maxBytes?: number
  maxEntries?: number
  maxSecretScanBytes?: number
  maxPaxBytes?: number
  maxPaxRecords?: number
  /** Seconds a registry request may take in all, body included. */
  registryDeadline?: number
  maxPackumentBytes?: number
  /** Keep a copy of the checked tarball here (one package only). */
  keepTarball?: string
  help: boolean
  version: boolean
}

export const USAGE = `Usage: pack-guard [PATH] [options]
       pack-guard NAME@VERSION [options]                    check a published release against the version before it
       pack-guard verify NAME@VERSION --tarball FILE        check the registry serves exactly FILE (see pack-guard verify --help)
       pack-guard init [PATH] [--baseline SPEC] [--force]   write a starter pack-guard.config.json
       pack-guard explain RULE                              what a rule catches, why, and how to silence it

Diffs an npm package tarball against its previous release and reports leaked
source maps, files that never belong in a release, and size jumps.

  PATH                        a package folder, a workspace root, a .tgz, or NAME@VERSION / NAME@TAG (default: .)
  --baseline SPEC             a .tgz path, a version, a dist-tag, "auto" (default) or "none"
  --registry URL              the registry to fetch the baseline from (default: from .npmrc)
  --run-scripts               run prepack/prepare while packing (off: PR code is untrusted)
  --workspace NAME            in a workspace root, check only this package (repeatable)
  --format text|json|markdown output format (default: text)
  --fail-on error|warning|never  exit 1 when findings reach this severity (default: the config's, else error)
  --config FILE               a config file (default: pack-guard.config.json, .pack-guard.yml or package.json "packGuard")
  --keep-tarball FILE         keep the tarball that was checked (to publish exactly that file)
  --max-bytes N               cap on decompressed bytes per tarball (default: 1 GiB)
  --max-entries N             cap on entries per tarball (default: 500000)
  --max-secret-scan-bytes N   bytes of each file scanned for secrets (default: 64 MiB)
  --max-pax-bytes N           cap on PAX and long-name header bytes per tarball (default: 32 MiB)
  --max-pax-records N         cap on PAX records per tarball, global headers included (default: 1000000)
  --registry-deadline S       seconds a registry download may take in all (default: 300)
  --max-packument-bytes N     cap on the size of a registry package document (default: 100 MiB)
  -h, --help                  show this help
  -v, --version               show the version

Exit codes: 0 pass, 1 findings at --fail-on, 2 could not run.`

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new PackGuardError(`--${name}: expected one of ${allowed.join(', ')}, got "${value}"`)
}

function positiveInteger(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (!Number.isSafeInteger(number) || number <= 0) throw new PackGuardError(`--${name}: expected a positive whole number, got "${value}"`)
  return number
}

/** node:util's parseArgs with positionals, strict options, and a one-line error naming the option. */
export function parseOptions<const O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O) {
  try {
    return parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: O }>({ args: argv, allowPositionals: true, strict: true, options })
  } catch (error) {
    throw friendlyParseError(error)
  }
}

/** Parses argv; every problem is a PackGuardError naming the option. */
export function parseCliArgs(argv: string[]): CliOptions {
  const parsed = parseOptions(argv, {
        baseline: { type: 'string' },
        registry: { type: 'string' },
        'run-scripts': { type: 'boolean' },
        workspace: { type: 'string', multiple: true },
        format: { type: 'string' },
        'fail-on': { type: 'string' },
        config: { type: 'string' },
        'max-bytes': { type: 'string' },
        'max-entries': { type: 'string' },
        'max-secret-scan-bytes': { type: 'string' },
        'max-pax-bytes': { type: 'string' },
        'max-pax-records': { type: 'string' },
        'registry-deadline': { type: 'string' },
        'max-packument-bytes': { type: 'string' },
        'keep-tarball': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
  })
  const { values, positionals } = parsed
  if (positionals.length > 1) throw new PackGuardError(`expected one PATH, got ${positionals.length}: ${positionals.join(' ')}`)
  return {
    path: positionals[0] ?? '.',
    baseline: values.baseline ?? 'auto',
    registry: values.registry,
    runScripts: values['run-scripts'] ?? false,
    workspaces: values.workspace ?? [],
    format: oneOf('format', values.format ?? 'text', ['text', 'json', 'markdown'] as const),
    failOn: values['fail-on'] === undefined ? undefined : oneOf('fail-on', values['fail-on'], FAIL_ON_VALUES),
    config: values.config,
    maxBytes: positiveInteger('max-bytes', values['max-bytes']),
    maxEntries: positiveInteger('max-entries', values['max-entries']),
    maxSecretScanBytes: positiveInteger('max-secret-scan-bytes', values['max-secret-scan-bytes']),
    maxPaxBytes: positiveInteger('max-pax-bytes', values['max-pax-bytes']),
    maxPaxRecords: positiveInteger('max-pax-records', values['max-pax-records']),
    registryDeadline: positiveInteger('registry-deadline', values['registry-deadline']),
    maxPackumentBytes: positiveInteger('max-packument-bytes', values['max-packument-bytes']),
    keepTarball: values['keep-tarball'],
    help: values.help ?? false,
    version: values.version ?? false,
  }
}

/** parseArgs explains over several sentences; this says the essential in one line. */
function friendlyParseError(error: unknown): PackGuardError {
  const message = error instanceof Error ? error.message : String(error)
  const unknown = /Unknown option '([^']*)'/.exec(message)
  const missing = /Option '([^' ]*)[^']*' argument (?:missing|is ambiguous)/.exec(message)
  const line = unknown
    ? `unknown option ${unknown[1]}`
    : missing
      ? `option ${missing[1]} needs a value (write ${missing[1]}=VALUE for a value that starts with -)`
      : message.split('\n')[0]
  return new PackGuardError(`${line} (see pack-guard --help)`)
}
