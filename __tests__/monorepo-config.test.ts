import { join } from 'node:path'
import { writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cliWith } from './helpers/cli.js'
import { runAction } from './helpers/action.js'
import { cleanEnv, writePackageFolder } from './helpers/registry.js'
import { tempDir } from './helpers/tarball.js'

/**
 * A monorepo whose package `a` has its own config, stricter than the root's:
 * it expects only index.js to ship, and makes an unexpected file an error.
 */
function monorepo(): string {
  const root = tempDir()
  writePackageFolder(root, { name: 'mono', private: true, workspaces: ['packages/*'] }, {})
  writeFileSync(join(root, 'pack-guard.config.json'), JSON.stringify({ rules: { 'size/large-new-file': 'off' } }))
  const a = writePackageFolder(join(root, 'packages', 'a'), { name: '@mono/a', version: '1.0.0', files: ['index.js', 'notes.txt'] }, { 'index.js': 'export {}\n', 'notes.txt': 'draft\n' })
  writeFileSync(join(a, 'pack-guard.config.json'), JSON.stringify({ expect: ['index.js'], rules: { 'files/unexpected': 'error' } }))
  writePackageFolder(join(root, 'packages', 'b'), { name: '@mono/b', version: '1.0.0', files: ['index.js', 'notes.txt'] }, { 'index.js': 'export {}\n', 'notes.txt': 'draft\n' })
  writePackageFolder(join(root, 'packages', 'internal'), { name: '@mono/internal', version: '1.0.0', private: true }, { 'index.js': '' })
  return root
}

const io = () => ({ env: cleanEnv({ HOME: tempDir() }) })

describe('a workspace package is judged by its own config, laid over the root config', () => {
  it('checked directly, from the root, and with --workspace', async () => {
    const root = monorepo()
    const direct = await cliWith(io(), join(root, 'packages', 'a'), '--baseline', 'none', '--format', 'json')
    expect(direct.code, direct.stderr).toBe(1)
    const fromRoot = await cliWith(io(), root, '--baseline', 'none', '--format', 'json')
    expect(fromRoot.code, fromRoot.stderr).toBe(1)
    const report = JSON.parse(fromRoot.stdout)
    const unexpected = (name: string) => report.packages.find((p: { name: string }) => p.name === name).findings.filter((f: { rule: string }) => f.rule === 'files/unexpected')
    expect(unexpected('@mono/a')).toMatchObject([{ severity: 'error', path: 'notes.txt' }])
    // b has no config of its own: the root's applies, which expects nothing in particular.
    expect(unexpected('@mono/b')).toEqual([])
    const picked = await cliWith(io(), root, '--baseline', 'none', '--workspace', '@mono/a')
    expect(picked.code).toBe(1)
    expect(picked.stdout).toContain('files/unexpected')
  })

  it('--workspace naming a private package is an error, not a silent pass', async () => {
    const result = await cliWith(io(), monorepo(), '--baseline', 'none', '--workspace', '@mono/internal')
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^pack-guard: --workspace @mono\/internal: that workspace is private/)
  })

  it('in the action, through the workspaces input', async () => {
    const root = monorepo()
    const result = await runAction({ path: '.', baseline: 'none', workspaces: '@mono/a\n@mono/b' }, { workspace: root, eventName: 'push' })
    expect(result.code, result.stderr).toBe(1)
    const errors = result.commands.filter((c) => c.command === 'error' && c.line.includes('files/unexpected'))
    expect(errors).toHaveLength(1)
    expect(errors[0].line).toContain('packages/a')
  })
})
