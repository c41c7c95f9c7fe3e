import { describe, expect, it } from 'vitest'
import { FileInspector } from '../src/inspect/file-inspector.js'
import { MAX_URL_SAMPLES, SourceMapScanner, scanSourceMap } from '../src/inspect/source-map-scanner.js'
import { SourceMappingUrlScanner } from '../src/inspect/source-mapping-url.js'
import { sourceMap } from './helpers/tarball.js'

/** The streaming scanners at their edges: exact problems, caps, prefixes, what ends a URL. */
const scanText = (text: string) => scanSourceMap(Buffer.from(text))

function chunked(text: string | Buffer, size: number) {
  const scanner = new SourceMapScanner()
  const data = Buffer.from(text)
  for (let i = 0; i < data.length; i += size) scanner.write(data.subarray(i, i + size))
  return scanner.end()
}

describe('SourceMapScanner: each problem, worded', () => {
  it.each([
    ['{"a" 1}', 'invalid JSON: expected ":"'],
    ['{1}', 'invalid JSON: expected a key'],
    ['{"a":1 "b":2}', 'invalid JSON: expected "," or a closing bracket'],
    ['{"a":1]', 'invalid JSON: expected "," or a closing bracket'],
    ['{"a":}', 'invalid JSON: expected a value'],
    ['{"a":1,}', 'invalid JSON: expected a key'],
    ['x', 'invalid JSON: expected a value'],
    ['{} {}', 'invalid JSON: unexpected data after the JSON value'],
    ['1 2', 'invalid JSON: unexpected data after the JSON value'],
    ['', 'empty file'],
    ['{"version":3,"sources":["a.ts"', 'truncated JSON (ended inside a value after 30 bytes)'],
    ['{"a":', 'truncated JSON (ended inside a value after 5 bytes)'],
    ['  ', 'truncated JSON (ended inside a value after 2 bytes)'],
  ])('%j: %s', (text, problem) => {
    const facts = scanText(text)
    expect(facts.problem).toBe(problem)
    expect(facts.isSourceMap).toBe(false)
  })

  it('stops at the first problem: `failed` is set and later bytes change nothing', () => {
    const scanner = new SourceMapScanner()
    scanner.write(Buffer.from('{"version":3,,'))
    expect(scanner.failed).toBe(true)
    scanner.write(Buffer.from('"sources":["a"],"mappings":"A"}'))
    expect(scanner.end()).toMatchObject({ isSourceMap: false, sources: 0, problem: 'invalid JSON: expected a key' })
  })

  it('well-formed values of every kind, with any JSON whitespace, parse without a problem', () => {
    const text = '\t{\r\n"version" :\t3 , "x": [ -1.5e+3 , true , false , null , "s\\u0041" , { } , [ ] ] ,\n"sources":[ ] ,"mappings" : "" }\r\n '
    expect(scanText(text)).toEqual({ isSourceMap: true, sources: 0, sourcesWithContent: 0, externalUrls: [], externalUrlCount: 0 })
    expect(scanText('3').problem).toBeUndefined()
    expect(scanText('"x"').problem).toBeUndefined()
    expect(scanText('true').problem).toBeUndefined()
  })
})

