import { describe, expect, it } from 'vitest'
import { SourceMappingUrlScanner } from '../src/inspect/source-mapping-url.js'
import { sourceMap } from './helpers/tarball.js'

function scan(text: string, chunkSize = Infinity) {
  const scanner = new SourceMappingUrlScanner()
  const data = Buffer.from(text)
  const step = Number.isFinite(chunkSize) ? chunkSize : data.length || 1
  for (let i = 0; i < data.length; i += step) scanner.write(data.subarray(i, i + step))
  return scanner.end()
}

const inline = (map: string) => `//# sourceMappingURL=data:application/json;charset=utf-8;base64,${Buffer.from(map).toString('base64')}`

describe('SourceMappingUrlScanner', () => {
  it('reads a relative map URL', () => {
    expect(scan('console.log(1)\n//# sourceMappingURL=index.js.map\n')).toEqual({ kind: 'relative', url: 'index.js.map' })
  })

  it('reads a CSS comment and a remote URL', () => {
    expect(scan('a{}\n/*# sourceMappingURL=https://cdn.example.com/a.css.map */')).toEqual({ kind: 'external', url: 'https://cdn.example.com/a.css.map' })
  })

  it('decodes an inline base64 map at every chunk size', () => {
    const text = `var a=1;\n${inline(sourceMap(12, true))}\n`
    for (const size of [1, 2, 3, 5, 7, 16, 17, 64, 1000, Infinity]) {
      const facts = scan(text, size)
      expect(facts?.kind, `chunk ${size}`).toBe('inline')
      expect(facts?.inline, `chunk ${size}`).toMatchObject({ isSourceMap: true, sources: 12, sourcesWithContent: 12 })
    }
  })

  it('keeps the last comment of the file', () => {
    expect(scan('//# sourceMappingURL=a.map\nx\n//# sourceMappingURL=b.map')?.url).toBe('b.map')
  })

  it('ignores the text when it is not in a comment (bundler code that writes comments)', () => {
    expect(scan('const s = "//# sourceMappingURL=" + url;\nvar t = `sourceMappingURL=${x}`')).toBeUndefined()
  })

  it('finds nothing in a file without the comment', () => {
    expect(scan('export const x = 1\n'.repeat(100), 7)).toBeUndefined()
  })

  it('reports an inline data URL that is not a map', () => {
    const facts = scan(`//# sourceMappingURL=data:application/json;base64,${Buffer.from('{"hello":1}').toString('base64')}`)
    expect(facts?.kind).toBe('inline')
    expect(facts?.inline?.isSourceMap).toBe(false)
  })
})

describe('SourceMappingUrlScanner: only comments that start a line', () => {
  it.each([
    ['a string with an escaped newline', 'const s = "//# sourceURL=[module]\\n//# sourceMappingURL=[url]";'],
    ['a template literal', 'result.code += `\\n//# sourceMappingURL=${sourceMap.url}`;'],
    ['a regular expression', 'const re = /(?:^|[^.])\\/\\/# sourceMappingURL=data:application\\/json;base64,(.*)$/'],
    ['after code on the same line', 'var a=1;//# sourceMappingURL=a.js.map'],
  ])('ignores %s', (_name, text) => {
    for (const size of [1, 3, 7, Infinity]) expect(scan(text, size), `chunk ${size}`).toBeUndefined()
  })

  it('accepts a comment at the very start of the file, at every chunk size', () => {
    for (const size of [1, 2, 5, Infinity]) expect(scan('//# sourceMappingURL=a.js.map', size)?.url).toBe('a.js.map')
  })

  it('accepts CRLF line ends and indentation', () => {
    expect(scan('x()\r\n//# sourceMappingURL=a.js.map\r\n')?.url).toBe('a.js.map')
    expect(scan('x()\n  /*# sourceMappingURL=a.css.map */')?.url).toBe('a.css.map')
  })
})
