import { describe, expect, it } from 'vitest'
import { analyzePackage } from '../src/core/analyze.js'
import { DEFAULT_POLICY } from '../src/core/policy.js'
import { sourceMap } from './helpers/tarball.js'
import { type SnapshotFile, snapshot } from './helpers/snapshot.js'

/**
 * The shapes of issue 17, from bytes to rules: each reaches the rule that a
 * common shape reaches, through the real inspectors.
 */
const BASE: SnapshotFile[] = [['package.json', '{"name":"p","version":"1.0.0"}'], ['dist/index.js', 'export {}\n']]

function rulesFor(file: SnapshotFile): string[] {
  const before = snapshot(BASE)
  const after = snapshot([...BASE, file], { version: '1.1.0' })
  const { findings } = analyzePackage({ before, after, baseline: { version: '1.0.0', source: 'x' }, policy: DEFAULT_POLICY })
  return findings.filter((f) => f.path === file[0]).map((f) => f.rule)
}

const map = JSON.parse(sourceMap(2, true))
const base64 = Buffer.from(JSON.stringify(map)).toString('base64')

describe('shapes that reach the source-map rules (issue 17)', () => {
  it.each<[string, SnapshotFile]>([
    ['an XSSI-prefixed map', ['dist/a.js.map', `)]}'\n${JSON.stringify(map)}`]],
    ['a map with an escaped key', ['dist/a.js.map', JSON.stringify(map).replace('"sourcesContent"', '"sources\\u0043ontent"')]],
    ['a map with "version": "3"', ['dist/a.js.map', JSON.stringify({ ...map, version: '3' })]],
    ['a map with deep junk before sources', ['dist/a.js.map', `{"x":${'['.repeat(2000)}${']'.repeat(2000)},${JSON.stringify(map).slice(1)}`]],
    ['a map with sourcesContent as an object', ['dist/a.js.map', JSON.stringify({ ...map, sourcesContent: { ...map.sourcesContent } })]],
  ])('source-map/sources-content fires on %s', (_name, file) => {
    expect(rulesFor(file)).toContain('source-map/sources-content')
  })

  it.each<[string, SnapshotFile]>([
    ['a data: map on the same line as code', ['dist/b.js', `f();//# sourceMappingURL=data:application/json;base64,${base64}`]],
    ['a percent-encoded data: URL', ['dist/b.js', `f();\n//# sourceMappingURL=data:application/json,${encodeURIComponent(JSON.stringify(map))}`]],
    ['//# followed by two spaces', ['dist/b.js', `f();\n//#  sourceMappingURL=data:application/json;base64,${base64}`]],
    ['an inline map in a .jsx file', ['src/App.jsx', `export default () => null\n//# sourceMappingURL=data:application/json;base64,${base64}`]],
    ['an inline map in a .ts file', ['src/index.ts', `export const a = 1\n//# sourceMappingURL=data:application/json;base64,${base64}`]],
  ])('source-map/inline-sources-content fires on %s', (_name, file) => {
    expect(rulesFor(file)).toContain('source-map/inline-sources-content')
  })

  it('source-map/url-external fires on a protocol-relative URL', () => {
    expect(rulesFor(['dist/c.js', 'f()\n//# sourceMappingURL=//cdn.example.com/c.js.map\n'])).toEqual(['source-map/url-external'])
  })
})
