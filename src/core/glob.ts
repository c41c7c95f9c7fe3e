/**
 * Glob matching in bounded time. Globs come from a config file that a pull request
 * may change, and paths from a tarball it may build: a regular expression compiled
 * from `*a*a*a*a*a*b` backtracks exponentially on a long name of `a`s (picomatch
 * took over a minute on one path). Here each `*` and `**` is matched greedily with
 * one backtrack point, the classic wildcard algorithm: at worst the product of the
 * glob's and the path's lengths, whatever the glob.
 *
 * Syntax: `**` (any number of folders, as a whole segment), `*` (any characters but
 * `/`), `?` (one character but `/`), `[abc]`, `[a-z]`, `[!x]`/`[^x]`, `{a,b}` (up to
 * {@link MAX_ALTERNATIVES} alternatives), `\` escapes the next character. Dotfiles
 * match like any other name (picomatch's `dot: true`).
 */

/** One character test within a segment. */
type CharToken = { kind: 'char'; test: (c: string) => boolean; literal?: string } | { kind: 'star' }
/** One segment of a glob: `**`, or a test of one name. */
type SegmentToken = { kind: 'globstar' } | { kind: 'segment'; test: (name: string) => boolean }

/** Brace expansion stops here: `{a,b}{c,d}...` multiplies. */
export const MAX_ALTERNATIVES = 256

/** Expands `{a,b}` alternatives, innermost first; a brace without a comma stays literal. */
export function expandBraces(glob: string): string[] {
  let results = [glob]
  for (let round = 0; round < 64; round++) {
    const next: string[] = []
    let changed = false
    for (const item of results) {
      const brace = innermostBrace(item)
      if (!brace) {
        next.push(item)
        continue
      }
      changed = true
      const [start, end, options] = brace
      for (const option of options) next.push(item.slice(0, start) + option + item.slice(end + 1))
      if (next.length > MAX_ALTERNATIVES) throw new Error(`more than ${MAX_ALTERNATIVES} alternatives`)
    }
    results = next
    if (!changed) return results
  }
  return results
}

/** The first `{...}` holding no other brace and at least one top-level comma: [start, end, options]. */
function innermostBrace(glob: string): [number, number, string[]] | undefined {
  let open = -1
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]
    if (c === '\\') {
      i++
      continue
    }
    if (c === '{') open = i
    else if (c === '}' && open !== -1) {
      const body = glob.slice(open + 1, i)
      const options = splitUnescaped(body, ',')
      if (options.length > 1) return [open, i, options]
      open = -1
    }
  }
  return undefined
}

function splitUnescaped(text: string, separator: string): string[] {
  const parts: string[] = []
  let current = ''
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\' && i + 1 < text.length) {
      current += text[i] + text[i + 1]
      i++
    } else if (text[i] === separator) {
      parts.push(current)
      current = ''
    } else current += text[i]
  }
  parts.push(current)
  return parts
}

/** A `[...]` class starting at `glob[start]`: its test and where it ends, or undefined when it is not closed. */
function charClass(glob: string, start: number): { test: (c: string) => boolean; end: number } | undefined {
  let i = start + 1
  const negate = glob[i] === '!' || glob[i] === '^'
  if (negate) i++
  const ranges: Array<[string, string]> = []
  let first = true
  for (; i < glob.length; i++) {
    let c = glob[i]
    if (c === ']' && !first) {
      const test = (ch: string) => ch !== '/' && ranges.some(([lo, hi]) => ch >= lo && ch <= hi) !== negate
      return { test, end: i }
    }
    first = false
    if (c === '\\' && i + 1 < glob.length) c = glob[++i]
    if (glob[i + 1] === '-' && glob[i + 2] !== undefined && glob[i + 2] !== ']') {
      let hi = glob[i + 2]
      i += 2
      if (hi === '\\' && i + 1 < glob.length) hi = glob[++i]
      ranges.push([c, hi])
    } else ranges.push([c, c])
  }
  return undefined
}

function parseSegment(segment: string): SegmentToken {
  if (segment === '**') return { kind: 'globstar' }
  const tokens: CharToken[] = []
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]
    if (c === '*') {
      // Runs of stars are one star.
      if (tokens.at(-1)?.kind !== 'star') tokens.push({ kind: 'star' })
    } else if (c === '?') tokens.push({ kind: 'char', test: () => true })
    else if (c === '[') {
      const parsed = charClass(segment, i)
      if (parsed) {
        tokens.push({ kind: 'char', test: parsed.test })
        i = parsed.end
      } else tokens.push({ kind: 'char', test: (ch) => ch === '[' })
    } else {
      const literal = c === '\\' && i + 1 < segment.length ? segment[++i] : c
      tokens.push({ kind: 'char', test: (ch) => ch === literal, literal })
    }
  }
  return { kind: 'segment', test: segmentTest(tokens) }
}

