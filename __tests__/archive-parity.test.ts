/**
 * pack-guard judges the files npm installs: a differential test against node-tar
 * extracting each archive with pacote's options (helpers/npm-extract.ts). For every
 * generated archive pack-guard either refuses it (one line, exit 2) or reports
 * exactly the files npm wrote: the same paths, sizes, and the same facts about
 * their content (each content holds its own made-up token, so the facts tell
 * contents apart). Links and special entries are compared with what node-tar read of them.
 */
import { writeFileSync } from 'node:fs'
import { Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS, readTarball } from '../src/adapters/tarball-reader.js'
import type { PackageSnapshot } from '../src/core/types.js'
import { PackGuardError } from '../src/errors.js'
import { FileInspector } from '../src/inspect/file-inspector.js'
// @ts-expect-error plain JavaScript shared with scripts/build-corpus.mjs
import { MANIFEST, header, paxRecords, tar } from '../scripts/lib/raw-tar.mjs'
import { extractLikeNpm } from './helpers/npm-extract.js'

const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789'

/** A made-up GitHub token unique to `n`: the secret scan's fingerprint tells contents apart. */
function token(n: number): string {
  let x = (n + 1) * 2654435761
  let out = 'ghp_'
  for (let i = 0; i < 36; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0
    out += ALNUM[x % ALNUM.length]
  }
  return out
}

/** Content number `n`, padded to vary its size. */
function content(n: number, pad: number): string {
  return `// ${n}\nexport const t = "${token(n)}"\n${'x'.repeat(pad)}`
}

type Result = { refused: string } | { snapshot: PackageSnapshot }

/** `chunkBytes`: the size of the tar chunks the reader gets (small ones split headers and contents anywhere). */
async function readOurs(tgz: Buffer, chunkBytes?: number): Promise<Result> {
  try {
    return { snapshot: await readTarball(Readable.from([tgz]), 'fuzz.tgz', { ...DEFAULT_LIMITS, maxBytes: 1 << 24, maxEntries: 1000 }, { chunkBytes }) }
  } catch (error) {
    if (!(error instanceof PackGuardError)) throw error
    expect(error.message).toMatch(/^fuzz\.tgz: /)
    expect(error.message).not.toContain('\n')
    return { refused: error.message }
  }
}

const reasons = new Map<string, number>()

/** Fails instead of hanging: a reader that never ends is a bug to report with its counterexample. */
function within<T>(promise: Promise<T>, what: string, ms = 10_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not end within ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

async function compare(tgz: Buffer, chunkBytes?: number): Promise<'refused' | 'same'> {
  const ours = await within(readOurs(tgz, chunkBytes), 'pack-guard')
  if ('refused' in ours) {
    const reason = ours.refused.replace(/"[^"]*"|\d+/g, '#').slice(0, 90)
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1)
    return 'refused'
  }
  const npm = await within(extractLikeNpm(tgz), 'node-tar')
  expect(npm.error, 'pack-guard read an archive that npm fails to install').toBeUndefined()
  const installed = ours.snapshot.files.filter((file) => file.type === 'file' && !file.notInstalled)
  expect(installed.map((file) => file.path).sort(), 'the files npm writes').toEqual([...npm.files.keys()].sort())
  for (const file of installed) {
    const written = npm.files.get(file.path)!
    expect(file.size, `${file.path}: size`).toBe(written.length)
    const inspector = new FileInspector(file.path)
    inspector.write(written)
    expect(file.facts, `${file.path}: facts`).toEqual(inspector.end())
  }
  const others = ours.snapshot.files.filter((file) => file.type !== 'file')
  const listed = npm.others
  expect(others.map((file) => [file.rawName ?? `package/${file.path}`, file.linkTarget ?? null])).toEqual(listed.map((entry) => [entry.path, entry.linkpath || null]))
  return 'same'
}

// ---------- the generator ----------

