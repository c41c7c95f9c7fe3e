import fc from 'fast-check'
import { SourceMapConsumer } from 'source-map'
import { describe, expect, it } from 'vitest'
import { type SourceMapFacts, SourceMapScanner } from '../src/inspect/source-map-scanner.js'
import { SourceMappingUrlScanner } from '../src/inspect/source-mapping-url.js'

/**
 * The scanners against the truth (issue 17): valid maps written in varied but
 * valid JSON and split at random places must give the counts that `JSON.parse`
 * gives, and inline maps in scripts the counts the `source-map` library reads.
 * 6,000 + 4,000 cases: the issue asks for at least 10,000 in CI.
 */

/** A small deterministic generator, seeded by fast-check, for the serialiser's choices. */
function prng(seed: number): (n: number) => number {
  let x = seed | 1
  return (n) => {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    return (x >>> 0) % n
  }
}

const SPACES = ['', '', '', ' ', '\n', '\t', '\r\n', '  ']

/** A JSON string with random escapes: `\uXXXX` for any character, `\/` for `/`, short escapes where JSON has them. */
function writeString(value: string, pick: (n: number) => number): string {
  let out = '"'
  for (const c of value) {
    const code = c.codePointAt(0)!
    const units = code > 0xffff ? [c.charCodeAt(0), c.charCodeAt(1)] : [code]
    if (c === '"' || c === '\\' || code < 0x20) {
      out += JSON.stringify(c).slice(1, -1)
    } else if (pick(8) === 0) {
      const upper = pick(2) === 0
      out += units.map((u) => `\\u${upper ? u.toString(16).padStart(4, '0').toUpperCase() : u.toString(16).padStart(4, '0')}`).join('')
    } else if (c === '/' && pick(2) === 0) {
      out += '\\/'
    } else if (code >= 0xd800 && code <= 0xdfff) {
      out += `\\u${code.toString(16)}` // a lone surrogate has no UTF-8 form: escaped, as JSON.stringify does
    } else {
      out += c
    }
  }
  return `${out}"`
}

/** Any JSON value, written with random whitespace, key order and escapes; `version` keys get varied forms of 3. */
function write(value: unknown, pick: (n: number) => number, key?: string): string {
  const ws = () => SPACES[pick(SPACES.length)]
  if (key === 'version' && value === 3) return ['3', '3.0', '3e0', '30e-1', '0.3E+1', '"3"', '"3.0"', '" 3"'][pick(8)]
  if (value === null || typeof value === 'boolean') return String(value)
  if (typeof value === 'number') return JSON.stringify(value)
  if (typeof value === 'string') return writeString(value, pick)
  if (Array.isArray(value)) return `[${ws()}${value.map((v) => `${ws()}${write(v, pick)}${ws()}`).join(',')}${ws()}]`
  const entries = Object.entries(value as Record<string, unknown>)
  for (let i = entries.length - 1; i > 0; i--) {
    const j = pick(i + 1)
    ;[entries[i], entries[j]] = [entries[j], entries[i]]
  }
  return `{${ws()}${entries.map(([k, v]) => `${ws()}${writeString(k, pick)}${ws()}:${ws()}${write(v, pick, k)}${ws()}`).join(',')}${ws()}}`
}

const PREFIXES = ['', '\uFEFF', ")]}'\n", ")]}' anything on this line\r\n", "\uFEFF)]}'\n", '\n\t ']

const text = fc.string({ unit: 'binary', maxLength: 40 })
const sourceName = fc.oneof(text, fc.constantFrom('https://cdn.test/a.ts', '//cdn.test/b.ts', 'webpack://pkg/c.ts', 's3://bucket/d.ts', 'src/e.ts'))
const content = fc.oneof({ weight: 3, arbitrary: text }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant('') })
/** Junk of any depth, with the keys a map has, where nobody reads them. */
const junk = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.record({ sources: fc.array(text, { maxLength: 3 }), sourcesContent: fc.array(text, { maxLength: 3 }) }),
  fc.integer({ min: 1, max: 300 }).map((depth) => JSON.parse(`${'['.repeat(depth)}"sourcesContent"${']'.repeat(depth)}`)),
)

