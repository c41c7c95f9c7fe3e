import { describe, expect, it } from 'vitest'
import { SourceMapScanner, scanSourceMap } from '../src/inspect/source-map-scanner.js'
import { sourceMap } from './helpers/tarball.js'

/** Feeds `data` split at `at`, and also byte by byte, to prove chunk boundaries do not matter. */
function scanSplit(data: Buffer, at: number) {
  const scanner = new SourceMapScanner()
  scanner.write(data.subarray(0, at))
  scanner.write(data.subarray(at))
  return scanner.end()
}

describe('SourceMapScanner', () => {
  it('counts sources and embedded sources exactly', () => {
    const facts = scanSourceMap(Buffer.from(sourceMap(1900, true)))
    expect(facts).toMatchObject({ isSourceMap: true, sources: 1900, sourcesWithContent: 1900 })
    expect(facts.problem).toBeUndefined()
  })

  it('counts null and empty sourcesContent entries as no content', () => {
    const map = { version: 3, sources: ['a.ts', 'b.ts', 'c.ts', null], sourcesContent: ['x', null, '', 'y'], mappings: 'A' }
    expect(scanSourceMap(Buffer.from(JSON.stringify(map)))).toMatchObject({ isSourceMap: true, sources: 4, sourcesWithContent: 2 })
  })

  it('handles escaped quotes and backslashes inside strings at every split point', () => {
    const map = JSON.stringify({
      version: 3,
      sources: ['a\\"b.ts', 'c\\\\'],
      sourcesContent: ['const s = "\\"";\n\\\\', 'x\\'],
      mappings: 'AAAA',
    })
    const data = Buffer.from(map)
    for (let at = 0; at <= data.length; at++) {
      expect(scanSplit(data, at), `split at ${at}`).toMatchObject({ isSourceMap: true, sources: 2, sourcesWithContent: 2 })
    }
  })

  it('finds maps inside an index map (sections)', () => {
    const map = { version: 3, sections: [{ offset: { line: 0, column: 0 }, map: JSON.parse(sourceMap(3, true)) }, { offset: { line: 9, column: 0 }, map: JSON.parse(sourceMap(2, false)) }] }
    expect(scanSourceMap(Buffer.from(JSON.stringify(map)))).toMatchObject({ isSourceMap: true, sources: 5, sourcesWithContent: 3 })
  })

  it('ignores "sources" keys nested in unrelated objects', () => {
    const map = { version: 3, sources: ['a.ts'], mappings: 'A', x_extra: { sources: ['b', 'c'], sourcesContent: ['z'] } }
    expect(scanSourceMap(Buffer.from(JSON.stringify(map)))).toMatchObject({ sources: 1, sourcesWithContent: 0 })
  })

  it('is not a map without version 3, mappings or sources', () => {
    expect(scanSourceMap(Buffer.from('{"version":2,"sources":[],"mappings":""}')).isSourceMap).toBe(false)
    expect(scanSourceMap(Buffer.from('{"version":3,"sources":[]}')).isSourceMap).toBe(false)
    expect(scanSourceMap(Buffer.from('{"name":"pkg","version":"3"}')).isSourceMap).toBe(false)
  })

  it('reports remote sources and sourceRoot', () => {
    const map = { version: 3, sourceRoot: 'https://storage.example.com/bucket/', sources: ['a.ts', 'https://x.test/b.ts', 'webpack://pkg/c.ts'], mappings: 'A' }
    const facts = scanSourceMap(Buffer.from(JSON.stringify(map)))
    expect(facts.externalUrlCount).toBe(2)
    expect(facts.externalUrls).toEqual(['https://storage.example.com/bucket/', 'https://x.test/b.ts'])
  })

  it.each([
    ['invalid JSON', '{"version":3,,}', /invalid JSON/],
    ['truncated', '{"version":3,"sources":["a.ts"', /truncated/],
    ['empty', '', /empty/],
    ['trailing garbage', '{"version":3} x', /after the JSON/],
    ['too deep', `{"version":3,"mappings":"","sources":[],${'"sections":[{"map":{'.repeat(100)}`, /deeper/],
  ])('explains %s input', (_name, text, problem) => {
    expect(scanSourceMap(Buffer.from(text)).problem).toMatch(problem)
  })

  it('accepts a byte order mark', () => {
    const data = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sourceMap(2, true))])
    expect(scanSourceMap(data)).toMatchObject({ isSourceMap: true, sources: 2, sourcesWithContent: 2 })
  })

  it('keeps memory flat on a huge embedded source', () => {
    const scanner = new SourceMapScanner()
    scanner.write(Buffer.from('{"version":3,"mappings":"A","sources":["a.ts"],"sourcesContent":["'))
    const chunk = Buffer.alloc(1024 * 1024, 0x61)
    const before = process.memoryUsage().heapUsed
    for (let i = 0; i < 64; i++) scanner.write(chunk)
    const growth = process.memoryUsage().heapUsed - before
    scanner.write(Buffer.from('"]}'))
    expect(scanner.end()).toMatchObject({ isSourceMap: true, sources: 1, sourcesWithContent: 1 })
    expect(growth).toBeLessThan(16 * 1024 * 1024)
  })
})