const SEGMENTS = ['package', 'a', 'b', 'lib', '.', '', '..', '.npmrc', '.gitignore', '.npmignore', 'index.js', 'x.js.map', 'A', 'c:', 'node', 'a b', '\\', '..\\x']
const segment = fc.oneof({ weight: 6, arbitrary: fc.constantFrom('a', 'b', 'lib', 'index.js', 'x.js.map', '.gitignore', '.npmignore') }, { weight: 2, arbitrary: fc.constantFrom(...SEGMENTS) })
const name = fc.tuple(
  fc.oneof({ weight: 8, arbitrary: fc.constant('package/') }, { weight: 1, arbitrary: fc.constantFrom('', '/', './', 'node/', 'package//', 'package/./', '../', 'c:/') }),
  fc.array(segment, { minLength: 1, maxLength: 3 }),
  fc.oneof({ weight: 9, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constant('/') }),
).map(([start, parts, end]) => `${start}${parts.join('/')}${end}`)

const TYPE_FLAGS = ['0', '0', '0', '0', '0', '0', '', '1', '2', '3', '5', '6', '7', 'D', 'S', 'Z', 'x', 'g', 'L', 'K']
const typeflag = fc.constantFrom(...TYPE_FLAGS)

const octal = (value: number, width: number) => `${value.toString(8).padStart(width - 1, '0')}\0`
/** How the size field is written: honest, or the ways parsers disagree. */
const sizeMode = fc.oneof(
  { weight: 10, arbitrary: fc.constant('exact') },
  { weight: 1, arbitrary: fc.constantFrom('nul-first', 'space-first', 'zero', 'plus-block', 'minus-one', 'base256', 'garbage', 'no-nul') },
)

function sizeField(mode: string, size: number): { sizeField?: string; declaredSize?: number } {
  switch (mode) {
    case 'nul-first':
      return { sizeField: `\0${octal(size, 11)}` }
    case 'space-first':
      return { sizeField: ` ${octal(size, 11)}` }
    case 'zero':
      return { declaredSize: 0 }
    case 'plus-block':
      return { declaredSize: size + 512 }
    case 'minus-one':
      return { declaredSize: Math.max(0, size - 1) }
    case 'base256': {
      const field = Buffer.alloc(12)
      field[0] = 0x80
      field.writeUInt32BE(size, 8)
      return { sizeField: field.toString('binary') }
    }
    case 'garbage':
      return { sizeField: '9z\0         ' }
    case 'no-nul':
      return { sizeField: size.toString(8).padStart(12, '0') }
    default:
      return {}
  }
}

const paxKey = fc.constantFrom('path', 'path', 'linkpath', 'size', 'mtime', 'comment', 'uid', 'SCHILY.dev', 'bogus', 'type')
const paxValue = fc.oneof(name, fc.constantFrom('0', '5', '-1', '1000000', 'abc', '', 'a=b', '\0x'))
/** A PAX body: well-formed records, or records with a wrong length, no `=`, or a bad number. */
const paxBody = fc
  .array(
    fc.tuple(paxKey, paxValue, fc.oneof({ weight: 6, arbitrary: fc.constant('ok') }, { weight: 1, arbitrary: fc.constantFrom('long', 'short', 'nokey', 'nan', 'nonl') })),
    { minLength: 1, maxLength: 4 },
  )
  .map((records) =>
    Buffer.concat(
      records.map(([key, value, shape]) => {
        const good: Buffer = paxRecords({ [key]: value })
        const text = good.toString('utf8')
        const length = Number.parseInt(text, 10)
        const rest = text.slice(String(length).length)
        switch (shape) {
          case 'long':
            return Buffer.from(`${length + 1}${rest}`)
          case 'short':
            return Buffer.from(`${length - 1}${rest}`)
          case 'nokey':
            return Buffer.from(`${String(length).length + 2} \n`)
          case 'nan':
            return Buffer.from(`x${rest}`)
          case 'nonl':
            return Buffer.from(text.slice(0, -1))
          default:
            return good
        }
      }),
    ),
  )