describe('SourceMapScanner: what makes a map', () => {
  const map = (fields: Record<string, unknown>) => JSON.stringify({ mappings: 'A', sources: ['a.ts'], ...fields })

  it.each([
    ['version 3', map({ version: 3 }), true],
    ['version 30', '{"version":30,"sources":[],"mappings":""}', false],
    ['no mappings', '{"version":3,"sources":[]}', false],
    ['no sources', '{"version":3,"mappings":""}', false],
    ['sources not a list', '{"version":3,"sources":"a.ts","mappings":""}', false],
    ['a version nested elsewhere', '{"x":{"version":3},"sources":[],"mappings":""}', false],
    ['sections, no sources', '{"version":3,"sections":[]}', true],
    ['sections under another key', '{"version":3,"x":{"sections":[]}}', false],
    ['an array at the top', '[{"version":3,"sources":[],"mappings":""}]', false],
  ])('%s: %s', (_name, text, isMap) => {
    expect(scanText(text).isSourceMap).toBe(isMap)
  })

  it('counts sources (null ones too) only in the map\'s own list, and content only when non-empty', () => {
    const text = JSON.stringify({
      version: 3,
      sources: ['a.ts', null, 'b.ts'],
      sourcesContent: ['x', '', null, 'yy'],
      mappings: 'A',
      names: ['sources', 'sourcesContent'],
      x: { sources: ['c'], sourcesContent: ['d'], sourceRoot: 'https://no.test/' },
    })
    expect(scanText(text)).toEqual({ isSourceMap: true, sources: 3, sourcesWithContent: 2, externalUrls: [], externalUrlCount: 0 })
  })

  it('in an index map, counts the sources of each section\'s map, not of other keys', () => {
    const section = (sources: string[], content: string[]) => ({ offset: { line: 0, column: 0 }, map: { version: 3, sources, sourcesContent: content, mappings: 'A' }, other: { sources: ['z'] } })
    const text = JSON.stringify({ version: 3, sections: [section(['a', 'b'], ['x', '']), section(['c'], ['y'])], sources: ['top'] })
    expect(scanText(text)).toMatchObject({ isSourceMap: true, sources: 4, sourcesWithContent: 2 })
  })

  it('a byte order mark only at the very start', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf])
    expect(scanSourceMap(Buffer.concat([bom, Buffer.from(map({ version: 3 }))])).isSourceMap).toBe(true)
    expect(scanSourceMap(Buffer.concat([Buffer.from(' '), bom, Buffer.from('{}')])).problem).toBe('invalid JSON: expected a value')
    // Split after the mark: the rest is read as usual.
    const scanner = new SourceMapScanner()
    scanner.write(bom)
    scanner.write(Buffer.from(map({ version: 3 })))
    expect(scanner.end().isSourceMap).toBe(true)
  })
})

describe('SourceMapScanner: remote URLs', () => {
  it(`keeps ${MAX_URL_SAMPLES} samples and counts them all; an empty sourceRoot is no sourceRoot`, () => {
    const sources = Array.from({ length: 8 }, (_, i) => `https://x.test/${i}`)
    const facts = scanText(JSON.stringify({ version: 3, sourceRoot: '', sources, mappings: 'A' }))
    expect(facts.externalUrls).toEqual(sources.slice(0, 5))
    expect(facts.externalUrlCount).toBe(8)
    expect(facts).not.toHaveProperty('sourceRoot')
  })

  it('a remote sourceRoot counts once; a sourceRoot elsewhere does not count', () => {
    const facts = scanText(JSON.stringify({ version: 3, sourceRoot: 'gs://b/', sources: ['a'], mappings: 'A', x: { sourceRoot: 'https://no.test/' } }))
    expect(facts).toMatchObject({ sourceRoot: 'gs://b/', externalUrls: ['gs://b/'], externalUrlCount: 1 })
  })

  it('keeps the first 512 bytes of a long URL, at any chunk size', () => {
    const long = `https://x.test/${'a'.repeat(1000)}`
    for (const size of [1, 7, 100, 100_000]) {
      const facts = chunked(JSON.stringify({ version: 3, sources: [long], mappings: 'A' }), size)
      expect(facts.externalUrls, `chunk ${size}`).toEqual([long.slice(0, 512)])
    }
  })

  it('a long key is not a known key: only its first 32 bytes are kept', () => {
    const facts = scanText(`{"version":3,"mappings":"A","sources":[],"${'sources'.padEnd(40, 'x')}":["https://a.test/"]}`)
    expect(facts).toMatchObject({ isSourceMap: true, sources: 0, externalUrlCount: 0 })
  })

})

const urlScan = (text: string, size = Infinity) => {
  const scanner = new SourceMappingUrlScanner()
  const data = Buffer.from(text)
  const step = Number.isFinite(size) ? size : data.length || 1
  for (let i = 0; i < data.length; i += step) scanner.write(data.subarray(i, i + step))
  return scanner.end()
}