describe('SourceMapScanner: what consumers read, whatever the shape (issue 17)', () => {
  const base = { version: 3, file: 'a.js', sources: ['a.ts', 'b.ts'], names: [], mappings: 'AAAA' }
  const withContent = JSON.stringify({ ...base, sourcesContent: ['const a = 1', 'const b = 2'] })

  it.each([
    ['the XSSI prefix line', `)]}'\n${withContent}`],
    ['the XSSI prefix with more on its line', `)]}' junk that consumers skip\r\n${withContent}`],
    ['a byte order mark and the XSSI prefix', `\uFEFF)]}'\n${withContent}`],
    ['an escape inside the key', withContent.replace('"sourcesContent"', '"sources\\u0043ontent"')],
    ['every character of the key escaped', withContent.replace('"sourcesContent"', `"${[...'sourcesContent'].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"`)],
    ['escapes in "sources" and "version" keys', withContent.replace('"sources"', '"\\u0073ources"').replace('"version"', '"versio\\u006e"')],
    ['"version": "3"', withContent.replace('"version":3', '"version":"3"')],
    ['"version": 3.0', withContent.replace('"version":3', '"version":3.0')],
    ['"version": 3e0', withContent.replace('"version":3', '"version":3e0')],
    ['deeply nested junk before sources', `{"x_junk":${'['.repeat(5000)}${']'.repeat(5000)},"y":${'{"a":'.repeat(3000)}1${'}'.repeat(3000)},${withContent.slice(1)}`],
    ['sourcesContent as an object', JSON.stringify({ ...base, sourcesContent: { 0: 'const a = 1', 1: 'const b = 2' } })],
  ])('counts the embedded sources behind %s', (_name, text) => {
    const data = Buffer.from(text)
    const expected = { isSourceMap: true, sources: 2, sourcesWithContent: 2 }
    expect(scanSourceMap(data)).toMatchObject(expected)
    expect(scanSourceMap(data).problem).toBeUndefined()
    for (const at of [1, 2, 3, 4, 5, 17, Math.floor(data.length / 2)]) expect(scanSplit(data, at), `split at ${at}`).toMatchObject(expected)
  })

  it('reads a version only when it equals 3 as the source-map library compares it', () => {
    for (const version of ['2', '"2"', '"3.1"', 'true', 'null', '"x"']) {
      expect(scanSourceMap(Buffer.from(withContent.replace('"version":3', `"version":${version}`))).isSourceMap, version).toBe(false)
    }
  })

  it('counts a map without a version only where the place says it is a map', () => {
    const text = JSON.stringify({ sources: ['a.ts'], sourcesContent: ['x'], mappings: 'A' })
    expect(scanSourceMap(Buffer.from(text)).isSourceMap).toBe(false)
    expect(scanSourceMap(Buffer.from(text), { versionOptional: true })).toMatchObject({ isSourceMap: true, sources: 1, sourcesWithContent: 1 })
    expect(scanSourceMap(Buffer.from(withContent.replace('"version":3', '"version":2')), { versionOptional: true }).isSourceMap).toBe(false)
  })

  it('counts every element of sources and keeps the last of a repeated key, as JSON.parse does', () => {
    const text = '{"version":3,"mappings":"","sources":["x"],"sources":["a",null,1,{"b":2},["c"]],"sourcesContent":["x","y"],"sourcesContent":[null,"z"]}'
    const parsed = JSON.parse(text)
    expect(scanSourceMap(Buffer.from(text))).toMatchObject({ sources: parsed.sources.length, sourcesWithContent: 1 })
  })

  it('keeps memory flat on nesting of any depth', () => {
    const scanner = new SourceMapScanner()
    scanner.write(Buffer.from('{"version":3,"mappings":"A","sources":["a.ts"],"junk":'))
    const open = Buffer.alloc(1024 * 1024, 0x5b)
    const before = process.memoryUsage().heapUsed
    for (let i = 0; i < 16; i++) scanner.write(open)
    const close = Buffer.alloc(1024 * 1024, 0x5d)
    for (let i = 0; i < 16; i++) scanner.write(close)
    const growth = process.memoryUsage().heapUsed - before
    scanner.write(Buffer.from(',"sourcesContent":["x"]}'))
    expect(scanner.end()).toMatchObject({ isSourceMap: true, sources: 1, sourcesWithContent: 1 })
    expect(growth).toBeLessThan(16 * 1024 * 1024)
  })

  it('reads escaped slashes in remote sources', () => {
    const text = '{"version":3,"mappings":"","sources":["https:\\/\\/x.test\\/a.ts","\\/\\/cdn.test\\/b.ts","a.ts"]}'
    expect(scanSourceMap(Buffer.from(text))).toMatchObject({ sources: 3, externalUrlCount: 2, externalUrls: ['https://x.test/a.ts', '//cdn.test/b.ts'] })
  })
})