const entry = fc.record({
  name,
  typeflag,
  contentId: fc.nat({ max: 1_000_000 }),
  pad: fc.oneof({ weight: 4, arbitrary: fc.nat({ max: 40 }) }, { weight: 1, arbitrary: fc.nat({ max: 1500 }) }),
  size: sizeMode,
  linkname: fc.oneof({ weight: 3, arbitrary: fc.constant('') }, { weight: 1, arbitrary: name }),
  magic: fc.oneof({ weight: 8, arbitrary: fc.constant('ustar\x0000') }, { weight: 1, arbitrary: fc.constantFrom('ustar  \x00', 'ustar\x00xx', 'ustar\x0001', '\0\0\0\0\0\0\0\0') }),
  prefix: fc.oneof({ weight: 8, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom('package', 'decoy', 'x/..', 'package/lib') }),
  pax: fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: paxBody }),
  globalPax: fc.oneof({ weight: 12, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: paxBody }),
  gnuLongName: fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: name }),
  gnuLongLink: fc.oneof({ weight: 12, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: name }),
  gnuFirst: fc.boolean(),
  badChecksum: fc.oneof({ weight: 60, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
})

type Item = { kind: 'entry'; entry: typeof entry extends fc.Arbitrary<infer T> ? T : never } | { kind: 'zeros'; blocks: number } | { kind: 'dupe' }
const item: fc.Arbitrary<Item> = fc.oneof(
  { weight: 10, arbitrary: entry.map((value) => ({ kind: 'entry' as const, entry: value })) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 2 }).map((blocks) => ({ kind: 'zeros' as const, blocks })) },
  { weight: 2, arbitrary: fc.constant({ kind: 'dupe' as const }) },
)