describe('SourceMappingUrlScanner: prefixes, ends, kinds, caps', () => {
  it.each([
    ['//# at the start', '//# sourceMappingURL=a.map', 'a.map'],
    ['//@ (the old form)', 'x\n//@ sourceMappingURL=a.map', 'a.map'],
    ['/*# in CSS', 'a{}\n/*# sourceMappingURL=a.css.map */', 'a.css.map'],
    ['/*@ in CSS', 'a{}\n/*@ sourceMappingURL=a.css.map */', 'a.css.map'],
    ['after a space', 'x; //# sourceMappingURL=a.map', 'a.map'],
    ['after a tab', 'x;\t//# sourceMappingURL=a.map', 'a.map'],
    ['after CR', 'x\r//# sourceMappingURL=a.map', 'a.map'],
    ['ended by a quote', 'x\n//# sourceMappingURL=a.map"', 'a.map'],
    ['ended by an apostrophe', "x\n//# sourceMappingURL=a.map'", 'a.map'],
    ['ended by a backtick', 'x\n//# sourceMappingURL=a.map`', 'a.map'],
    ['ended by a star', 'x\n/*# sourceMappingURL=a.map*/', 'a.map'],
    ['ended by <', 'x\n//# sourceMappingURL=a.map<b', 'a.map'],
    ['ended by >', 'x\n//# sourceMappingURL=a.map>b', 'a.map'],
    ['ended by a backslash', 'x\n//# sourceMappingURL=a.map\\n', 'a.map'],
    ['ended by a tab', 'x\n//# sourceMappingURL=a.map\tb', 'a.map'],
  ])('%s', (_name, text, url) => {
    for (const size of [1, 3, Infinity]) expect(urlScan(text, size)?.url, `chunk ${size}`).toBe(url)
  })

  it.each([
    ['an empty URL', 'x\n//# sourceMappingURL=\n'],
  ])('ignores %s', (_name, text) => {
    for (const size of [1, 2, 4, Infinity]) expect(urlScan(text, size), `chunk ${size}`).toBeUndefined()
  })

  it('a data: URL without base64, and one without a comma, are inline', () => {
    const upper = urlScan('//# sourceMappingURL=DATA:application/json;base64,e30=')
    expect(upper).toMatchObject({ kind: 'inline', url: 'DATA:application/json;base64,', inline: { isSourceMap: false } })
    expect(upper?.inline?.problem).toBeUndefined() // "{}" decoded: valid JSON
    const plain = urlScan('//# sourceMappingURL=data:application/json,{}')
    expect(plain).toMatchObject({ kind: 'inline', url: 'data:application/json,', inline: { isSourceMap: false } })
    expect(plain?.inline?.problem).toBeUndefined()
    expect(urlScan('//# sourceMappingURL=data:application/json')).toEqual({ kind: 'inline', url: 'data:application/json' })
    expect(urlScan('//# sourceMappingURL=dat:x,y')).toEqual({ kind: 'relative', url: 'dat:x,y' })
  })

  it('an inline map whose base64 has no padding, and a trailing remainder', () => {
    const map = sourceMap(2, true)
    const b64 = Buffer.from(map).toString('base64').replace(/=+$/, '')
    for (const size of [1, 3, 4, 5, Infinity]) {
      expect(urlScan(`x\n//# sourceMappingURL=data:application/json;base64,${b64}`, size)?.inline, `chunk ${size}`).toMatchObject({ isSourceMap: true, sources: 2, sourcesWithContent: 2 })
    }
  })

  it('cuts a URL at 2048 characters', () => {
    const long = `https://x.test/${'a'.repeat(3000)}`
    for (const size of [1000, Infinity]) expect(urlScan(`//# sourceMappingURL=${long}\n`, size)?.url, `chunk ${size}`).toBe(long.slice(0, 2048))
  })

  it('the last comment wins, also when a later one is inline', () => {
    const b64 = Buffer.from(sourceMap(1, false)).toString('base64')
    expect(urlScan(`//# sourceMappingURL=a.map\n//# sourceMappingURL=data:application/json;base64,${b64}\n`)?.kind).toBe('inline')
    expect(urlScan(`//# sourceMappingURL=data:application/json;base64,${b64}\n//# sourceMappingURL=b.map\n`)).toEqual({ kind: 'relative', url: 'b.map' })
  })
})

