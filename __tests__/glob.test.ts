import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import picomatch from 'picomatch'
import { describe, expect, it } from 'vitest'
import { compileGlob, compileGlobGroups, compileGlobList, expandBraces, type GlobGroup } from '../src/core/glob.js'
import { compileGroups } from '../src/core/rules/file-patterns.js'
import { validateConfig } from '../src/config/validate.js'
import { loadConfig } from '../src/config/load.js'
import { DIST_CLI } from './helpers/cli.js'
import { tempDir, writeTarball } from './helpers/tarball.js'

describe('glob matching in bounded time', () => {
  it('matches what picomatch (dot: true) matches, on random globs and paths (differential)', () => {
    // Not [!a]: picomatch reads it as the class of ! and a; here it negates, as in bash and .gitignore.
    const segmentPart = fc.constantFrom('a', 'b', '.', '-', '*', '?', '[ab]', '[^a]', '{a,b}', '{x,.y}')
    const segment = fc.array(segmentPart, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''))
    // Not a trailing /** on its own: picomatch lets `a/**` match `a` but not `*/**` match `a`; here both match.
    const glob = fc
      .array(fc.oneof(segment, fc.constant('**')), { minLength: 1, maxLength: 4 })
      .map((parts) => parts.join('/'))
      .filter((g) => !/.\/\*\*$/.test(g))
      // Not ** inside a segment (`**a`): picomatch lets it cross folders; here it is `*`, as in bash and .gitignore.
      .filter((g) => expandBraces(g).every((x) => x.split('/').every((seg) => seg === '**' || !seg.includes('**'))))
    const name = fc.array(fc.constantFrom('a', 'b', '.', '-', 'x', 'y'), { minLength: 1, maxLength: 5 }).map((chars) => chars.join('')).filter((n) => n !== '.' && n !== '..')
    const path = fc.array(name, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/'))
    fc.assert(
      fc.property(glob, path, (g, p) => {
        expect(compileGlob(g)(p), `${g} vs ${p}`).toBe(picomatch(g, { dot: true })(p))
      }),
      { numRuns: 5000 },
    )
  })

  it('knows the shapes configs use', () => {
    const m = (glob: string, path: string) => compileGlob(glob)(path)
    expect(m('dist/**/*.map', 'dist/a/b/c.js.map')).toBe(true)
    expect(m('dist/**/*.map', 'dist/c.js.map')).toBe(true)
    expect(m('dist/**/*.map', 'lib/c.js.map')).toBe(false)
    expect(m('**/.git/**', 'a/.git/objects/x')).toBe(true)
    expect(m('internal/', 'internal/a/b')).toBe(true)
    expect(m('./bin/native.node', 'bin/native.node')).toBe(true)
    expect(m('tsconfig*.json', 'tsconfig.build.json')).toBe(true)
    expect(m('*.{pem,key}', 'a.key')).toBe(true)
    expect(m('\\*.md', '*.md')).toBe(true)
    expect(m('\\*.md', 'a.md')).toBe(false)
    expect(m('[a-c]x', 'bx')).toBe(true)
    expect(m('[!a-c]x', 'bx')).toBe(false)
    expect(compileGlobList([])('a')).toBe(false)
  })

  it('takes milliseconds where a backtracking regex takes minutes: *a*a*a...*b on long names of a', () => {
    const evil = `**/${'*a'.repeat(40)}*b`
    const match = compileGlob(evil)
    const paths = Array.from({ length: 2_000 }, (_, i) => `${'d/'.repeat(i % 50)}${'a'.repeat(255)}`)
    const start = Date.now()
    for (const path of paths) expect(match(path)).toBe(false)
    expect(Date.now() - start).toBeLessThan(2_000)
  })

  describe('the matcher of many globs finds what the one-glob matcher finds', () => {
    // Few letters, so that globs and paths meet often; upper case, dots, escapes and classes, and the
    // shapes the fast classes take (a name or *.ext under **, a folder between two **, a name alone or before **).
    const part = fc.constantFrom('a', 'A', 'b', '.', '-', 'x.y', '.git', '*', '?', '[ab]', '[!a]', '[A-Z]', '{a,b}', '{x,.y}', '{a/b,c}', '\\*', '[')
    const segment = fc.array(part, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(''))
    // Names past 31 characters too: the index keeps one bit per length up to there.
    const long = ['a'.repeat(30), 'a'.repeat(31), 'a'.repeat(32), 'a'.repeat(40)]
    const name = fc.constantFrom('a', 'A', 'b', '.git', 'x.y', 'a.b', '.a', 'ab', ...long)
    const shaped = fc.oneof(
      name.map((n) => `**/${n}`),
      name.map((n) => `**/*${n}`),
      name.map((n) => `**/${n}*`),
      fc.tuple(name, name).map(([a, b]) => `**/${a}*${b}`),
      name.map((n) => `**/${n}/**`),
      name.map((n) => `**/${n}*/**`),
      name,
      name.map((n) => `${n}/**`),
      name.map((n) => `${n}/`),
    )
    const general = fc
      .tuple(fc.constantFrom('', './', '/'), fc.array(fc.oneof(segment, fc.constant('**'), fc.constant('')), { minLength: 1, maxLength: 4 }), fc.constantFrom('', '/'))
      .map(([lead, parts, trail]) => `${lead}${parts.join('/')}${trail}`)
    const glob = fc.oneof(shaped, general)
    const groups = fc.array(fc.record({ include: fc.array(glob, { maxLength: 3 }), exclude: fc.array(glob, { maxLength: 2 }) }), { minLength: 1, maxLength: 4 })
    const pathName = fc.oneof(fc.constantFrom('', 'a', 'A', 'b', '.git', '.GIT', 'x.y', 'a.b', '.a', 'ab', '*', '[', 'Ab', 'a.bab', ...long), fc.array(fc.constantFrom('a', 'A', 'b', '.', 'x', 'y', '-'), { minLength: 1, maxLength: 4 }).map((c) => c.join('')))
    const path = fc.array(pathName, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/'))

    /** The first group as compileGlob reads each glob on its own. */
    const reference = (list: readonly GlobGroup[], p: string) =>
      list.findIndex((group) => group.include.some((g) => compileGlob(g)(p)) && !(group.exclude ?? []).some((g) => compileGlob(g)(p)))

    it('the first matching group, over generated groups and paths', () => {
      fc.assert(
        fc.property(groups, fc.array(path, { minLength: 1, maxLength: 8 }), (list, paths) => {
          const match = compileGlobGroups(list)
          for (const p of paths) expect(match(p), `${JSON.stringify(list)} vs ${p}`).toBe(reference(list, p))
        }),
        { numRuns: 3000 },
      )
    })

    it('the groups of a rule, with and without case, as the globs one by one', () => {
      // How file-patterns.ts reads a group's globs: anchored at any depth without a slash, lowercased without case.
      const anchored = (g: string, nocase: boolean) => {
        const a = g.includes('/') ? g.replace(/^\//, '') : `**/${g}`
        return nocase ? a.toLowerCase() : a
      }
      const inGroup = (globs: readonly string[], p: string, nocase: boolean) => globs.some((g) => compileGlob(anchored(g, nocase))(nocase ? p.toLowerCase() : p))
      fc.assert(
        fc.property(groups, fc.array(path, { minLength: 1, maxLength: 8 }), fc.boolean(), (list, paths, nocase) => {
          const patternGroups = list.map((group, i) => ({ globs: [...group.include], except: [...(group.exclude ?? [])], reason: `group ${i}` }))
          const match = compileGroups(patternGroups, { nocase })
          for (const p of paths) {
            const expected = patternGroups.find((group) => inGroup(group.globs, p, nocase) && !inGroup(group.except, p, nocase))
            expect(match(p)?.reason, `${JSON.stringify(list)} vs ${p} (nocase: ${nocase})`).toBe(expected?.reason)
          }
        }),
        { numRuns: 2000 },
      )
    })

    it('a folder between two ** is any segment, the last one too; a name before ** is that folder and all under it', () => {
      const match = compileGlobGroups([{ include: ['**/.git/**'] }, { include: ['docs/**'], exclude: ['**/*.md'] }, { include: ['*.md'] }])
      expect(['.git', 'a/.git', '.git/x', 'a/.git/b/c', 'docs', 'docs/a', 'docs/a.md', 'a.md', 'x/a.md', 'a.git'].map(match)).toEqual([0, 0, 0, 0, 1, 1, -1, 2, -1, -1])
    })
  })

  it('caps brace alternatives', () => {
    expect(expandBraces('{a,b}{c,d}')).toEqual(['ac', 'ad', 'bc', 'bd'])
    expect(() => expandBraces('{a,b}'.repeat(9))).toThrow(/more than 256 alternatives/)
  })
})

describe('a config from the checkout is bounded', () => {
  it('refuses more globs than the cap, a glob past its length and a brace bomb, in one line naming the key', () => {
    expect(() => validateConfig({ forbidden: Array.from({ length: 1001 }, (_, i) => `f${i}`) }, 'c.json')).toThrow('c.json: 1001 globs, more than 1000')
    expect(() => validateConfig({ packages: { p: { expect: ['x'.repeat(1025)] } } }, 'c.json')).toThrow('c.json: packages["p"].expect[0]: a glob of 1025 characters, more than 1024')
    expect(() => validateConfig({ allow: [{ path: '{a,b}'.repeat(9), reason: 'r' }] }, 'c.json')).toThrow('c.json: allow[0].path: its {a,b} braces expand to more than 256 globs')
  })

  it('refuses a config file over 1 MiB before parsing it', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'pack-guard.config.json'), `{"forbidden": ["a"], "x": "${'y'.repeat(1024 * 1024)}"}`)
    expect(() => loadConfig(dir)).toThrow(/pack-guard\.config\.json: \d+ bytes, more than the 1048576 a config may have/)
  })

  it('the CLI finishes quickly on a pathological glob and a tarball of names built against it', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'cfg'))
    const config = join(dir, 'cfg', 'pack-guard.config.json')
    writeFileSync(config, JSON.stringify({ forbidden: [`*a${'*a'.repeat(30)}*b`], allow: [{ path: `**/${'*a'.repeat(30)}*b`, reason: 'r' }], expect: [`**/${'*a'.repeat(30)}*b`, '**/*.js'] }))
    const files = Array.from({ length: 500 }, (_, i) => ({ path: `${'d/'.repeat(i % 20)}${'a'.repeat(200)}${i}.js`, content: 'x' }))
    const tarball = await writeTarball(dir, 'evil.tgz', files, { name: 'evil', version: '1.0.0' })
    // The bundled CLI in a child with a deadline: a backtracking matcher would hang it (a regex cannot be interrupted).
    const result = spawnSync(process.execPath, [DIST_CLI, tarball, '--baseline', 'none', '--config', config, '--format', 'json'], { encoding: 'utf8', timeout: 15_000 })
    expect(result.signal, 'killed at the deadline: the match hung').toBeNull()
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout).packages[0].fileCount.after).toBe(501)
  })
})
