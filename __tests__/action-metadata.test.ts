import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readInputs } from '../src/github/inputs.js'
import { ROOT } from './helpers/cli.js'

const actionYml = readFileSync(join(ROOT, 'action.yml'), 'utf8')

function section(name: string): string[] {
  const block = new RegExp(`^${name}:\\n((?:  .*\\n|\\n)*)`, 'm').exec(actionYml)?.[1] ?? ''
  return [...block.matchAll(/^ {2}([a-z-]+):$/gm)].map((match) => match[1])
}

describe('action.yml', () => {
  it('runs dist/index.js on node24', () => {
    expect(actionYml).toMatch(/^runs:\n {2}using: node24\n {2}main: dist\/index\.js$/m)
  })

  it('declares exactly the inputs the action reads, and .env.example lists each', () => {
    const read: string[] = []
    readInputs((name) => (read.push(name), ''))
    expect(section('inputs').sort()).toEqual([...new Set(read)].sort())
    const envExample = readFileSync(join(ROOT, '.env.example'), 'utf8')
    for (const input of section('inputs')) expect(envExample).toContain(`INPUT_${input.toUpperCase()}=`)
  })

  it('declares the outputs the action writes', () => {
    const main = readFileSync(join(ROOT, 'src/main.ts'), 'utf8')
    const written = [...main.matchAll(/setOutput\('([a-z-]+)'/g)].map((match) => match[1])
    expect(section('outputs').sort()).toEqual([...new Set(written)].sort())
  })
})
