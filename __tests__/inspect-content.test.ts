import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { FileInspector, StreamingInspection, inspectContent } from '../src/inspect/file-inspector.js'
import { SecretScanner } from '../src/inspect/secret-scanner.js'
import { SourceMapScanner } from '../src/inspect/source-map-scanner.js'
import { SourceMappingUrlScanner } from '../src/inspect/source-mapping-url.js'
import type { FileFacts } from '../src/core/types.js'
import { FAKE, PEM } from './helpers/secrets.js'

/**
 * The one-shot inspection of a file in one buffer (`inspectContent`, which skips
 * every scanner a cheap test of the buffer rules out) against the scanners
 * themselves, fed the same bytes: the facts must be the same, key order included.
 */

/** Every scanner that applies, fed `chunks` in order: the path the one-shot inspection must agree with. */
function streamed(path: string, chunks: Buffer[], maxBytes?: number, scanSecrets = true): FileFacts {
  const inspection = new StreamingInspection(path, maxBytes ?? 64 * 1024 * 1024, scanSecrets)
  for (const chunk of chunks) inspection.write(chunk)
  return inspection.end()
}

/** Equal as data and as JSON (the order of keys shows in every report). */
function expectSameFacts(actual: FileFacts, expected: FileFacts): void {
  expect(actual).toStrictEqual(expected)
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected))
}

const b64 = (text: string) => Buffer.from(text).toString('base64')
const MAP = '{"version":3,"sources":["src/a.ts","https://cdn.example.com/b.ts"],"sourcesContent":["export const a = 1\\n",null],"mappings":"AAAA"}'
const SECTIONS = '{"version":3,"sections":[{"offset":{"line":0,"column":0},"map":{"version":3,"sources":["x.ts"],"mappings":"A"}}]}'
/** An index map with no `sources` key anywhere: a map by its `sections` alone. */
const SECTIONS_BY_URL = '{"version":3,"sections":[{"offset":{"line":0,"column":0},"url":"a.js.map"}]}'

/** Text that reaches each scanner: secrets of each kind, anchors without a secret, comments, maps and their near misses. */
const PIECES = [
  // secrets, and anchors that are not
  `"${FAKE.github}"`,
  ` ${FAKE.awsKeyId} `,
  `aws_secret_access_key = ${FAKE.awsSecret}\n`,
  `'${FAKE.npm}'`,
  ` ${FAKE.slackToken} `,
  `"${FAKE.slackWebhook}"`,
  `"${FAKE.stripe}"`,
  `key: "${FAKE.google}"`,
  `"${FAKE.jwt}"`,
  `const config = { password: "${FAKE.password}" }\n`,
  `const API_KEY = "${FAKE.password}"\n`,
  `{ "Secret": '${FAKE.password}' }`,
  `API_TOKEN=${FAKE.password}\n`,
  `//registry.example.org/:_authToken=${FAKE.password}\n`,
  `postgres://admin:${FAKE.password}@db.internal.net/app `,
  PEM,
  'token',
  'TOKEN = ',
  'Secret:',
  'eyJ',
  '-----BEGIN',
  '://',
  'AKIA',
  'ghp_',
  'xo',
  // sourceMappingURL comments, in the forms consumers read and those they do not
  '//# sourceMappingURL=a.js.map\n',
  '/*# sourceMappingURL=a.css.map */',
  '//@ sourceMappingURL=old.js.map',
  '//#\tsourceMappingURL=https://cdn.example.com/a.js.map',
  `//# sourceMappingURL=data:application/json;charset=utf-8;base64,${b64(MAP)}\n`,
  `/*# sourceMappingURL=data:application/json,${encodeURIComponent(MAP)} */`,
  `//# sourceMappingURL=data:application/json,${MAP}`,
  'x = "\\n//# sourceMappingURL=" + url;',
  '`\n//# sourceMappingURL=${name}`',
  'sourceMappingURL=',
  'sourceMapping',
  '//# ',
  // maps, and JSON that is not one
  MAP,
  SECTIONS,
  SECTIONS_BY_URL,
  '{"sour\\u0063es":["a.ts"],"version":"3","mappings":""}',
  '{"name":"pkg","version":"1.0.0","sources":["a"]}',
  '{"version":3,"sources":[],"mappings":"',
  '{',
  '}',
  '"sources"',
  '\\',
  // prefixes and plain text
  '\uFEFF',
  ")]}'\n",
  '#!/usr/bin/env node\n',
  '#!',
  '#',
  '!',
  ' ',
  '\n',
  '\r\n',
  '\t',
  'function f(a, b) { return a + b }\n',
  'é€ ',
  'x',
]

