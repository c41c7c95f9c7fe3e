import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './helpers/cli.js'

describe('npm run demo', () => {
  it('packs the example twice and stops the release that ships its sources', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/demo.mjs')], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('pack-guard FAIL: 1 error')
    expect(result.stdout).toMatch(/ERROR {3}source-map\/sources-content {2}dist\/cli\.js\.map/)
    expect(result.stdout).toContain('embeds the original source of 3 of its 3 files')
    expect(result.stdout).toContain('pack-guard exited 1: the release would be stopped.')
  })
})
