/**
 * The fast path for plain tar headers (src/adapters/fast-header.ts) must give
 * exactly what node-tar's own decode gives, field by field, whenever it takes a
 * header; and it must take the plain headers npm writes, or it is no fast path.
 */
import fc from 'fast-check'
import { Header, Parser, type ReadEntry } from 'tar'
import { describe, expect, it } from 'vitest'
import { fastDecode, type PlainEntry, readPlainEntry } from '../src/adapters/fast-header.js'
// @ts-expect-error plain JavaScript shared with scripts/build-corpus.mjs
import { header } from '../scripts/lib/raw-tar.mjs'

const FIELDS = ['path', 'mode', 'uid', 'gid', 'size', 'mtime', 'cksum', 'cksumValid', 'nullBlock', 'type', 'typeKey', 'linkpath', 'uname', 'gname', 'devmaj', 'devmin', 'atime', 'ctime'] as const

function fields(h: Header): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of FIELDS) {
    const value = (h as unknown as Record<string, unknown>)[key]
    out[key] = value instanceof Date ? `date ${value.getTime()}` : value
  }
  return out
}

/** Returns whether the fast path took the block, after checking it agrees with node-tar. */
function agrees(block: Buffer, ex?: object): boolean {
  const slow = new Header()
  let threw = false
  try {
    slow.decode(block, 0, ex as never)
  } catch {
    threw = true // node-tar refuses the header (a bad base-256 number): the fast path must leave it alone
  }
  const fast = new Header()
  const took = fastDecode(fast, block, 0, ex)
  if (took) {
    expect(threw).toBe(false)
    expect(fields(fast)).toEqual(fields(slow))
  }
  return took
}

/**
 * What node-tar's parser makes of one header block and its content: the entry it
 * emits (path, type, size, mode), or null when it warns or emits none.
 */
function nodeTarEntry(block: Buffer, size: number): Omit<PlainEntry, 'directory'> & { type: string } | null {
  const parser = new Parser({ brotli: false, zstd: false })
  const seen: Array<Omit<PlainEntry, 'directory'> & { type: string }> = []
  let warned = false
  parser.on('warn', () => {
    warned = true
  })
  parser.on('entry', (entry: ReadEntry) => {
    seen.push({ path: entry.path, type: entry.type, size: entry.size, mode: entry.mode ?? 0 })
    entry.resume()
  })
  parser.on('ignoredEntry', () => {
    warned = true
  })
  parser.end(Buffer.concat([block, Buffer.alloc(512 * Math.ceil(Math.min(size, 4096) / 512)), Buffer.alloc(1024)]))
  return !warned && seen.length === 1 ? seen[0] : null
}

/** Returns whether the plain lane took the block, after checking node-tar reads it alone, as the same entry, with no warning. */
function laneAgrees(block: Buffer): boolean {
  const out: PlainEntry = { path: '', directory: false, size: 0, mode: 0 }
  const took = readPlainEntry(block, 0, out)
  // The same block at an odd address, where the lane reads bytes one by one instead of words.
  const unaligned = Buffer.alloc(513).subarray(1)
  block.copy(unaligned)
  const again: PlainEntry = { path: '', directory: false, size: 0, mode: 0 }
  expect(readPlainEntry(unaligned, 0, again), 'unaligned').toBe(took)
  if (!took) return false
  expect(again).toEqual(out)
  // Only sizes whose content the test can append (the generator makes some huge ones).
  if (out.size > 4096) return true
  const slow = nodeTarEntry(block, out.size)
  expect(slow, 'node-tar reads the block as one valid entry').not.toBeNull()
  expect({ path: out.path, type: out.directory ? 'Directory' : 'File', size: out.size, mode: out.mode }).toEqual(slow)
  return true
}

const plain = fc.record({
  name: fc.stringMatching(/^[a-z0-9._/-]{1,99}$/),
  size: fc.nat({ max: 0o77777777777 }),
  type: fc.constantFrom('file', 'directory', 'symlink', '0', '', '5', '7', 'x', 'g', 'L'),
  linkname: fc.oneof(fc.constant(''), fc.stringMatching(/^[a-z./]{1,40}$/)),
  mode: fc.nat({ max: 0o7777 }),
  magic: fc.constantFrom('ustar\x0000', 'ustar  \x00', 'ustar\x00xx', '\0\0\0\0\0\0\0\0'),
  prefix: fc.oneof(fc.constant(''), fc.stringMatching(/^[a-z/]{1,60}$/)),
})
/** Bytes that matter to node-tar's decoding: NUL, space, digits, letters, line breaks, the start of U+2028, high bytes. */
const interesting = fc.constantFrom(0, 0x20, 0x30, 0x37, 0x38, 0x39, 0x2d, 0x2b, 0x61, 0x0a, 0x0d, 0x09, 0xe2, 0x80, 0xa8, 0xff, 0x2f)

