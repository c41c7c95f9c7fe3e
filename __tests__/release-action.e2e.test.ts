/**
 * The release gate of docs/action.md, run as the runner runs the bundled action: pack
 * once with scripts on, check, and hand the exact tarball (path and integrity) to the
 * publish step; then the published bytes verify against it.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runAction } from './helpers/action.js'
import { inputsWithDefaults } from './helpers/action-yml.js'
import { distCli } from './helpers/cli.js'
import { cleanEnv, publish, publishTarball, registryUrl, uniqueName, writePackageFolder } from './helpers/registry.js'
import { tempDir } from './helpers/tarball.js'

describe('the release gate: pack once, check, publish that file, verify', () => {
  it('outputs the checked tarball (with what prepack built) and its integrity; the published bytes verify', { timeout: 60_000 }, async () => {
    const name = uniqueName('release-gate')
    await publish(name, '1.0.0', [{ path: 'dist/index.js', content: 'export const x = 1\n' }])
    const workspace = tempDir()
    // prepack builds dist/: with run-scripts the checked tarball is what `npm publish` would have packed.
    writePackageFolder(workspace, { name, version: '1.1.0', files: ['dist'], scripts: { prepack: 'node build.cjs' } }, {
      'build.cjs': "require('fs').mkdirSync('dist', { recursive: true }); require('fs').writeFileSync('dist/index.js', 'export const built = 2\\n')\n",
    })
    const home = tempDir()
    const result = await runAction(inputsWithDefaults({ path: '.', 'run-scripts': 'true', registry: registryUrl(), comment: 'false' }), { eventName: 'push', workspace })
    expect(result.code, result.stderr + result.stdout).toBe(0)
    const tarball = result.outputs.tarball
    expect(tarball).toMatch(new RegExp(`pack-guard-tarballs/${name}-1\\.1\\.0\\.tgz$`))
    expect(existsSync(tarball)).toBe(true)
    expect(result.outputs.integrity).toBe(`sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`)
    const report = JSON.parse(readFileSync(result.outputs.report, 'utf8'))
    expect(report.packages[0].files.changed.map((f: { path: string }) => f.path)).toContain('dist/index.js')

    await publishTarball(tarball)
    const env = cleanEnv({ HOME: home, npm_config_userconfig: join(home, '.npmrc') })
    const verified = distCli(['verify', `${name}@1.1.0`, '--tarball', tarball, '--registry', registryUrl()], env)
    expect(verified.stdout).toBe(`identical: ${name}@1.1.0 on ${registryUrl()} is ${tarball} (${result.outputs.integrity})\n`)
    expect(verified.code).toBe(0)
    // The watch of the published release, from the bundled CLI.
    const watched = distCli([`${name}@latest`, '--registry', registryUrl(), '--format', 'json'], env)
    expect(watched.code, watched.stderr).toBe(0)
    expect(JSON.parse(watched.stdout).packages[0]).toMatchObject({ version: '1.1.0', baseline: { version: '1.0.0' } })
  })

  it('one line per package in a monorepo', async () => {
    const workspace = tempDir()
    const a = uniqueName('mono-a')
    const b = uniqueName('mono-b')
    writePackageFolder(workspace, { name: 'root', private: true, workspaces: ['packages/*'] }, {})
    writePackageFolder(join(workspace, 'packages', 'a'), { name: a, version: '1.0.0' }, { 'index.js': '' })
    writePackageFolder(join(workspace, 'packages', 'b'), { name: b, version: '2.0.0' }, { 'index.js': '' })
    const result = await runAction(inputsWithDefaults({ path: '.', baseline: 'none', comment: 'false' }), { eventName: 'push', workspace })
    expect(result.code, result.stderr).toBe(0)
    const paths = result.outputs.tarball.split('\n')
    expect(paths.map((path) => path.split('/').pop())).toEqual([`${a}-1.0.0.tgz`, `${b}-2.0.0.tgz`])
    expect(result.outputs.integrity.split('\n')).toHaveLength(2)
  })

  it('the scheduled watch: path NAME@latest fails with an annotation and the summary when the release adds a postinstall', { timeout: 60_000 }, async () => {
    const name = uniqueName('watch-action')
    await publish(name, '1.0.0', [{ path: 'index.js', content: 'export {}\n' }])
    await publish(name, '1.0.1', [{ path: 'package.json', content: JSON.stringify({ name, version: '1.0.1', scripts: { postinstall: 'node x.js' } }) }, { path: 'index.js', content: 'export {}\n' }])
    const result = await runAction(inputsWithDefaults({ path: `${name}@latest`, registry: registryUrl(), comment: 'false' }), { eventName: 'schedule' })
    expect(result.code).toBe(1)
    const errors = result.commands.filter((c) => c.command === 'error').map((c) => c.line)
    expect(errors.some((line) => line.includes('title=pack-guard manifest/install-script') && line.includes('adds a `postinstall` script'))).toBe(true)
    expect(result.summary).toContain('manifest/install-script')
    expect(result.outputs.errors).toBe('1')
    expect(result.outputs.tarball).toBeUndefined()
  })
})
