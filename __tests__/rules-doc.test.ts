import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderRulesDoc } from '../src/core/rules/docs.js'
import { RULES } from '../src/core/rules/index.js'
import { ROOT } from './helpers/cli.js'

describe('docs/rules.md', () => {
  it('is what the rules say about themselves', () => {
    const file = join(ROOT, 'docs/rules.md')
    const expected = renderRulesDoc()
    // Written only when asked for locally; CI compares.
    if (process.env.UPDATE_DOCS) writeFileSync(file, expected)
    expect(readFileSync(file, 'utf8')).toBe(expected)
  })

  it('every rule has a family/name id, unique, and says why and how to fix', () => {
    const ids = RULES.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*\/[a-z]+(?:-[a-z]+)*$/)
      expect(rule.why.length, rule.id).toBeGreaterThan(20)
      expect(rule.fix.length, rule.id).toBeGreaterThan(10)
    }
  })
})