/** Up to six bytes set to values that matter to node-tar. */
const flips = fc.array(fc.tuple(fc.nat({ max: 511 }), interesting), { maxLength: 6 })

/** `block` with `changes` made, and with `fixSum` its checksum right again, so that valid headers with odd fields are tried too. */
function mutated(block: Buffer, changes: Array<[number, number]>, fixSum: boolean): Buffer {
  for (const [at, byte] of changes) block[at] = byte
  if (fixSum) {
    block.fill(0x20, 148, 156)
    let sum = 0
    for (const byte of block) sum += byte
    block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1')
  }
  return block
}

describe('the fast header path', () => {
  it('takes the plain headers npm writes', () => {
    expect(agrees(header({ name: 'package/index.js', size: 1234 }))).toBe(true)
    expect(agrees(header({ name: 'package/lib/', type: 'directory' }))).toBe(true)
    expect(agrees(Buffer.alloc(512))).toBe(true)
  })

  it('leaves to node-tar what it cannot read the same way', () => {
    expect(agrees(header({ name: 'package/é.js' }))).toBe(false)
    expect(agrees(header({ name: 'package/a.js' }), { path: 'package/b.js' })).toBe(false)
    const base256 = header({ name: 'package/a.js', sizeField: `\x80${'\0'.repeat(7)}\0\0\x01\0` })
    expect(agrees(base256)).toBe(false)
  })

  it('agrees with node-tar on every header it takes (20,000 generated blocks, mutated byte by byte)', () => {
    let taken = 0
    fc.assert(
      fc.property(plain, flips, fc.boolean(), (fieldsOf, changes, fixSum) => {
        if (agrees(mutated(header(fieldsOf), changes, fixSum))) taken++
      }),
      { numRuns: 20_000, seed: 20261201 },
    )
    expect(taken).toBeGreaterThan(5_000)
  })
})

describe("the plain lane's headers", () => {
  it('takes the plain files and folders npm writes, and nothing else', () => {
    expect(laneAgrees(header({ name: 'package/index.js', size: 1234 }))).toBe(true)
    expect(laneAgrees(header({ name: 'package/lib/', type: 'directory' }))).toBe(true)
    expect(laneAgrees(header({ name: 'index.js', prefix: 'package/lib', size: 3 }))).toBe(true)
    // Old GNU tar and v7 headers: node-tar reads the name alone, whatever the prefix field holds.
    expect(laneAgrees(header({ name: 'package/a.js', magic: 'ustar  \x00', prefix: 'decoy' }))).toBe(true)
    expect(laneAgrees(header({ name: 'package/a.js', magic: '\0\0\0\0\0\0\0\0' }))).toBe(true)
    for (const block of [
      Buffer.alloc(512),
      header({ name: 'package/a', type: 'symlink', linkname: 'b' }),
      header({ name: 'package/a.js', type: 'x' }),
      header({ name: 'package/é.js' }),
      header({ name: 'package/a.js', badChecksum: true }),
      header({ name: 'package/docs/', type: 'directory', sizeField: '00000001000\0' }),
    ])
      expect(laneAgrees(block)).toBe(false)
  })

  it('reads every header it takes as node-tar does (20,000 generated blocks, mutated byte by byte)', () => {
    let taken = 0
    fc.assert(
      fc.property(plain, flips, fc.boolean(), (fieldsOf, changes, fixSum) => {
        // Mostly the magic and types the lane takes, so that most blocks reach its other checks.
        const lean = fieldsOf.mode % 4 !== 0
        const block: Buffer = header({ ...fieldsOf, size: fieldsOf.size % 5000, magic: lean ? 'ustar\x0000' : fieldsOf.magic, type: lean && fieldsOf.mode % 3 !== 0 ? 'file' : fieldsOf.type })
        if (laneAgrees(mutated(block, changes, fixSum))) taken++
      }),
      { numRuns: 20_000, seed: 20261201 },
    )
    expect(taken).toBeGreaterThan(1_500)
  })
})
