/**
 * The JSON report as a JSON Schema (shipped as pack-guard-report.schema.json), and
 * the validator that reads a report file against it. A report file comes from a
 * job that ran a pull request's code: it is data, checked like data, before the
 * privileged job renders anything of it.
 */
import type { FindingDetails, RuleFamily } from './core/finding-details.js'
import { RULE_IDS } from './core/rules/index.js'

type UnionToIntersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never
/** Every detail field of every family: the schema below must list each one (the compiler checks). */
type DetailKey = keyof UnionToIntersection<FindingDetails[RuleFamily]>

/** The subset of JSON Schema (draft-07) this schema uses, and the validator reads. */
export interface Schema {
  $schema?: string
  $id?: string
  title?: string
  description?: string
  type?: SchemaType | SchemaType[]
  enum?: readonly unknown[]
  const?: unknown
  pattern?: string
  maxLength?: number
  minimum?: number
  maximum?: number
  maxItems?: number
  properties?: Record<string, Schema>
  required?: string[]
  additionalProperties?: false
  items?: Schema
}

type SchemaType = 'string' | 'integer' | 'number' | 'boolean' | 'null' | 'object' | 'array'

/** Caps on what a report may hold: far above real reports, low enough that a file cannot flood a renderer. */
export const REPORT_CAPS = {
  /** Lists of files and findings: a tarball holds at most --max-entries (500,000 by default) entries. */
  items: 1_000_000,
  packages: 1_000,
  /** Package names are at most 214 characters on npm; versions and registries are short. */
  name: 214,
  version: 256,
  url: 2_048,
  /** Paths: PATH_MAX-like, and the tar reader's own cap. */
  path: 4_096,
  /** Messages name up to three paths; reasons and hints are sentences. */
  message: 16_384,
  text: 4_096,
} as const

const SIZE: Schema = { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER }
const str = (maxLength: number): Schema => ({ type: 'string', maxLength })
const list = (items: Schema, maxItems: number = REPORT_CAPS.items): Schema => ({ type: 'array', items, maxItems })
const object = (properties: Record<string, Schema>, required: string[] = Object.keys(properties)): Schema => ({ type: 'object', properties, required, additionalProperties: false })
const measure = object({ before: { type: ['integer', 'null'], minimum: 0, maximum: Number.MAX_SAFE_INTEGER }, after: SIZE })
const sized = object({ path: str(REPORT_CAPS.path), size: SIZE })

/** Every detail field of every rule family (see src/core/finding-details.ts), all optional. */
function detailsSchema(): Schema {
  const number: Schema = { type: 'number' }
  const paths = list(str(REPORT_CAPS.path))
  const properties: Record<DetailKey, Schema> = {
    count: SIZE,
    paths,
    matches: list(object({ kind: str(100), line: SIZE, preview: str(16), fingerprint: { type: 'string', pattern: '^sha256:[0-9a-f]{12}$' } }), 100_000),
    alreadyPublicSince: str(REPORT_CAPS.version),
    secretFile: str(REPORT_CAPS.text),
    newValues: SIZE,
    sourcesArePublic: { type: 'boolean' },
    threshold: number,
    size: SIZE,
    reason: str(REPORT_CAPS.text),
    sources: SIZE,
    sourcesWithContent: SIZE,
    externalUrlCount: SIZE,
    externalUrls: list(str(REPORT_CAPS.url), 1_000),
    problem: str(REPORT_CAPS.text),
    url: str(REPORT_CAPS.url),
    map: str(REPORT_CAPS.path),
    expect: list(str(REPORT_CAPS.path), 10_000),
    files: SIZE,
    bytes: SIZE,
    measure: str(100),
    before: number,
    after: number,
    delta: number,
    percent: { type: ['number', 'null'] },
    type: { type: ['string', 'null'], maxLength: 100 },
    target: { type: ['string', 'null'], maxLength: REPORT_CAPS.path },
    roots: list(str(REPORT_CAPS.path), 10_000),
    script: str(REPORT_CAPS.text),
    dependency: str(REPORT_CAPS.name),
    source: str(REPORT_CAPS.text),
    command: str(REPORT_CAPS.text),
    previous: { type: ['string', 'null'], maxLength: REPORT_CAPS.text },
    current: str(REPORT_CAPS.text),
    dependencies: list(object({ name: str(REPORT_CAPS.name), spec: str(REPORT_CAPS.text) }), 100_000),
    attestedVersion: str(REPORT_CAPS.version),
    version: str(REPORT_CAPS.version),
  }
  return object(properties, [])
}

