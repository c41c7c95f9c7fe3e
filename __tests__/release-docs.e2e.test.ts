/**
 * The two workflows docs/action.md documents for issue 18, run as far as the loopback
 * registry allows: the pack-guard step with the documented inputs through the bundled
 * action, the documented verify script through bash (npx swapped for the bundled CLI),
 * and the documented watch step. What cannot run here: `npm publish --provenance` needs
 * GitHub's OIDC token, so the tarball is published without provenance, and the
 * attestations come from a loopback stand-in whose bundles are not Sigstore-signed.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
// @ts-expect-error: a plain .mjs script, run by CI on its own too
import { yamlBlocks } from '../scripts/lint-workflows.mjs'
import { type AttestationServer, attestationsBody, sha512Hex, startAttestationServer } from './helpers/attestations.js'
import { runAction, spawnCollect } from './helpers/action.js'
import { inputsWithDefaults } from './helpers/action-yml.js'
import { DIST_CLI, ROOT } from './helpers/cli.js'
import { cleanEnv, publish, publishTarball, registryUrl, uniqueName, writePackageFolder } from './helpers/registry.js'
import { tempDir } from './helpers/tarball.js'

type Step = { uses?: string; id?: string; run?: string; with?: Record<string, string>; env?: Record<string, string> }
type Workflow = { name: string; permissions?: Record<string, string>; jobs: Record<string, { steps: Step[] }> }

const workflows = (yamlBlocks(readFileSync(join(ROOT, 'docs/action.md'), 'utf8')) as Array<{ text: string }>).map((block) => parse(block.text) as Workflow)
const workflow = (name: string) => {
  const found = workflows.find((candidate) => candidate?.name === name)
  if (!found) throw new Error(`docs/action.md has no workflow named ${name}`)
  return found
}
const steps = (w: Workflow) => Object.values(w.jobs)[0].steps
const guardStep = (w: Workflow) => steps(w).find((step) => step.uses?.startsWith('pack-guard/pack-guard@')) as Step

/** Runs a script with bash, without blocking this process: the stand-in server here must keep answering. */
function bash(script: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return spawnCollect('bash', ['-e', '-c', script], { cwd, env, timeout: 60_000 })
}

let stand: AttestationServer
beforeAll(async () => {
  stand = await startAttestationServer(registryUrl())
})
afterAll(async () => {
  await stand?.close()
})

describe('docs/action.md: the release workflow', () => {
  const release = workflow('release')

  it('asks for id-token: write, packs with scripts on, and publishes the checked tarball with provenance', () => {
    expect(release.permissions).toEqual({ contents: 'read', 'id-token': 'write' })
    expect(guardStep(release).with?.['run-scripts']).toBe('true')
    const publishStep = steps(release).find((step) => step.run?.startsWith('npm publish')) as Step
    expect(publishStep.run).toBe('npm publish "$TARBALL" --provenance --access public')
    expect(publishStep.env?.TARBALL).toBe(`\${{ steps.${guardStep(release).id}.outputs.tarball }}`)
  })

  it('runs as documented: the gate keeps what prepack built, that file is published, the verify script passes', { timeout: 90_000 }, async () => {
    const name = uniqueName('docs-release')
    await publish(name, '1.0.0', [{ path: 'dist/index.js', content: 'export const x = 1\n' }])
    const workspace = tempDir()
    writePackageFolder(workspace, { name, version: '1.1.0', files: ['dist'], scripts: { prepack: 'node build.cjs' } }, {
      'build.cjs': "require('fs').mkdirSync('dist', { recursive: true }); require('fs').writeFileSync('dist/index.js', 'export const built = 2\\n')\n",
    })
    // The documented inputs; the registry is the one setup-node would configure.
    const gate = await runAction(inputsWithDefaults({ ...guardStep(release).with, registry: registryUrl() }), { eventName: 'push', workspace })
    expect(gate.code, gate.stdout).toBe(0)
    const tarball = gate.outputs.tarball
    await publishTarball(tarball)

    const verifyStep = steps(release).find((step) => step.run?.includes(' verify ')) as Step
    const script = (verifyStep.run ?? '').replace('npx --yes pack-guard@1', `"${process.execPath}" "${DIST_CLI}"`)
    const home = tempDir()
    const env = cleanEnv({ HOME: home, npm_config_userconfig: join(home, '.npmrc'), TARBALL: tarball })
    // With provenance required, the loopback stand-in serves an attestation about this very tarball, unsigned.
    stand.set(name, '1.1.0', attestationsBody(name, '1.1.0', sha512Hex(readFileSync(tarball))))
    const withProvenance = await bash(script, workspace, { ...env, npm_config_registry: stand.url })
    expect(withProvenance.status).toBe(1)
    expect(withProvenance.stdout).toContain(`identical: ${name}@1.1.0`)
    expect(withProvenance.stdout).toContain("subject sha512 is the tarball's\nsignature: INVALID")
    // Without the provenance requirement (which only a real Sigstore-signed publish meets), the same script passes.
    const bytesOnly = await bash(script.replace(' --require-provenance', ''), workspace, { ...env, npm_config_registry: registryUrl() })
    expect(bytesOnly.stderr).toBe('')
    expect(bytesOnly.stdout).toBe(`identical: ${name}@1.1.0 on ${registryUrl()} is ${tarball} (${gate.outputs.integrity})\n`)
    expect(bytesOnly.status).toBe(0)
  })
})

describe('docs/action.md: the watch workflow', () => {
  const watch = workflow('watch release')

  it('runs on a schedule and watches NAME@latest', () => {
    expect(Object.keys((watch as unknown as { on: Record<string, unknown> }).on)).toContain('schedule')
    expect(guardStep(watch).with?.path).toMatch(/@latest$/)
  })

  it('fails with the documented inputs when the latest release adds a postinstall and drops provenance', { timeout: 90_000 }, async () => {
    const name = uniqueName('docs-watch')
    await publish(name, '1.0.0', [{ path: 'index.js', content: 'export {}\n' }])
    await publish(name, '1.0.1', [{ path: 'package.json', content: JSON.stringify({ name, version: '1.0.1', scripts: { postinstall: 'node x.js' } }) }, { path: 'index.js', content: 'export {}\n' }])
    stand.set(name, '1.0.0', attestationsBody(name, '1.0.0', 'ab'.repeat(64)))
    const inputs = { ...guardStep(watch).with, path: String(guardStep(watch).with?.path).replace('@acme/widgets', name), registry: stand.url }
    const result = await runAction(inputsWithDefaults(inputs), { eventName: 'schedule' })
    expect(result.code).toBe(1)
    // Annotations name their rule in the title; the step's own failure line has none.
    const titles = result.commands.flatMap((c) => (c.command === 'error' ? (/title=pack-guard ([^,:]+)/.exec(c.line)?.slice(1) ?? []) : []))
    expect(titles.sort()).toEqual(['manifest/install-script', 'provenance/dropped'])
    expect(result.summary).toContain('provenance/dropped')
  })
})
