import { spawnSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { createGzip, gunzipSync, gzipSync } from 'node:zlib'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { readTarball } from '../src/adapters/tarball-reader.js'
import { buildReport, analyzePackage } from '../src/core/analyze.js'
import { DEFAULT_POLICY } from '../src/core/policy.js'
import { RULES } from '../src/core/rules/index.js'
import { PackGuardError } from '../src/errors.js'
import { SourceMapScanner } from '../src/inspect/source-map-scanner.js'
import { SourceMappingUrlScanner } from '../src/inspect/source-mapping-url.js'
import { SecretScanner } from '../src/inspect/secret-scanner.js'
import { renderJson } from '../src/report/json.js'
import { foreignMarkup, renderGfm } from './helpers/gfm.js'
import { visibleControls } from '../src/report/escape.js'
import { renderMarkdown } from '../src/report/markdown.js'
import { renderText } from '../src/report/text.js'
// @ts-expect-error plain JavaScript shared with scripts/build-corpus.mjs
import { MANIFEST, tar, tgz } from '../scripts/lib/raw-tar.mjs'
import { ROOT, cli, distCli } from './helpers/cli.js'
import { buildTarball, sourceMap, tempDir } from './helpers/tarball.js'

interface Expectation {
  exit: number
  stderr?: string
  rules?: string[]
  args?: string[]
}

let corpusDir: string
let expectations: Record<string, Expectation>

beforeAll(() => {
  corpusDir = tempDir('pack-guard-corpus-')
  const built = spawnSync(process.execPath, [join(ROOT, 'scripts/build-corpus.mjs'), corpusDir], { encoding: 'utf8' })
  expect(built.status, built.stderr).toBe(0)
  expectations = JSON.parse(readFileSync(join(corpusDir, 'corpus.json'), 'utf8'))
})

describe('the hostile corpus (built by scripts/build-corpus.mjs)', () => {
  it('holds every case', () => {
    expect(readdirSync(corpusDir).filter((f) => f.endsWith('.tgz')).sort()).toEqual(Object.keys(expectations).sort())
  })

  it('each file gets its exact outcome: one clear line and exit 2, or the named findings', async () => {
    for (const [name, expected] of Object.entries(expectations)) {
      const file = join(corpusDir, name)
      const result = await cli(file, '--baseline', 'none', '--format', 'json', ...(expected.args ?? []))
      expect(result.code, `${name}: ${result.stderr}`).toBe(expected.exit)
      if (expected.exit === 2) {
        expect(result.stderr, name).toMatch(new RegExp(`^pack-guard: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*${expected.stderr}`))
        expect(result.stderr.trimEnd().split('\n'), name).toHaveLength(1)
      } else {
        const rules = JSON.parse(result.stdout).packages[0].findings.map((f: { rule: string }) => f.rule)
        expect(rules.sort(), name).toEqual([...(expected.rules ?? [])].sort())
      }
    }
  })

  it('covers every archive/* rule', () => {
    const fired = new Set(Object.values(expectations).flatMap((e) => e.rules ?? []))
    expect(RULES.map((r) => r.id).filter((id) => id.startsWith('archive/') && !fired.has(id))).toEqual([])
  })

  it('the bundled CLI gives the same one-line errors, without a stack trace', () => {
    for (const name of ['truncated-gzip.tgz', 'bad-checksum.tgz', 'huge-pax.tgz']) {
      const result = distCli([join(corpusDir, name), '--baseline', 'none'])
      expect(result.code, name).toBe(2)
      expect(result.stderr.trimEnd().split('\n'), name).toHaveLength(1)
      expect(result.stderr).not.toMatch(/\n\s+at /)
    }
  })

  it('never follows a link: the target is only named', async () => {
    const result = await cli(join(corpusDir, 'symlink.tgz'), '--baseline', 'none', '--format', 'json')
    const finding = JSON.parse(result.stdout).packages[0].findings[0]
    expect(finding).toMatchObject({ rule: 'archive/link', path: 'passwd', details: { type: 'symlink', target: '/etc/passwd' } })
  })

  it('keeps the later copy of a duplicate, as extraction does', async () => {
    const snapshot = await readTarball(Readable.from([readFileSync(join(corpusDir, 'duplicate.tgz'))]), 'dup.tgz')
    expect(snapshot.files.filter((f) => f.path === 'index.js').map((f) => f.size)).toEqual([21])
  })
})

describe('resource attacks', () => {
  it('a real gzip bomb (256 MiB of zeros) stops at the cap with flat memory', async () => {
    const zeros = Buffer.alloc(1024 * 1024)
    async function* bomb() {
      const gzip = createGzip()
      const header = tgzHeaderFor(256 * 1024 * 1024)
      const out: Buffer[] = []
      gzip.on('data', (chunk: Buffer) => out.push(chunk))
      gzip.write(header)
      for (let i = 0; i < 256; i++) {
        gzip.write(zeros)
        await new Promise((resolve) => setImmediate(resolve))
        yield* out.splice(0)
      }
      gzip.end()
      await new Promise((resolve) => gzip.on('end', resolve))
      yield* out.splice(0)
    }
    const before = process.memoryUsage().rss
    const error = await readTarball(Readable.from(bomb()), 'bomb.tgz', { maxBytes: 128 * 1024 * 1024, maxEntries: 10 }).catch((e: unknown) => e)
    expect((error as Error).message).toBe('bomb.tgz: decompresses to more than 128 MiB (a gzip bomb, or raise the cap with --max-bytes)')
    expect(process.memoryUsage().rss - before).toBeLessThan(96 * 1024 * 1024)
  })

  it('a malformed source map is a finding, never a crash: invalid, truncated, sources not a list', async () => {
    for (const [content, problem] of [
      ['{"version":3,"sources":["a"],,}', /invalid JSON/],
      ['{"version":3,"sources":["a"],"mappings":"AA', /truncated/],
      ['{"version":3,"sources":"a.ts","mappings":"A"}', /not a version 3 source map/],
    ] as const) {
      const data = await buildTarball([{ path: 'dist/a.js.map', content }])
      const after = await readTarball(Readable.from([data]), 'x.tgz')
      const report = analyzePackage({ before: null, after, baseline: { version: null, source: 'none' }, policy: DEFAULT_POLICY })
      expect(report.findings.map((f) => f.rule)).toEqual(['source-map/unreadable'])
      expect(report.findings[0].message).toMatch(problem)
    }
  })
})

/** The tar bytes before a bomb's data: the manifest, then the header of one huge entry. */
function tgzHeaderFor(size: number): Buffer {
  return tar([MANIFEST, { name: 'package/zeros.bin', content: '', declaredSize: size }], { end: false })
}

describe('every name is escaped for its channel', () => {
  const HOSTILE = [
    'a\n::error::pwned.js',
    'b\r\n::add-mask::secret.js',
    'c%0A::stop-commands::x.js',
    'd\u001b[31mred\u001b[0m.js',
    'e<script>alert(1)</script>.js',
    'f<img src=x onerror=alert(1)>.js',
    'g@octocat.js',
    'h[link](http://evil.test).js',
    'i|table|break.js',
    'j`code`.js',
    'k&lt;entity.js',
    'l\u202egnp.js',
    'm\u2028line.js',
  ]

  it('text has no control characters and no line that starts a workflow command; Markdown has no live HTML, link, mention or table break; JSON round-trips', () => {
    const files = HOSTILE.map((path) => ({ path: `dist/${path}.map`, size: 10, mode: 0o644, type: 'file' as const, facts: { sourceMap: { isSourceMap: true, sources: 1, sourcesWithContent: 1, externalUrls: [], externalUrlCount: 0 } } }))
    const after = { name: 'p@evil<b>', version: '1.0.0', files, packedSize: 1, unpackedSize: 1, fileCount: files.length }
    const analyze = (snapshot: typeof after) => analyzePackage({ before: null, after: snapshot, baseline: { version: null, source: 'none' }, policy: DEFAULT_POLICY })
    const grouped = analyze(after)
    // The analysis groups one folder's findings into one; to show every name in its own row, each file is analysed alone here.
    const report = buildReport([{ ...grouped, findings: files.flatMap((file) => analyze({ ...after, files: [file], fileCount: 1 }).findings) }], DEFAULT_POLICY, '0')
    const text = renderText(report)
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u2028\u202e]/)
    for (const line of text.split('\n')) expect(line.startsWith('::')).toBe(false)
    const markdown = renderMarkdown(report)
    for (const bad of ['\n::', '\u202e', '\u001b']) expect(markdown).not.toContain(bad)
    // What a reader sees: each name as itself, in code, and no markup, link or mention made of it.
    const rendered = renderGfm(markdown)
    expect(foreignMarkup(rendered)).toEqual([])
    expect(rendered.mentions).toEqual([])
    for (const path of HOSTILE) expect(rendered.code).toContain(visibleControls(`dist/${path}.map`))
    expect(rendered.code).toContain('p@evil<b>@1.0.0')
    // The grouped report renders its example names escaped too, and keeps every name in details.paths.
    expect(renderText(buildReport([grouped], DEFAULT_POLICY, '0'))).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u2028\u202e]/)
    expect(foreignMarkup(renderGfm(renderMarkdown(buildReport([grouped], DEFAULT_POLICY, '0'))))).toEqual([])
    const json = JSON.parse(renderJson(buildReport([grouped], DEFAULT_POLICY, '0')))
    // One folder of maps is one grouped finding (its message lists some names, escaped like the rest); every name is in details.paths.
    const mapFindings = json.packages[0].findings.filter((f: { rule: string }) => f.rule === 'source-map/sources-content')
    expect(mapFindings.flatMap((f: { details: { paths: string[] } }) => f.details.paths).sort()).toEqual(HOSTILE.map((p) => `dist/${p}.map`).sort())
    // Names with control characters are findings too: three of them, grouped in one.
    expect(json.packages[0].findings.filter((f: { rule: string }) => f.rule === 'archive/unsafe-path').map((f: { count?: number }) => f.count)).toEqual([3])
  })
})