const PATHS = ['a.js', 'dist/a.min.mjs', 'a.css', 'a.js.map', 'A.MAP', 'a.json', 'types/a.d.ts', 'bin/cli', 'dir.v1/cli', '.npmrc', '.env', 'README.md', 'a.txt', 'img.png']

const bytes = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => Buffer.from(parts.join(''))) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((array) => Buffer.from(array)) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }), fc.uint8Array({ maxLength: 60 }), fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }))
      .map(([before, noise, after]) => Buffer.concat([Buffer.from(before.join('')), noise, Buffer.from(after.join(''))])),
  },
)
/** Scan caps: the default, and caps that cut small files anywhere. */
const maxBytes = fc.constantFrom(undefined, 0, 1, 10, 100, 400, 5000)

/** `content` at `offset` bytes into a buffer of its own, as chunks sit at any byteOffset of tar-stream's buffers. */
function placed(content: Buffer, offset: number): Buffer {
  const buffer = Buffer.alloc(content.length + offset)
  content.copy(buffer, offset)
  return buffer.subarray(offset)
}

/** `content` cut at `cuts` (taken modulo its length + 1, so empty chunks occur). */
function split(content: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((cut) => cut % (content.length + 1)))].sort((a, b) => a - b)
  const chunks: Buffer[] = []
  let from = 0
  for (const point of points) {
    chunks.push(content.subarray(from, point))
    from = point
  }
  chunks.push(content.subarray(from))
  return chunks
}

describe('inspectContent: the same facts as the scanners', () => {
  it('for generated files that reach each scanner, in every kind of path, at any byte offset (fast-check)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), bytes, fc.integer({ min: 0, max: 7 }), maxBytes, fc.boolean(), (path, content, offset, max, scanSecrets) => {
        expectSameFacts(inspectContent(path, placed(content, offset), max, scanSecrets), streamed(path, [content], max, scanSecrets))
      }),
      { numRuns: 6000 },
    )
  })

  it('as the scanners fed the same bytes in any chunks: no decision depends on the split (fast-check)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), bytes, fc.array(fc.nat(), { maxLength: 6 }), maxBytes, (path, content, cuts, max) => {
        const chunks = split(content, cuts)
        expectSameFacts(inspectContent(path, content, max), streamed(path, chunks, max))
      }),
      { numRuns: 4000 },
    )
  })
})

describe('FileInspector: one chunk inspected whole, more streamed', () => {
  it('gives what the scanners give for the same chunks, one or many (fast-check)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), bytes, fc.array(fc.nat(), { maxLength: 6 }), maxBytes, fc.boolean(), (path, content, cuts, max, scanSecrets) => {
        const chunks = cuts.length === 0 ? [content] : split(content, cuts)
        const inspector = new FileInspector(path, max, scanSecrets)
        for (const chunk of chunks) inspector.write(chunk)
        expectSameFacts(inspector.end(), streamed(path, chunks, max, scanSecrets))
      }),
      { numRuns: 3000 },
    )
  })

  it('with no chunk at all, as with an empty one', () => {
    for (const path of ['a.js', 'a.js.map', 'bin/cli']) expectSameFacts(new FileInspector(path).end(), streamed(path, []))
  })
})

