import { RULE_IDS } from '../core/rules/index.js'
import { PackGuardError } from '../errors.js'
import { checkGlobBounds } from './bounds.js'

/** The keys one config level may set (the root, or a `packages` section). */
export interface ConfigBody {
  failOn?: 'error' | 'warning' | 'never'
  rules?: Record<string, 'off' | 'notice' | 'warning' | 'error'>
  size?: {
    packed?: TotalSize
    unpacked?: TotalSize
    file?: { percent?: number; bytes?: number }
    newFileBytes?: number
    newFilePercent?: number
  }
  sourceMaps?: { sourcesArePublic?: boolean | 'auto' }
  forbidden?: string[]
  allow?: Array<{ path: string; rules?: string[]; reason: string }>
  expect?: string[]
  secrets?: { allow?: Array<{ fingerprint: string; reason: string }> }
}

export interface TotalSize {
  warnPercent?: number
  warnBytes?: number
  errorRatio?: number
  errorBytes?: number
}

export interface PackGuardConfig extends ConfigBody {
  $schema?: string
  /** Per-package sections, by package name: they override the root. */
  packages?: Record<string, ConfigBody>
}

export const SEVERITY_SETTINGS = ['off', 'notice', 'warning', 'error'] as const
import { FAIL_ON_VALUES } from '../core/types.js'
export const FAIL_ON = FAIL_ON_VALUES

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1))
      previous = current
    }
  }
  return row[b.length]
}

/** The closest candidate, when it is close enough to be a typo. */
export function suggest(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const d = distance(value, candidate)
    if (d < bestDistance) [best, bestDistance] = [candidate, d]
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(value.length / 4)) ? best : undefined
}

class Checker {
  constructor(private readonly file: string) {}

  fail(path: string, problem: string): never {
    throw new PackGuardError(`${this.file}: ${path ? `${path}: ` : ''}${problem}`)
  }

  object(value: unknown, path: string, keys: readonly string[]): Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(path, `expected an object, got ${describe(value)}`)
    const record = value as Record<string, unknown>
    for (const key of Object.keys(record)) {
      if (keys.includes(key)) continue
      const hint = suggest(key, keys)
      this.fail(join(path, key), `unknown key${hint ? ` (did you mean "${hint}"?)` : ` (expected one of ${keys.join(', ')})`}`)
    }
    return record
  }

  number(value: unknown, path: string, min = 0): number {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min) this.fail(path, `expected a number of at least ${min}, got ${describe(value)}`)
    return value
  }

  string(value: unknown, path: string): string {
    if (typeof value !== 'string' || value.trim() === '') this.fail(path, `expected a non-empty string, got ${describe(value)}`)
    return value
  }

  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
    this.fail(path, `expected one of ${allowed.join(', ')}, got ${describe(value)}`)
  }

  strings(value: unknown, path: string): string[] {
    if (!Array.isArray(value)) this.fail(path, `expected a list of strings, got ${describe(value)}`)
    return value.map((item, i) => this.string(item, `${path}[${i}]`))
  }

  ruleId(value: unknown, path: string): string {
    const id = this.string(value, path)
    if (RULE_IDS.has(id)) return id
    const hint = suggest(id, RULE_IDS)
    this.fail(path, `unknown rule id "${id}"${hint ? ` (did you mean "${hint}"?)` : ' (see docs/rules.md)'}`)
  }
}

/** `rules."source-map/new"`: plain keys dotted, others quoted, as the user would find them in the file. */
function join(path: string, key: string): string {
  const part = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)
  return path ? `${path}.${part}` : part
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  return typeof value === 'object' ? 'an object' : String(value)
}

const BODY_KEYS = ['failOn', 'rules', 'size', 'sourceMaps', 'forbidden', 'allow', 'expect', 'secrets'] as const
const TOTAL_KEYS = ['warnPercent', 'warnBytes', 'errorRatio', 'errorBytes'] as const