describe('FileInspector: which scanners run', () => {
  const inspect = (path: string, chunks: Array<string | Buffer>, scanSecrets = true) => {
    const inspector = new FileInspector(path, 1024, scanSecrets)
    for (const chunk of chunks) inspector.write(Buffer.from(chunk))
    return inspector.end()
  }
  const MAP = sourceMap(1, true)

  it('a .map file is read as a map, readable or not; a JSON file only when it is a map', () => {
    expect(inspect('a.js.MAP', [MAP]).sourceMap).toMatchObject({ isSourceMap: true })
    expect(inspect('a.map', ['xyz']).sourceMap).toMatchObject({ isSourceMap: false, problem: 'invalid JSON: expected a value' })
    expect(inspect('data.json', [MAP]).sourceMap).toMatchObject({ isSourceMap: true })
    expect(inspect('data.json', ['{"a":1}']).sourceMap).toBeUndefined()
    expect(inspect('data.txt', ['[1]']).sourceMap).toBeUndefined()
  })

  it('sniffs past whitespace and a byte order mark, across chunks', () => {
    expect(inspect('x.json', [' \n\t\r', '', '  ', MAP]).sourceMap?.isSourceMap).toBe(true)
    expect(inspect('x.json', [Buffer.from([0xef, 0xbb, 0xbf]), MAP]).sourceMap?.isSourceMap).toBe(true)
    expect(inspect('x.json', [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(MAP)])]).sourceMap?.isSourceMap).toBe(true)
    expect(inspect('x.json', ['x', MAP]).sourceMap).toBeUndefined()
    // A BOM byte past the first three is content, not a mark.
    expect(inspect('x.json', [Buffer.from([0x20, 0x20, 0x20, 0xef]), MAP]).sourceMap).toBeUndefined()
  })

  it('secrets are scanned unless turned off', () => {
    const token = 't="ghp_Pq7Rk2Vx9Lm4Tz8Wb3Nc6Hd1Jf5Gs0Ya2Ue7"'
    expect(inspect('a.js', [token]).secrets?.matches.map((m) => m.kind)).toEqual(['github-token'])
    expect(inspect('a.js', [token], false)).toEqual({})
    expect(inspect('a.js', ['nothing here'])).toEqual({})
  })
})

describe('FileInspector: the same facts however the content is split', () => {
  it('reads a `#!` script without an extension when `#` and `!` come in two chunks', () => {
    const script = Buffer.from('#!/usr/bin/env node\nrun()\n//# sourceMappingURL=cli.js.map\n')
    const whole = new FileInspector('bin/cli')
    whole.write(script)
    const expected = whole.end()
    expect(expected.sourceMappingUrl).toBeDefined()
    for (const split of [1, 2, 5]) {
      const inspector = new FileInspector('bin/cli')
      inspector.write(script.subarray(0, split))
      inspector.write(script.subarray(split))
      expect(inspector.end(), `split at ${split}`).toEqual(expected)
    }
  })

  it.each([
    ['a byte order mark byte past the first three bytes', 'a.json', '    \xEF{"version":3,"sources":["a.ts"],"mappings":""}', 4],
    ['a truncated map after leading whitespace (its problem counts bytes from the first)', 'a.json', '   {"version":3,"sources":["a.ts"],"sourcesContent":["x"],"mappings":"" ', 1],
    ['a map after a whitespace chunk', 'a.json', '\n\n{"version":3,"sources":["a.ts"],"mappings":""}', 2],
  ])('sniffs JSON by the file, not by the chunk: %s', (_name, path, text, split) => {
    const content = Buffer.from(text, 'latin1')
    const whole = new FileInspector(path)
    whole.write(content)
    const expected = whole.end()
    const inspector = new FileInspector(path)
    inspector.write(content.subarray(0, split))
    inspector.write(content.subarray(split))
    expect(inspector.end()).toEqual(expected)
  })
})
