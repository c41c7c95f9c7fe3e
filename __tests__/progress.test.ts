import { describe, expect, it } from 'vitest'
import { createProgress } from '../src/cli/progress.js'
import { cli } from './helpers/cli.js'
import { tempDir, writeTarball } from './helpers/tarball.js'

describe('progress on a terminal', () => {
  function setup() {
    const writes: string[] = []
    let clock = 0
    const progress = createProgress({ write: (text: string) => writes.push(text) }, () => clock)
    return { writes, progress, tick: (ms: number) => (clock += ms) }
  }

  it('stays silent for quick reads, then shows bytes, total and rate at most every 100 ms, and clears at the end', () => {
    const { writes, progress, tick } = setup()
    progress.onProgress('big.tgz', 1_000_000, 31_000_000)
    tick(200)
    progress.onProgress('big.tgz', 2_000_000, 31_000_000)
    expect(writes).toEqual([])
    tick(200)
    progress.onProgress('big.tgz', 4_000_000, 31_000_000)
    tick(50)
    progress.onProgress('big.tgz', 5_000_000, 31_000_000)
    expect(writes).toEqual(['\r\u001b[Kbig.tgz: 4 MB of 31 MB, 10 MB/s'])
    progress.done()
    expect(writes.at(-1)).toBe('\r\u001b[K')
  })

  it('sums tarballs read at the same time into one line', () => {
    const { writes, progress, tick } = setup()
    progress.onProgress('a.tgz', 1_000_000, 10_000_000)
    progress.onProgress('b.tgz', 1_000_000, 20_000_000)
    tick(500)
    progress.onProgress('a.tgz', 3_000_000, 10_000_000)
    expect(writes).toEqual(['\r\u001b[Kreading 2 tarballs: 4 MB of 30 MB, 8 MB/s'])
  })

  it('escapes a label and clears nothing when nothing was drawn', () => {
    const { writes, progress, tick } = setup()
    progress.done()
    expect(writes).toEqual([])
    progress.onProgress('a\u001b[31m.tgz', 1)
    tick(400)
    progress.onProgress('a\u001b[31m.tgz', 2)
    expect(writes[0]).toContain('a\\x1b[31m.tgz')
  })

  it('writes nothing to stderr when it is not a terminal', async () => {
    const dir = tempDir()
    const file = await writeTarball(dir, 'a.tgz', [{ path: 'big.js', content: 'x'.repeat(3_000_000) }])
    const result = await cli(file, '--baseline', 'none')
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
  })
})