/** The JSON Schema of the report, built from the rules so a rule id is always a known one. */
export function buildReportSchema(): Schema {
  const finding = object(
    {
      rule: { type: 'string', enum: [...RULE_IDS].sort() },
      severity: { type: 'string', enum: ['error', 'warning', 'notice'] },
      path: str(REPORT_CAPS.path),
      message: str(REPORT_CAPS.message),
      hint: str(REPORT_CAPS.text),
      count: SIZE,
      bytes: SIZE,
      details: detailsSchema(),
      suppressed: object({ by: { type: 'string', enum: ['config', 'label'] }, reason: str(REPORT_CAPS.text) }),
    },
    ['rule', 'severity', 'message'],
  )
  const pkg = object({
    name: str(REPORT_CAPS.name),
    version: str(REPORT_CAPS.version),
    baseline: object({ version: { type: ['string', 'null'], maxLength: REPORT_CAPS.version }, source: str(REPORT_CAPS.path), registry: str(REPORT_CAPS.url) }, ['version', 'source']),
    packed: measure,
    unpacked: measure,
    fileCount: measure,
    files: object({ added: list(sized), removed: list(sized), changed: list(object({ path: str(REPORT_CAPS.path), before: SIZE, after: SIZE })) }),
    findings: list(finding),
  })
  const count = SIZE
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/pack-guard/pack-guard/blob/main/pack-guard-report.schema.json',
    title: 'pack-guard report',
    description: 'The JSON report of pack-guard (--format json, the action\'s report output). Unknown keys are dropped when a report file is read.',
    ...object(
      {
        schemaVersion: { const: 1 },
        tool: object({ name: { const: 'pack-guard' }, version: str(100) }),
        failOn: { type: 'string', enum: ['error', 'warning', 'never'] },
        verdict: { type: 'string', enum: ['pass', 'fail'] },
        counts: object({ error: count, warning: count, notice: count }),
        packages: list(pkg, REPORT_CAPS.packages),
        skipped: list(object({ name: str(REPORT_CAPS.name), path: str(REPORT_CAPS.path), reason: str(REPORT_CAPS.text) }), REPORT_CAPS.packages),
      },
      ['schemaVersion', 'failOn', 'packages'],
    ),
  }
}

/** Where in the data a value sits, as a reader would write it: `packages[0].findings[3].path`. */
function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`
  return /^[A-Za-z_$][\w$]*$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`
}

function typeOf(value: unknown): SchemaType | 'undefined' {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value as SchemaType | 'undefined'
}

/**
 * Checks `value` against `schema` and returns a copy without unknown keys (as
 * Ajv's `removeAdditional: "all"` would). Throws `what is wrong at where` on the
 * first problem. Numbers must be finite (JSON's `1e999` parses to Infinity).
 */
export function validateAgainst(schema: Schema, value: unknown, path = ''): unknown {
  const where = path || 'the report'
  if (schema.const !== undefined && value !== schema.const) throw new Error(`${where}: expected ${JSON.stringify(schema.const)}`)
  if (schema.type) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type]
    const actual = typeOf(value)
    const ok = types.includes(actual as SchemaType) || (actual === 'integer' && types.includes('number'))
    if (!ok) throw new Error(`${where}: expected ${types.join(' or ')}, got ${actual === 'integer' ? 'number' : actual}`)
  }
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`${where}: not a finite number`)
  if (schema.enum && !schema.enum.includes(value)) throw new Error(`${where}: not one of the known values`)
  if (typeof value === 'string') {
    if (schema.maxLength !== undefined && value.length > schema.maxLength) throw new Error(`${where}: longer than ${schema.maxLength} characters`)
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) throw new Error(`${where}: not in the expected form`)
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) throw new Error(`${where}: below ${schema.minimum}`)
    if (schema.maximum !== undefined && value > schema.maximum) throw new Error(`${where}: above ${schema.maximum}`)
  }
  if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > schema.maxItems) throw new Error(`${where}: more than ${schema.maxItems} items`)
    if (!schema.items) return value
    const out: unknown[] = new Array(value.length)
    for (let i = 0; i < value.length; i++) out[i] = validateAgainst(schema.items, value[i], at(path, i))
    return out
  }
  if (typeOf(value) === 'object' && schema.properties) {
    const record = value as Record<string, unknown>
    for (const key of schema.required ?? []) if (!Object.hasOwn(record, key)) throw new Error(`${at(path, key)}: missing`)
    const out: Record<string, unknown> = {}
    for (const [key, property] of Object.entries(schema.properties)) {
      if (Object.hasOwn(record, key) && record[key] !== undefined) out[key] = validateAgainst(property, record[key], at(path, key))
    }
    // Keys the schema does not know are dropped: nothing unchecked reaches a renderer.
    return out
  }
  return value
}