/** One archive: usually a manifest first, then items; sometimes cut short. */
const archive = fc.record({
  manifest: fc.oneof({ weight: 12, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  items: fc.array(item, { minLength: 1, maxLength: 7 }),
  end: fc.oneof({ weight: 8, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  cut: fc.oneof({ weight: 15, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 1500 }) }),
  // Read in one chunk, or in chunks that split headers and contents anywhere.
  chunkBytes: fc.oneof(fc.constant(undefined), fc.integer({ min: 64, max: 1600 })),
})

function build(spec: typeof archive extends fc.Arbitrary<infer T> ? T : never): Buffer {
  const parts: object[] = spec.manifest ? [MANIFEST] : []
  let last: object | undefined
  for (const part of spec.items) {
    if (part.kind === 'zeros') parts.push({ raw: Buffer.alloc(512 * part.blocks) })
    else if (part.kind === 'dupe') {
      // The same name again with other content: which copy wins?
      if (last) parts.push({ ...last, content: content(parts.length * 7919, parts.length) })
    } else {
      const e = part.entry
      // Content on the types that carry it; now and then on a directory (or a name ending in "/"), which must be refused.
      const carries = ['0', '', '7', 'D', 'S', 'Z'].includes(e.typeflag) && (!e.name.endsWith('/') || e.contentId % 4 === 0)
      const body = carries || (e.typeflag === '5' && e.pad > 38) ? content(e.contentId, e.pad) : ''
      // Mostly honest: a link target on links only (a target on a file, or none on a link, is refused).
      const isLink = e.typeflag === '1' || e.typeflag === '2'
      const odd = e.contentId % 25 === 0
      const written = {
        name: e.name,
        type: e.typeflag,
        content: body,
        linkname: isLink !== odd ? e.linkname || 'a' : '',
        magic: e.magic,
        prefix: e.prefix,
        badChecksum: e.badChecksum,
        paxRaw: e.pax,
        globalPax: e.globalPax,
        gnuLongName: e.gnuLongName,
        gnuLongLink: isLink !== odd ? e.gnuLongLink : undefined,
        gnuFirst: e.gnuFirst,
        ...sizeField(e.size, Buffer.byteLength(body)),
      }
      parts.push(written)
      last = written
    }
  }
  const data: Buffer = tar(parts, { end: spec.end })
  return gzipSync(spec.cut ? data.subarray(0, Math.max(0, data.length - spec.cut)) : data)
}

// ---------- the cases ----------

const file = (name: string, body: string) => ({ name, content: body })
const manifest = MANIFEST as { name: string; content: string }

/** The archives of the issue, each one read differently by tar-stream and by npm. */
const FIXED: Array<[string, () => Buffer]> = [
  [
    'data after the end-of-archive marker',
    () => gzipSync(tar([manifest, file('package/index.js', content(1, 0))], { after: tar([file('package/index.js', 'module.exports = 1\n'), file('package/.npmrc', 'x')]) })),
  ],
  ['a malformed PAX record before path=', () => gzipSync(tar([manifest, { ...file('package/README.md', content(2, 0)), paxRaw: Buffer.concat([Buffer.from('99 bogus=1\n'), paxRecords({ path: 'package/.npmrc' })]) }]))],
  ['a PAX path, then a GNU long name', () => gzipSync(tar([manifest, { ...file('package/README.md', content(3, 0)), pax: { path: 'package/a.js' }, gnuLongName: 'package/.npmrc' }]))],
  ['a GNU long name, then a PAX path', () => gzipSync(tar([manifest, { ...file('package/README.md', content(4, 0)), pax: { path: 'package/.npmrc' }, gnuLongName: 'package/a.js', gnuFirst: true }]))],
  [
    'a size field that starts with a NUL byte',
    () => {
      const inner = tar([file('package/.npmrc', content(5, 0))], { end: false })
      return gzipSync(tar([manifest, { name: 'package/README.md', content: inner, sizeField: `\0${octal(inner.length, 11)}` }]))
    },
  ],
  ['ustar magic with version "xx" and a prefix', () => gzipSync(tar([manifest, { ...file('package/.npmrc', content(6, 0)), magic: 'ustar\0xx', prefix: 'decoy' }]))],
  ['dot and empty segments', () => gzipSync(tar([manifest, file('package/./.npmrc', content(7, 0)), file('package/.//.git/config', content(8, 0)), file('package/lib/./../x.js', 'y')]))],
  ['a .gitignore becomes .npmignore', () => gzipSync(tar([manifest, file('package/.gitignore', content(9, 0)), file('package/a/.npmignore', 'n'), file('package/a/.gitignore', content(10, 0))]))],
  ['a link and a file of the same name', () => gzipSync(tar([manifest, file('package/index.js', content(11, 0)), { name: 'package/index.js', type: 'symlink', linkname: '/etc/passwd' }]))],
  // The gzip layer: ours (node:zlib) against node-tar's (minizlib).
  [
    'two gzip members',
    () => {
      const data: Buffer = tar([manifest, file('package/a.js', content(18, 0)), file('package/b.js', content(19, 0))])
      return Buffer.concat([gzipSync(data.subarray(0, 1024)), gzipSync(data.subarray(1024))])
    },
  ],
  ['an absolute name and a name with no folder', () => gzipSync(tar([manifest, file('/etc/passwd', content(12, 0)), file('loose.js', content(13, 0))]))],
]

describe('what pack-guard reads is what npm installs', () => {
  it.each(FIXED)('%s', async (_name, make) => {
    expect(await compare(make())).toBe('same')
  })

  it('refuses a directory that declares a size, with one line', async () => {
    const inner = tar([file('package/.npmrc', content(14, 0))], { end: false })
    const tgz = gzipSync(tar([manifest, { name: 'package/docs/', type: 'directory', sizeField: octal(inner.length, 12) }, { raw: inner }]))
    const result = await readOurs(tgz)
    expect(result).toEqual({ refused: `fuzz.tgz: the directory "package/docs/" declares a size of ${inner.length} bytes (npm reads what follows as entries, other tools skip it as content)` })
  })

  // Found by the generator (seeds 7): a plain file given a link target by a PAX header. npm skips every
  // file after a global one whose target climbs out; with a target below its own name, node-tar stalls.
  it.each([
    ['a global PAX linkpath that climbs out', () => gzipSync(tar([manifest, { ...file('package/node/index.js', content(15, 0)), globalPax: { linkpath: '../../package' } }, file('package/b.js', content(16, 0))]))],
    ['a PAX linkpath below the file itself', () => gzipSync(tar([manifest, { ...file('/package', content(17, 0)), pax: { linkpath: 'package/a/package' } }]))],
  ])('refuses a file with a link target: %s', async (_name, make) => {
    expect(await readOurs(make())).toEqual({ refused: expect.stringMatching(/is not a link but a PAX header gives it a link target/) })
  })

  it('refuses bytes after the gzip data, as node-tar does (its unzip throws)', async () => {
    const tgz = Buffer.concat([gzipSync(tar([manifest, file('package/a.js', content(20, 0))])), Buffer.from('trailing garbage')])
    expect(await readOurs(tgz)).toEqual({ refused: 'fuzz.tgz: not a gzip file (incorrect header check)' })
    expect((await extractLikeNpm(tgz)).error).toMatch(/incorrect header check/)
  })

  it('refuses a file that is also the folder of another file', async () => {
    const tgz = gzipSync(tar([manifest, file('package/lib', 'x'), file('package/lib/a.js', 'y')]))
    expect(await readOurs(tgz)).toEqual({ refused: 'fuzz.tgz: "lib" is both a file and a folder in the tarball (what npm installs depends on their order)' })
  })

  it('reads on in the plain lane after each header it leaves to node-tar, and not after a global header', async () => {
    const plain = (from: number, n: number) => Array.from({ length: n }, (_, i) => file(`package/lib/f${from + i}.js`, content(from + i, i % 700)))
    const parts = [
      manifest,
      ...plain(0, 100),
      { ...file('package/README.md', content(500, 0)), pax: { path: 'package/lib/pax-name.js' } },
      ...plain(100, 100),
      { ...file('package/x', content(501, 3)), gnuLongName: `package/${'long/'.repeat(30)}name.js` },
      { name: 'package/link', type: 'symlink', linkname: 'lib/f1.js' },
      ...plain(200, 100),
    ]
    for (const chunkBytes of [undefined, 64, 100, 333, 700, 1000, 1500, 4096]) {
      const counts = { plain: 0, nodeTar: 0 }
      const tgz = gzipSync(tar(parts))
      const snapshot = await readTarball(Readable.from([tgz]), 'lane.tgz', DEFAULT_LIMITS, { chunkBytes, counts })
      expect(counts, `chunks of ${chunkBytes}`).toEqual({ plain: 301, nodeTar: 3 })
      expect(snapshot.files.map((f) => f.path)).toContain('lib/pax-name.js')
      expect(await compare(tgz, chunkBytes)).toBe('same')
    }
    // A global header holds for every later entry: node-tar reads them all.
    const counts = { plain: 0, nodeTar: 0 }
    const global = gzipSync(tar([manifest, ...plain(0, 10), { ...file('package/a.js', content(502, 0)), globalPax: { comment: 'x' } }, ...plain(10, 10)]))
    await readTarball(Readable.from([global]), 'lane.tgz', DEFAULT_LIMITS, { counts })
    expect(counts).toEqual({ plain: 11, nodeTar: 11 })
  })

  const runs = Number(process.env.PARITY_RUNS ?? 10_000)
  const seed = Number(process.env.PARITY_SEED ?? 20261201)
  it(`agrees with node-tar on ${runs} generated archives, or refuses them`, async () => {
    const outcomes = { refused: 0, same: 0 }
    await fc.assert(
      fc.asyncProperty(archive, async (spec) => {
        const tgz = build(spec)
        if (process.env.PARITY_DUMP) writeFileSync(process.env.PARITY_DUMP, tgz)
        outcomes[await compare(tgz, spec.chunkBytes)]++
      }),
      // PARITY_SEED and PARITY_PATH replay one counterexample; PARITY_DUMP writes the archive tried last.
      { numRuns: runs, seed, path: process.env.PARITY_PATH, endOnFailure: true },
    )
    if (process.env.PARITY_REASONS) console.log(outcomes, [...reasons].sort((a, b) => b[1] - a[1]))
    // A test that refuses everything proves nothing: most archives must be compared.
    expect(outcomes.same).toBeGreaterThan(runs * 0.5)
  }, 300_000)
})