function checkBody(c: Checker, value: unknown, path: string, extraKeys: readonly string[]): ConfigBody {
  const body = c.object(value, path, [...BODY_KEYS, ...extraKeys])
  const result: ConfigBody = {}
  if (body.failOn !== undefined) result.failOn = c.oneOf(body.failOn, join(path, 'failOn'), FAIL_ON)
  if (body.rules !== undefined) {
    const rules = c.object(body.rules, join(path, 'rules'), [...RULE_IDS].concat(Object.keys(body.rules as object)))
    result.rules = {}
    for (const [id, setting] of Object.entries(rules)) {
      const where = join(join(path, 'rules'), id)
      c.ruleId(id, where)
      result.rules[id] = c.oneOf(setting, where, SEVERITY_SETTINGS)
    }
  }
  if (body.size !== undefined) {
    const size = c.object(body.size, join(path, 'size'), ['packed', 'unpacked', 'file', 'newFileBytes', 'newFilePercent'])
    result.size = {}
    for (const measure of ['packed', 'unpacked'] as const) {
      if (size[measure] === undefined) continue
      const where = join(join(path, 'size'), measure)
      const total = c.object(size[measure], where, TOTAL_KEYS)
      const out: TotalSize = {}
      for (const key of TOTAL_KEYS) if (total[key] !== undefined) out[key] = c.number(total[key], join(where, key), key === 'errorRatio' ? 1 : 0)
      result.size[measure] = out
    }
    if (size.file !== undefined) {
      const where = join(join(path, 'size'), 'file')
      const file = c.object(size.file, where, ['percent', 'bytes'])
      result.size.file = {}
      if (file.percent !== undefined) result.size.file.percent = c.number(file.percent, join(where, 'percent'))
      if (file.bytes !== undefined) result.size.file.bytes = c.number(file.bytes, join(where, 'bytes'))
    }
    if (size.newFileBytes !== undefined) result.size.newFileBytes = c.number(size.newFileBytes, join(join(path, 'size'), 'newFileBytes'))
    if (size.newFilePercent !== undefined) result.size.newFilePercent = c.number(size.newFilePercent, join(join(path, 'size'), 'newFilePercent'))
  }
  if (body.sourceMaps !== undefined) {
    const maps = c.object(body.sourceMaps, join(path, 'sourceMaps'), ['sourcesArePublic'])
    if (maps.sourcesArePublic !== undefined) {
      const value = maps.sourcesArePublic
      if (value !== true && value !== false && value !== 'auto') c.fail(join(join(path, 'sourceMaps'), 'sourcesArePublic'), `expected true, false or "auto", got ${describe(value)}`)
      result.sourceMaps = { sourcesArePublic: value as boolean | 'auto' }
    }
  }
  if (body.forbidden !== undefined) result.forbidden = c.strings(body.forbidden, join(path, 'forbidden'))
  if (body.expect !== undefined) result.expect = c.strings(body.expect, join(path, 'expect'))
  if (body.allow !== undefined) {
    if (!Array.isArray(body.allow)) c.fail(join(path, 'allow'), `expected a list, got ${describe(body.allow)}`)
    result.allow = body.allow.map((entry, i) => {
      const where = `${join(path, 'allow')}[${i}]`
      const allow = c.object(entry, where, ['path', 'rules', 'reason'])
      if (allow.reason === undefined) c.fail(where, 'needs a "reason": the report shows why this is allowed')
      return {
        path: c.string(allow.path, join(where, 'path')),
        reason: c.string(allow.reason, join(where, 'reason')),
        ...(allow.rules === undefined ? {} : { rules: c.strings(allow.rules, join(where, 'rules')).map((id, j) => c.ruleId(id, `${join(where, 'rules')}[${j}]`)) }),
      }
    })
  }
  if (body.secrets !== undefined) {
    const secrets = c.object(body.secrets, join(path, 'secrets'), ['allow'])
    if (secrets.allow !== undefined) {
      const where = join(join(path, 'secrets'), 'allow')
      if (!Array.isArray(secrets.allow)) c.fail(where, `expected a list, got ${describe(secrets.allow)}`)
      result.secrets = {
        allow: secrets.allow.map((entry, i) => {
          const item = c.object(entry, `${where}[${i}]`, ['fingerprint', 'reason'])
          const fingerprint = c.string(item.fingerprint, `${where}[${i}].fingerprint`)
          if (!/^sha256:[0-9a-f]{12}$/.test(fingerprint)) c.fail(`${where}[${i}].fingerprint`, `expected "sha256:" and 12 hex digits, as the report shows it, got ${describe(fingerprint)}`)
          return { fingerprint, reason: c.string(item.reason, `${where}[${i}].reason`) }
        }),
      }
    }
  }
  return result
}

/** Checks a parsed config; every problem is one line naming the file, the key and what was expected. */
export function validateConfig(data: unknown, file: string): PackGuardConfig {
  const c = new Checker(file)
  const root = c.object(data, '', [...BODY_KEYS, 'packages', '$schema'])
  const config: PackGuardConfig = checkBody(c, root, '', ['packages', '$schema'])
  if (root.$schema !== undefined) config.$schema = c.string(root.$schema, '$schema')
  if (root.packages !== undefined) {
    const packages = c.object(root.packages, 'packages', Object.keys(root.packages as object))
    config.packages = {}
    for (const [name, body] of Object.entries(packages)) config.packages[name] = checkBody(c, body, join('packages', name), [])
  }
  checkGlobBounds(config, file)
  return config
}