describe('inspectContent: fixed cases', () => {
  const cases: Array<[string, string, string | Buffer, FileFacts, { max?: number; scanSecrets?: boolean }?]> = [
    ['an empty script', 'a.js', '', {}],
    ['an empty .map file: reported, unreadable', 'a.js.map', '', { sourceMap: { isSourceMap: false, sources: 0, sourcesWithContent: 0, externalUrls: [], externalUrlCount: 0, problem: 'empty file' } }],
    ['a .map file whatever its case and content', 'A.MAP', 'x', { sourceMap: { isSourceMap: false, sources: 0, sourcesWithContent: 0, externalUrls: [], externalUrlCount: 0, problem: 'invalid JSON: expected a value' } }],
    ['a map found by content, after a byte order mark', 'a.json', `\uFEFF${MAP}`, { sourceMap: { isSourceMap: true, sources: 2, sourcesWithContent: 1, externalUrls: ['https://cdn.example.com/b.ts'], externalUrlCount: 1 } }],
    ['a map with an escaped key, after the XSSI prefix', 'a.json', `)]}'\n{"sour\\u0063es":["a.ts"],"version":3,"mappings":"A"}`, { sourceMap: { isSourceMap: true, sources: 1, sourcesWithContent: 0, externalUrls: [], externalUrlCount: 0 } }],
    ['an index map by its sections alone', 'a.json', SECTIONS_BY_URL, { sourceMap: { isSourceMap: true, sources: 0, sourcesWithContent: 0, externalUrls: [], externalUrlCount: 0 } }],
    ['a manifest with `sources` but no version: no map', 'package.json', '{"name":"a","sources":["a.ts"],"mappings":"x"}', {}],
    ['an extensionless script with a comment', 'bin/cli', '#!/usr/bin/env node\n//# sourceMappingURL=cli.js.map\n', { sourceMappingUrl: { kind: 'relative', url: 'cli.js.map' } }],
    ['the same text in a file that is no script', 'bin/cli.txt', '#!/usr/bin/env node\n//# sourceMappingURL=cli.js.map\n', {}],
    ['a comment in a string, not the file\'s', 'a.js', 'x = "\\n//# sourceMappingURL=" + url', {}],
    ['an anchor without a secret', 'a.js', 'const token = getToken()', {}],
    ['a secret in a small file', 'a.js', `const t = "${FAKE.github}"`, { secrets: { matches: [expect.objectContaining({ kind: 'github-token', line: 1 })], values: [FAKE.github] } }],
    ['a credential after a keyword in capitals', 'a.js', `const API_KEY = "${FAKE.password}"`, { secrets: { matches: [expect.objectContaining({ kind: 'generic-assignment', line: 1 })], values: [FAKE.password] } }],
    ['a secret past the size of the byte-by-byte check', 'a.js', `${'//\n'.repeat(300)}const t = "${FAKE.github}"`, { secrets: { matches: [expect.objectContaining({ kind: 'github-token', line: 301 })], values: [FAKE.github] } }],
    ['a file over the scan cap, without an anchor', 'a.js', 'x'.repeat(20), { secrets: { matches: [], partial: 'size' } }, { max: 10 }],
    ['a secret past the scan cap', 'a.js', `${'x'.repeat(20)} "${FAKE.github}"`, { secrets: { matches: [], partial: 'size' } }, { max: 20 }],
    ['a binary file with a secret', 'a.bin', Buffer.concat([Buffer.from([0]), Buffer.from(` "${FAKE.github}"`)]), {}],
    ['secrets not scanned', 'a.js', `const t = "${FAKE.github}"`, {}, { scanSecrets: false }],
  ]
  it.each(cases)('%s', (_, path, text, expected, options = {}) => {
    const content = Buffer.from(text)
    const facts = inspectContent(path, content, options.max, options.scanSecrets)
    expect(facts).toEqual(expected)
    expectSameFacts(facts, streamed(path, [content], options.max, options.scanSecrets))
  })
})

describe('inspectContent: no scanner where none would find anything', () => {
  afterEach(() => vi.restoreAllMocks())
  const spies = () => [SecretScanner, SourceMappingUrlScanner, SourceMapScanner].map((scanner) => vi.spyOn(scanner.prototype, 'write'))

  it.each([
    ['a tiny script', 'lib/f1.js', 'x'.repeat(40)],
    ['a manifest', 'package.json', '{"name":"a","version":"1.0.0","main":"index.js"}'],
    ['a script with a shebang', 'bin/cli', '#!/usr/bin/env node\nrequire("../lib")\n'],
    ['a stylesheet that names no map', 'a.css', 'a { color: red } /* sourceMapping */'],
  ])('%s', (_, path, text) => {
    const written = spies()
    expect(inspectContent(path, Buffer.from(text))).toEqual({})
    for (const spy of written) expect(spy).not.toHaveBeenCalled()
  })

  it('but each scanner where it may (the spies see them)', () => {
    const [secret, url, map] = spies()
    inspectContent('a.js', Buffer.from(`//# sourceMappingURL=a.js.map\nconst token = "x"`))
    inspectContent('a.json', Buffer.from(SECTIONS))
    expect([secret, url, map].map((spy) => spy.mock.calls.length)).toEqual([1, 1, 1])
  })
})
