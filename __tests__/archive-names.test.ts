import { describe, expect, it } from 'vitest'
import { analyzePackage } from '../src/core/analyze.js'
import { DEFAULT_POLICY } from '../src/core/policy.js'
import { unsafeNameReason } from '../src/core/rules/archive.js'
import type { FileEntry } from '../src/core/types.js'

/** Each unsafe-name check on its own, so that removing one fails here (the hostile corpus mixes them). */
const entry = (path: string, rawName?: string): FileEntry => ({ path, size: 1, mode: 0o644, type: 'file', facts: {}, ...(rawName ? { rawName } : {}) })
const reason = (path: string, rawName?: string) => unsafeNameReason(entry(path, rawName)) ?? 'fine'

const ABSOLUTE = 'an absolute path'
const CLIMBS = 'a ".." segment that climbs out of the package folder'
const BACKSLASH = 'a backslash, which Windows reads as a folder separator'
const CONTROL = 'control characters (newlines, escapes) in its name'
const LONG_PART = 'a name part longer than 255 bytes, which no common file system can create'
const LONG_PATH = 'a path longer than 4096 bytes'

describe('archive/unsafe-path: one reason per check', () => {
  it.each([
    ['dist/index.js', undefined, 'fine'],
    ['@scope/x~1+2 y.js', undefined, 'fine'],
    ['a..b/c...d.js', undefined, 'fine'], // dots inside a name climb nowhere
    ['..', 'package/..', CLIMBS],
    ['x', 'package/../x', CLIMBS],
    ['x', 'package/a/../../x', CLIMBS],
    ['x', 'package\\..\\x', CLIMBS], // a backslash segment climbs on Windows
    ['x', '../x', CLIMBS],
    ['etc/passwd', '/etc/passwd', ABSOLUTE],
    ['x', 'C:/Windows/x', ABSOLUTE],
    ['x', 'c:x', ABSOLUTE],
    ['a\\b.js', undefined, BACKSLASH],
    ['dist\\index.js', undefined, BACKSLASH],
    ['a\nb.js', undefined, CONTROL],
    ['a\u001b[31m.js', undefined, CONTROL],
    ['a\u0000.js', undefined, CONTROL],
    ['a\u007f.js', undefined, CONTROL],
    ['a\u001f.js', undefined, CONTROL],
    ['x', 'package/:x', 'fine'], // no drive letter: a colon inside is a plain character on POSIX
  ])('%j (raw %j): %s', (path, rawName, expected) => {
    expect(reason(path, rawName)).toBe(expected)
  })

  it('a name part of 255 bytes is fine, 256 is not; multibyte characters count in bytes', () => {
    expect(reason(`dist/${'a'.repeat(255)}`)).toBe('fine')
    expect(reason(`dist/${'a'.repeat(256)}`)).toBe(LONG_PART)
    expect(reason(`dist/${'é'.repeat(127)}a`)).toBe('fine') // 255 bytes
    expect(reason(`dist/${'é'.repeat(128)}`)).toBe(LONG_PART) // 256 bytes, 128 characters
  })

  it('a path of 4096 bytes is fine, 4097 is not (root folder included)', () => {
    const parts = (bytes: number) => {
      // package/ + parts of 200 bytes joined by "/" up to the total.
      let path = ''
      while (`package/${path}`.length < bytes) path += path.length % 201 === 200 ? '/' : 'a'
      return path.endsWith('/') ? `${path.slice(0, -1)}b` : path
    }
    const ok = parts(4096)
    const over = parts(4097)
    expect(Buffer.byteLength(`package/${ok}`)).toBe(4096)
    expect(Buffer.byteLength(`package/${over}`)).toBe(4097)
    expect(reason(ok)).toBe('fine')
    expect(reason(over)).toBe(LONG_PATH)
  })

  it('the fast path for short plain names still sends every short unsafe name to the checks', () => {
    // 85 characters or fewer, made of plain characters only: still unsafe when a segment is "..".
    expect(reason('x', 'package/../../etc/cron.d/x')).toBe(CLIMBS)
    expect(reason('x', '../etc')).toBe(CLIMBS)
    // Without a raw name the name is package/ and the path: tested without building it, the same way.
    expect(reason('..')).toBe(CLIMBS)
    expect(reason('a/../../x')).toBe(CLIMBS)
    // 86 characters and more take the full checks too.
    expect(reason(`${'a'.repeat(100)}/b.js`)).toBe('fine')
    // A plain ASCII part of 256 bytes is past the fast path's length, so the byte check runs.
    expect(reason('a'.repeat(256))).toBe(LONG_PART)
    expect(reason('x', `package/${'a'.repeat(256)}`)).toBe(LONG_PART)
  })

  it('the rule reports each unsafe entry with its raw name and reason, and nothing for safe ones', () => {
    const files = [entry('ok.js'), entry('a\\b.js'), entry('x', 'package/../x')]
    const after = { name: 'p', version: '1.0.0', files, packedSize: 1, unpackedSize: 3, fileCount: 3 }
    const findings = analyzePackage({ before: null, after, baseline: { version: null, source: 'none' }, policy: DEFAULT_POLICY }).findings.filter((f) => f.rule === 'archive/unsafe-path')
    expect(findings.map((f) => [f.severity, f.path, f.message, f.details])).toEqual([
      ['error', 'a\\b.js', `The entry a\\b.js has ${BACKSLASH}.`, { reason: BACKSLASH }],
      ['error', 'x', `The entry package/../x has ${CLIMBS}.`, { reason: CLIMBS }],
    ])
  })
})