const basicMap = fc.record(
  {
    version: fc.constant(3),
    file: text,
    sourceRoot: fc.oneof(fc.constant(''), fc.constant('https://storage.test/bucket/'), text),
    sources: fc.array(fc.oneof({ weight: 5, arbitrary: sourceName }, { weight: 1, arbitrary: fc.constant(null) }), { maxLength: 12 }),
    sourcesContent: fc.oneof(
      fc.array(content, { maxLength: 12 }),
      fc.array(content, { maxLength: 12 }).map((list) => Object.fromEntries(list.map((v, i) => [String(i), v]))),
      fc.constant(null),
    ),
    names: fc.array(text, { maxLength: 4 }),
    mappings: fc.constantFrom('', 'AAAA', 'AAAA,SAAS;AACA'),
    x_junk: junk,
    x_google_ignoreList: fc.array(fc.nat(10), { maxLength: 3 }),
  },
  { requiredKeys: ['version', 'sources', 'mappings'] },
)

const anyMap = fc.oneof(
  { weight: 4, arbitrary: basicMap },
  {
    weight: 1,
    arbitrary: fc.record({
      version: fc.constant(3),
      file: text,
      sections: fc.array(fc.record({ offset: fc.record({ line: fc.nat(99), column: fc.nat(99) }), map: basicMap }), { maxLength: 4 }),
    }),
  },
)

type Json = Record<string, unknown>
const EXTERNAL = /^(?:https?|s3|gs):\/\/|^\/\/[^/]/i

/** The counts, computed from JSON.parse's reading of the document. */
function truth(doc: Json): Pick<SourceMapFacts, 'isSourceMap' | 'sources' | 'sourcesWithContent' | 'externalUrlCount'> {
  let sources = 0
  let withContent = 0
  let external = 0
  const visit = (map: Json) => {
    if (Array.isArray(map.sources)) {
      sources += map.sources.length
      external += map.sources.filter((s) => typeof s === 'string' && EXTERNAL.test(s)).length
    }
    if (typeof map.sourceRoot === 'string' && EXTERNAL.test(map.sourceRoot)) external++
    const embedded = map.sourcesContent
    if (embedded && typeof embedded === 'object') withContent += Object.values(embedded).filter((v) => typeof v === 'string' && v.length > 0).length
    if (Array.isArray(map.sections)) for (const section of map.sections) if (section?.map && typeof section.map === 'object') visit(section.map)
  }
  visit(doc)
  // Loose equality on purpose: it is how the source-map library compares the version.
  const isSourceMap = doc.version == 3 && ((Array.isArray(doc.sources) && 'mappings' in doc) || Array.isArray(doc.sections))
  return { isSourceMap, sources, sourcesWithContent: withContent, externalUrlCount: external }
}

/** Feeds `data` in chunks of the given sizes, each at an odd offset in its own buffer as streams hand them out. */
function feed(write: (chunk: Buffer) => void, data: Buffer, sizes: number[]): void {
  for (let i = 0, k = 0; i < data.length; k++) {
    const size = Math.min(sizes[k % sizes.length], data.length - i)
    const padded = Buffer.alloc(size + 1)
    data.copy(padded, 1, i, i + size)
    write(padded.subarray(1))
    i += size
  }
}

const chunkSizes = fc.array(fc.oneof(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 600 })), { minLength: 1, maxLength: 6 })

