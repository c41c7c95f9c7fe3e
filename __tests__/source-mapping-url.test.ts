import { describe, expect, it } from 'vitest'
import { SourceMappingUrlScanner } from '../src/inspect/source-mapping-url.js'
import { FileInspector } from '../src/inspect/file-inspector.js'
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

describe('SourceMappingUrlScanner: comments, not strings', () => {
  it.each([
    ['a string with an escaped newline', 'const s = "//# sourceURL=[module]\\n//# sourceMappingURL=[url]";'],
    ['a template literal', 'result.code += `\\n//# sourceMappingURL=${sourceMap.url}`;'],
    ['a regular expression', 'const re = /(?:^|[^.])\\/\\/# sourceMappingURL=data:application\\/json;base64,(.*)$/'],
    ['a data: URL header in a string, its data added in code', 'var c="//# sourceMappingURL=data:application/json;base64,"+btoa(JSON.stringify(map));'],
    ['a relative URL in a string after code', 'var s = x + "//# sourceMappingURL=[name].map";'],
    ['a template that builds the comment on a line of its own', 'const footer = `\n//# sourceMappingURL=${name}.map\n`'],
    ['a template that builds a block comment (vite)', 'if (type === "css") code += `\\n/*# sourceMappingURL=${genSourceMapUrl(map)} */`;'],
    ['a comment marker that is not one', 'var a = b // sourceMappingURL=a.js.map\nvar c = "#sourceMappingURL=x.map"'],
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

describe('SourceMappingUrlScanner: where consumers find the comment (issue 17)', () => {
  const map = sourceMap(3, true)
  const base64 = Buffer.from(map).toString('base64')
  const sizes = [1, 2, 3, 5, 16, 17, 18, 64, Infinity]
  const expectMap = (text: string) => {
    for (const size of sizes) {
      const facts = scan(text, size)
      expect(facts?.kind, `chunk ${size}`).toBe('inline')
      expect(facts?.inline, `chunk ${size}`).toMatchObject({ isSourceMap: true, sources: 3, sourcesWithContent: 3 })
    }
  }

  it('reads a data: map on the same line as code, as Node does', () => {
    expectMap(`f();//# sourceMappingURL=data:application/json;base64,${base64}`)
    expectMap(`f()/*# sourceMappingURL=data:application/json;base64,${base64} */g()`)
  })

  it('reads a data: map inside a string when it really is a map (Node reads the last match anywhere)', () => {
    expectMap(`eval("f()\\n//# sourceMappingURL=data:application/json;base64,${base64}")`)
  })

  it('reads a percent-encoded data: URL', () => {
    expectMap(`x()\n//# sourceMappingURL=data:application/json;charset=utf-8,${encodeURIComponent(map)}\n`)
    expectMap(`x()\n/*# sourceMappingURL=data:application/json,${encodeURIComponent(map)}*/`)
  })

  it('reads a raw JSON data: URL (it runs to whitespace, so a raw map holds none)', () => {
    const raw = JSON.stringify({ version: 3, sources: ['a.ts', 'b.ts', 'c.ts'], sourcesContent: ['a=1', 'b=2', 'c=3'], mappings: 'AAAA' })
    expectMap(`x()\n//# sourceMappingURL=data:application/json,${raw}\n`)
    expectMap(`a{}\n/*# sourceMappingURL=data:application/json,${raw}*/\n`)
  })

  it.each([
    ['two spaces', '//#  sourceMappingURL='],
    ['a tab', '//#\tsourceMappingURL='],
    ['no space', '//#sourceMappingURL='],
    ['many spaces and a newline', `//#${' '.repeat(100)}\n  sourceMappingURL=`],
    ['the old @ form', '//@ sourceMappingURL='],
    ['a block comment with spaces', '/*#   sourceMappingURL='],
  ])('reads the comment after %s', (_name, opening) => {
    expectMap(`x()\n${opening}data:application/json;base64,${base64}\n`)
    for (const size of sizes) expect(scan(`x()\n${opening}a.js.map\n`, size)?.url, `chunk ${size}`).toBe('a.js.map')
  })

  it('reads a relative URL after code on the same line', () => {
    for (const size of sizes) expect(scan('var a=1;//# sourceMappingURL=a.js.map', size)).toEqual({ kind: 'relative', url: 'a.js.map' })
  })

  it('counts a protocol-relative URL as external', () => {
    expect(scan('x()\n//# sourceMappingURL=//cdn.example.com/a.js.map\n')).toEqual({ kind: 'external', url: '//cdn.example.com/a.js.map' })
    expect(scan('x()\n//# sourceMappingURL=/abs/a.js.map\n')).toEqual({ kind: 'relative', url: '/abs/a.js.map' })
  })

  it('reads an inline map without a version, which Node reads', () => {
    const unversioned = JSON.stringify({ sources: ['a.ts'], sourcesContent: ['x'], mappings: 'A' })
    expect(scan(inline(unversioned))?.inline).toMatchObject({ isSourceMap: true, sources: 1, sourcesWithContent: 1 })
  })

  it('keeps memory flat on a huge inline map', () => {
    const scanner = new SourceMappingUrlScanner()
    scanner.write(Buffer.from(`x()\n//# sourceMappingURL=data:application/json;base64,${Buffer.from('{"version":3,"mappings":"A","sources":["a.ts"],"sourcesContent":["').toString('base64')}`))
    const chunk = Buffer.alloc(1024 * 1024, 0x41) // "AAAA" decodes to zero bytes inside the string
    const before = process.memoryUsage().heapUsed
    for (let i = 0; i < 32; i++) scanner.write(chunk)
    const growth = process.memoryUsage().heapUsed - before
    scanner.write(Buffer.from(`${Buffer.from('"]}').toString('base64')}\n`))
    expect(scanner.end()?.inline).toMatchObject({ isSourceMap: true, sources: 1 })
    expect(growth).toBeLessThan(24 * 1024 * 1024)
  })
})

describe('FileInspector: every file a bundler or runtime may load', () => {
  const text = `export const A = 1\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(sourceMap(2, true)).toString('base64')}\n`
  const inspect = (path: string, content: string) => {
    const inspector = new FileInspector(path)
    inspector.write(Buffer.from(content))
    return inspector.end()
  }

  it.each(['src/App.jsx', 'src/index.ts', 'src/index.tsx', 'dist/index.d.ts', 'dist/a.mts', 'styles/a.scss', 'styles/a.less', 'src/App.vue', 'src/App.svelte', 'index.html', 'dist/a.cjs'])('reads the inline map of %s', (path) => {
    expect(inspect(path, text).sourceMappingUrl?.inline).toMatchObject({ isSourceMap: true, sources: 2, sourcesWithContent: 2 })
  })

  it('reads a bin script without an extension, by its #!', () => {
    expect(inspect('bin/tool', `#!/usr/bin/env node\n${text}`).sourceMappingUrl?.kind).toBe('inline')
    expect(inspect('LICENSE', text).sourceMappingUrl).toBeUndefined()
    expect(inspect('README.md', text).sourceMappingUrl).toBeUndefined()
  })

  it('reads a .map file without a version, and any file that starts with the XSSI prefix', () => {
    const unversioned = JSON.stringify({ sources: ['a.ts'], sourcesContent: ['x'], mappings: 'A' })
    expect(inspect('dist/a.js.map', unversioned).sourceMap).toMatchObject({ isSourceMap: true, sourcesWithContent: 1 })
    expect(inspect('dist/a.json', unversioned).sourceMap).toBeUndefined()
    expect(inspect('dist/a.txt', `)]}'\n${sourceMap(2, true)}`).sourceMap).toMatchObject({ isSourceMap: true, sourcesWithContent: 2 })
  })
})