/** The common shapes (`name`, `*.ext`, `prefix*`, `pre*suf`) as plain string tests; the rest by {@link wildcard}. */
function segmentTest(tokens: CharToken[]): (name: string) => boolean {
  const stars = tokens.filter((t) => t.kind === 'star').length
  const literalOnly = tokens.every((t) => t.kind === 'star' || t.literal !== undefined)
  if (literalOnly && stars <= 1) {
    const star = tokens.findIndex((t) => t.kind === 'star')
    const text = (part: CharToken[]) => part.map((t) => (t.kind === 'char' ? t.literal : '')).join('')
    if (star === -1) {
      const whole = text(tokens)
      return (name) => name === whole
    }
    const prefix = text(tokens.slice(0, star))
    const suffix = text(tokens.slice(star + 1))
    const min = prefix.length + suffix.length
    return (name) => name.length >= min && name.startsWith(prefix) && name.endsWith(suffix)
  }
  return (name) => wildcard(tokens, name.length, isCharStar, (t, i) => t.kind === 'char' && t.test(name[i]))
}

/**
 * Wildcard matching with one backtrack point: `length` items (read with `item`)
 * against `pattern`, where star tokens match any run and the others exactly one
 * item. Greedy matching is exact for such patterns, and costs at most
 * |pattern| x |items| steps.
 */
function wildcard<P>(pattern: readonly P[], length: number, isStar: (p: P) => boolean, matches: (p: P, index: number) => boolean): boolean {
  let p = 0
  let i = 0
  let starP = -1
  let starI = 0
  while (i < length) {
    if (p < pattern.length && !isStar(pattern[p]) && matches(pattern[p], i)) {
      p++
      i++
    } else if (p < pattern.length && isStar(pattern[p])) {
      starP = p++
      starI = i
    } else if (starP !== -1) {
      p = starP + 1
      i = ++starI
    } else return false
  }
  while (p < pattern.length && isStar(pattern[p])) p++
  return p === pattern.length
}

function isCharStar(t: CharToken): boolean {
  return t.kind === 'star'
}

function isGlobstar(s: SegmentToken): boolean {
  return s.kind === 'globstar'
}

/** A test of a path already split at `/`, for one glob pattern (braces expanded). */
function patternTest(pattern: SegmentToken[]): (segments: readonly string[]) => boolean {
  const [first, second, third] = pattern
  // The shapes most globs have, without the general loop: `**/name`, `**/dir/**`, `name`.
  if (pattern.length === 2 && first.kind === 'globstar' && second.kind === 'segment') return (segments) => second.test(segments[segments.length - 1])
  if (pattern.length === 3 && first.kind === 'globstar' && second.kind === 'segment' && third.kind === 'globstar') return (segments) => segments.some((segment) => second.test(segment))
  if (pattern.length === 1 && first.kind === 'segment') return (segments) => segments.length === 1 && first.test(segments[0])
  return (segments) => wildcard(pattern, segments.length, isGlobstar, (s, i) => s.kind === 'segment' && s.test(segments[i]))
}

function compileSplit(glob: string): (segments: readonly string[]) => boolean {
  // `dir/` stands for everything under it; empty segments (`a//b`) are dropped.
  const tests = expandBraces(glob.replace(/^\.?\//, '')).map((alternative) =>
    patternTest(
      (alternative.endsWith('/') ? `${alternative}**` : alternative)
        .split('/')
        .filter((segment) => segment !== '')
        .map(parseSegment),
    ),
  )
  if (tests.length === 1) return tests[0]
  return (segments) => tests.some((test) => test(segments))
}

/** A matcher for one glob, against `/`-separated paths. */
export function compileGlob(glob: string): (path: string) => boolean {
  const test = compileSplit(glob)
  return (path) => test(path.split('/'))
}

/** One matcher for several globs: true when any matches (the path is split once). */
export function compileGlobList(globs: readonly string[]): (path: string) => boolean {
  const tests = globs.map(compileSplit)
  if (tests.length === 0) return () => false
  return (path) => {
    const segments = path.split('/')
    for (const test of tests) if (test(segments)) return true
    return false
  }
}