describe('fuzzing (fast-check): never a crash, never a hang', () => {
  const TIME_LIMIT = 2000
  const within = <T>(promise: Promise<T>) =>
    Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('hang: over 2 s')), TIME_LIMIT))])

  it('the tar reader rejects mutated tarballs only with PackGuardError (1,500 cases)', async () => {
    const seeds = [
      await buildTarball([{ path: 'dist/a.js', content: 'x'.repeat(700) }, { path: 'dist/a.js.map', content: sourceMap(3, true) }]),
      tgz([MANIFEST, { name: 'package/l', type: 'symlink', linkname: '../x' }, { name: 'package/p', content: 'y', pax: { path: 'package/long/' + 'n'.repeat(200) } }]),
    ].map((gz) => gunzipSync(gz))
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...seeds),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.option(fc.nat(), { nil: undefined }),
        fc.boolean(),
        async (seed, flips, cut, compress) => {
          const data = Buffer.from(seed)
          for (const [at, value] of flips) data[at % data.length] = value
          const mutated = cut === undefined ? data : data.subarray(0, cut % data.length)
          const bytes = compress ? gzipSync(mutated) : mutated
          try {
            await within(readTarball(Readable.from([bytes]), 'fuzz.tgz', { maxBytes: 1 << 24, maxEntries: 1000 }))
          } catch (error) {
            if (!(error instanceof PackGuardError)) throw error
            expect(error.message).toMatch(/^fuzz\.tgz: /)
            expect(error.message).not.toContain('\n')
          }
        },
      ),
      { numRuns: 1500, seed: 20261125 },
    )
  }, 120_000)

  it('the source map scanner never throws on any input, and reads it the same split anywhere (5,000 cases)', () => {
    const jsonish = fc.stringMatching(/^[{}[\]",:0-9a-z\\ \ntrue]{0,200}$/)
    fc.assert(
      fc.property(fc.oneof(jsonish, fc.string(), fc.constant(sourceMap(3, true))), fc.nat(), fc.array(fc.tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 1 }))), (text, split, edits) => {
        const chars = [...text]
        for (const [at, c] of edits) if (chars.length) chars[at % chars.length] = c
        const data = Buffer.from(chars.join(''))
        const scanner = new SourceMapScanner()
        const at = data.length ? split % data.length : 0
        scanner.write(data.subarray(0, at))
        scanner.write(data.subarray(at))
        const facts = scanner.end()
        expect(Number.isInteger(facts.sources) && facts.sources >= 0).toBe(true)
        expect(Number.isInteger(facts.sourcesWithContent) && facts.sourcesWithContent >= 0).toBe(true)
        // Where the bytes are split never changes what is found.
        const whole = new SourceMapScanner()
        whole.write(data)
        expect(facts).toEqual(whole.end())
      }),
      { numRuns: 5000, seed: 20261125 },
    )
  })

  it('the sourceMappingURL and secret scanners never throw (3,600 cases)', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 64 }), (text, size) => {
        const input = Buffer.from(`${text}\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(text).toString('base64')}\n${text}`)
        const url = new SourceMappingUrlScanner()
        const secrets = new SecretScanner('dist/x.js')
        for (let i = 0; i < input.length; i += size) {
          url.write(input.subarray(i, i + size))
          secrets.write(input.subarray(i, i + size))
        }
        expect(url.end()?.kind).toBe('inline')
        secrets.end()
      }),
      { numRuns: 3600, seed: 20261125 },
    )
  })
})
