import { RULES } from '../core/rules/index.js'
import { FAIL_ON, SEVERITY_SETTINGS } from './validate.js'

const count = (description: string) => ({ type: 'number', minimum: 0, description })

/** The JSON Schema of the config, built from the rules so it never misses one. Shipped as pack-guard.schema.json. */
export function buildConfigSchema(): Record<string, unknown> {
  const ruleIds = RULES.map((rule) => rule.id)
  const total = (what: string) => ({
    type: 'object',
    additionalProperties: false,
    description: `Thresholds for the ${what} size: a warning needs both warnPercent and warnBytes; an error needs both errorRatio and errorBytes.`,
    properties: {
      warnPercent: count('Growth in percent that warns.'),
      warnBytes: count('Growth in bytes that warns.'),
      errorRatio: { type: 'number', minimum: 1, description: 'Multiplication of the size that is an error (10 = ten times).' },
      errorBytes: count('Growth in bytes that an error needs too.'),
    },
  })
  const body = {
    failOn: { enum: [...FAIL_ON], description: 'Fail when findings reach this severity. The CLI --fail-on and the action input override it.' },
    rules: {
      type: 'object',
      description: 'Severity per rule id: off, notice, warning or error.',
      propertyNames: { enum: ruleIds },
      additionalProperties: { enum: [...SEVERITY_SETTINGS] },
      properties: Object.fromEntries(RULES.map((rule) => [rule.id, { enum: [...SEVERITY_SETTINGS], description: `${rule.summary} Default: ${rule.severity}.` }])),
    },
    size: {
      type: 'object',
      additionalProperties: false,
      properties: {
        packed: total('packed'),
        unpacked: total('unpacked'),
        file: {
          type: 'object',
          additionalProperties: false,
          description: 'Growth of a file that shipped before: both must be reached.',
          properties: { percent: count('Growth in percent.'), bytes: count('Growth in bytes.') },
        },
        newFileBytes: count('A new file at least this large is reported (and at least newFilePercent of the previous unpacked size).'),
        newFilePercent: count('A new file is reported only when it is also at least this share (percent) of the previous unpacked size.'),
      },
    },
    sourceMaps: {
      type: 'object',
      additionalProperties: false,
      properties: {
        sourcesArePublic: {
          enum: [true, false, 'auto'],
          description: 'Whether the original sources are public anyway (embedded sources in maps are then a warning, not an error). "auto": from the licence in package.json (an SPDX licence is open source; UNLICENSED, SEE LICENSE IN and none are not).',
        },
      },
    },
    forbidden: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Extra globs of files that must never ship (rule files/forbidden).' },
    allow: {
      type: 'array',
      description: 'Findings on these paths are shown as allowed, with the reason, and do not count.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['path', 'reason'],
        properties: {
          path: { type: 'string', minLength: 1, description: 'A glob over package paths.' },
          rules: { type: 'array', items: { enum: ruleIds }, description: 'Only these rules (default: all).' },
          reason: { type: 'string', minLength: 1, description: 'Why: the report shows it.' },
        },
      },
    },
    expect: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Expected contents: any file outside these globs is an error (rule files/unexpected).' },
    secrets: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allow: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['fingerprint', 'reason'],
            properties: {
              fingerprint: { type: 'string', pattern: '^sha256:[0-9a-f]{12}$', description: 'As the report shows it.' },
              reason: { type: 'string', minLength: 1 },
            },
          },
        },
      },
    },
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/pack-guard/pack-guard/blob/main/pack-guard.schema.json',
    title: 'pack-guard config',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      ...body,
      packages: {
        type: 'object',
        description: 'Per-package sections by package name, in a monorepo: they override the root.',
        additionalProperties: { type: 'object', additionalProperties: false, properties: body },
      },
    },
  }
}