describe('SourceMapScanner equals JSON.parse (fast-check)', () => {
  it('counts sources, embedded sources and remote URLs of any valid map, however written and split', () => {
    fc.assert(
      fc.property(anyMap, fc.integer(), fc.nat(PREFIXES.length - 1), chunkSizes, (map, seed, prefix, sizes) => {
        const pick = prng(seed)
        const body = write(map, pick)
        const data = Buffer.from(`${PREFIXES[prefix]}${body}${SPACES[pick(SPACES.length)]}`)
        const expected = truth(JSON.parse(body))
        const scanner = new SourceMapScanner()
        feed((chunk) => scanner.write(chunk), data, sizes)
        const facts = scanner.end()
        expect(facts.problem).toBeUndefined()
        expect({ isSourceMap: facts.isSourceMap, sources: facts.sources, sourcesWithContent: facts.sourcesWithContent, externalUrlCount: facts.externalUrlCount }).toEqual(expected)
      }),
      { numRuns: 6000 },
    )
  })
})

/** Names the library keeps apart (it normalises paths, so two spellings of one path would merge). */
const libName = fc.stringMatching(/^[a-z0-9_-]{1,10}$/).map((s) => `src/${s}.ts`)
/** Content that a raw data: URL can carry: no whitespace, `#` (a fragment), `%` or `*`. */
const rawSafe = fc.stringMatching(/^[a-zA-Z0-9_=;:.,(){}[\]<>!?'"+/-]{0,30}$/)

const inlineCase = fc
  .record({
    names: fc.uniqueArray(libName, { maxLength: 10 }),
    encoding: fc.constantFrom('base64', 'percent', 'raw'),
    asObject: fc.boolean(),
    contents: fc.array(fc.option(fc.string({ maxLength: 30 }), { nil: null }), { maxLength: 10 }),
    rawContents: fc.array(fc.option(rawSafe, { nil: null }), { maxLength: 10 }),
    header: fc.constantFrom('data:application/json', 'data:application/json;charset=utf-8', 'data:application/json;charset=UTF-8'),
    opening: fc.constantFrom('\n//# ', '\n//@ ', '\n//#  ', '\n//#\t', ';//# ', ' //# ', '\n/*# ', ')/*# '),
    before: fc.array(fc.constantFrom('var a = 1;', 'f("//# sourceMappingURL=" + u);', '\n', '// a comment\n', 's = `//# sourceMappingURL=${u}`;'), { maxLength: 6 }),
    after: fc.constantFrom('', '\n', '\r\n', ' \n'),
    version: fc.constantFrom<unknown>(3, '3'),
  })
  .map((c) => {
    const list = c.encoding === 'raw' ? c.rawContents : c.contents
    const contents = c.names.map((_, i) => list[i] ?? null)
    const sourcesContent = c.asObject ? Object.fromEntries(contents.map((v, i) => [String(i), v])) : contents
    const json = JSON.stringify({ version: c.version, sources: c.names, names: [], mappings: '', sourcesContent })
    const data = c.encoding === 'base64' ? `${c.header};base64,${Buffer.from(json).toString('base64')}` : c.encoding === 'percent' ? `${c.header},${encodeURIComponent(json)}` : `${c.header},${json}`
    const close = c.opening.includes('/*') ? ' */' : ''
    return { ...c, json, url: data, file: `${c.before.join('')}${c.opening}sourceMappingURL=${data}${close}${c.after}` }
  })

describe('SourceMappingUrlScanner equals the source-map library (fast-check)', () => {
  it('reads an inline map as the library reads the same data: URL', async () => {
    await fc.assert(
      fc.asyncProperty(inlineCase, chunkSizes, async (c, sizes) => {
        // The data: URL decoded by fetch (the URL standard's reading), then read by the library.
        const decoded = await (await fetch(c.url)).text()
        const consumer = await new SourceMapConsumer(decoded)
        const sources = consumer.sources.length
        const withContent = consumer.sources.filter((source) => {
          const text = consumer.sourceContentFor(source, true)
          return typeof text === 'string' && text.length > 0
        }).length
        consumer.destroy()
        const scanner = new SourceMappingUrlScanner()
        feed((chunk) => scanner.write(chunk), Buffer.from(c.file), sizes)
        const facts = scanner.end()
        expect(facts?.kind).toBe('inline')
        expect(facts?.inline).toMatchObject({ isSourceMap: true, sources, sourcesWithContent: withContent })
      }),
      { numRuns: 4000 },
    )
  })
})
