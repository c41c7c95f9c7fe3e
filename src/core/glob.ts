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
/**
 * One segment of a glob: `**`, or a test of one name. A name test of a common shape says so, for the
 * matcher of many globs to index: `exact` for a literal name, `prefix`/`suffix` around one star.
 */
type SegmentToken = { kind: 'globstar' } | NameToken
type NameToken = { kind: 'segment'; test: (name: string) => boolean; exact?: string; prefix?: string; suffix?: string }

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
  return segmentTest(tokens)
}

/** The common shapes (`name`, `*.ext`, `prefix*`, `pre*suf`) as plain string tests; the rest by {@link wildcard}. */
function segmentTest(tokens: CharToken[]): NameToken {
  const stars = tokens.filter((t) => t.kind === 'star').length
  const literalOnly = tokens.every((t) => t.kind === 'star' || t.literal !== undefined)
  if (literalOnly && stars <= 1) {
    const star = tokens.findIndex((t) => t.kind === 'star')
    const text = (part: CharToken[]) => part.map((t) => (t.kind === 'char' ? t.literal : '')).join('')
    if (star === -1) {
      const whole = text(tokens)
      return { kind: 'segment', test: (name) => name === whole, exact: whole }
    }
    const prefix = text(tokens.slice(0, star))
    const suffix = text(tokens.slice(star + 1))
    const min = prefix.length + suffix.length
    return { kind: 'segment', test: (name) => name.length >= min && name.startsWith(prefix) && name.endsWith(suffix), prefix, suffix }
  }
  return { kind: 'segment', test: (name) => wildcard(tokens, name.length, isCharStar, (t, i) => t.kind === 'char' && t.test(name[i])) }
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

/** A glob as the segment patterns of its brace alternatives. */
function parseGlob(glob: string): SegmentToken[][] {
  // `dir/` stands for everything under it; empty segments (`a//b`) are dropped.
  return expandBraces(glob.replace(/^\.?\//, '')).map((alternative) =>
    (alternative.endsWith('/') ? `${alternative}**` : alternative)
      .split('/')
      .filter((segment) => segment !== '')
      .map(parseSegment),
  )
}

function compileSplit(glob: string): (segments: readonly string[]) => boolean {
  const tests = parseGlob(glob).map(patternTest)
  if (tests.length === 1) return tests[0]
  return (segments) => tests.some((test) => test(segments))
}

/** A matcher for one glob, against `/`-separated paths. */
export function compileGlob(glob: string): (path: string) => boolean {
  const test = compileSplit(glob)
  return (path) => test(path.split('/'))
}

/** One matcher for several globs: true when any matches (see {@link compileGlobGroups}). */
export function compileGlobList(globs: readonly string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false
  const group = compileGlobGroups([{ include: globs }])
  return (path) => group(path) === 0
}

/** Globs that say which paths are in a group, and which of those are not after all. */
export interface GlobGroup {
  include: readonly string[]
  exclude?: readonly string[]
}

/**
 * Where in a path the one name test of a pattern applies: the last segment (a name under `**`), any
 * segment (a folder between two `**`), the only one (a name alone), the first one (a name before `**`).
 */
type Place = 'last' | 'any' | 'only' | 'first'

/** One brace alternative of one glob of one group, as the matcher indexes it. */
interface Clause {
  group: number
  exclude: boolean
  place: Place
  test: (name: string) => boolean
}

/** The place of a pattern made of one name test and globstars, or undefined for any other shape. */
function placeOf(pattern: readonly SegmentToken[]): { place: Place; name: NameToken } | undefined {
  const [first, second, third] = pattern
  if (pattern.length === 2 && first.kind === 'globstar' && second.kind === 'segment') return { place: 'last', name: second }
  if (pattern.length === 3 && first.kind === 'globstar' && second.kind === 'segment' && third.kind === 'globstar') return { place: 'any', name: second }
  if (pattern.length === 1 && first.kind === 'segment') return { place: 'only', name: first }
  if (pattern.length === 2 && first.kind === 'segment' && second.kind === 'globstar') return { place: 'first', name: first }
  return undefined
}

function appliesAt(place: Place, first: boolean, last: boolean): boolean {
  return place === 'any' || (place === 'last' ? last : place === 'first' ? first : first && last)
}

/** Buckets are kept per character code modulo 128: a shared bucket only means one more exact test. */
const BUCKETS = 128

/**
 * The name tests of the common shapes, indexed so that a segment meets only the tests it can pass:
 * literal names in a map (reached only when a literal name of that first character and length exists),
 * `prefix*...` by the prefix's first character, `*suffix` by the suffix's last one.
 */
class NameIndex {
  private readonly exact = new Map<string, Clause[]>()
  /** Per first character, a bit per length (31 for 31 and more) of the literal names starting with it. */
  private readonly exactLengths = new Uint32Array(BUCKETS)
  private readonly byFirst: Array<Clause[] | undefined> = new Array(BUCKETS)
  private readonly byLast: Array<Clause[] | undefined> = new Array(BUCKETS)
  private readonly others: Clause[] = []

  add(name: NameToken, clause: Clause): void {
    if (name.exact !== undefined) {
      const list = this.exact.get(name.exact)
      if (list) list.push(clause)
      else this.exact.set(name.exact, [clause])
      this.exactLengths[name.exact.charCodeAt(0) % BUCKETS] |= 1 << Math.min(name.exact.length, 31)
    } else if (name.prefix) (this.byFirst[name.prefix.charCodeAt(0) % BUCKETS] ??= []).push(clause)
    else if (name.suffix) (this.byLast[name.suffix.charCodeAt(name.suffix.length - 1) % BUCKETS] ??= []).push(clause)
    else this.others.push(clause)
  }

  /** Calls `hit` with every clause that applies to the segment `path[start, stop)` and whose test it passes. */
  visit(path: string, start: number, stop: number, hit: (clause: Clause) => void): void {
    const first = start === 0
    const last = stop === path.length
    const length = stop - start
    // Sliced only when some test may pass: most segments of most paths are ruled out by their first and last characters.
    let name: string | undefined
    if (length > 0) {
      const head = path.charCodeAt(start) % BUCKETS
      if ((this.exactLengths[head] >>> Math.min(length, 31)) & 1) {
        name = path.slice(start, stop)
        for (const clause of this.exact.get(name) ?? []) if (appliesAt(clause.place, first, last)) hit(clause)
      }
      const byFirst = this.byFirst[head]
      if (byFirst) for (const clause of byFirst) if (appliesAt(clause.place, first, last) && clause.test((name ??= path.slice(start, stop)))) hit(clause)
      const byLast = this.byLast[path.charCodeAt(stop - 1) % BUCKETS]
      if (byLast) for (const clause of byLast) if (appliesAt(clause.place, first, last) && clause.test((name ??= path.slice(start, stop)))) hit(clause)
    }
    for (const clause of this.others) if (appliesAt(clause.place, first, last) && clause.test((name ??= path.slice(start, stop)))) hit(clause)
  }
}

/**
 * One matcher for groups of globs: the index of the first group that some `include` glob matches and no
 * `exclude` glob does, or -1. Built for many paths against many globs (a first release of 100,000 files
 * against every forbidden name): a path is read once, segment by segment, and the common shapes (a name
 * or `*.ext` under `**`, a folder between two `**`, a name alone or before `**`) are looked up by name
 * rather than tried one by one. Other shapes are matched as {@link compileGlob} matches them, and the
 * result is always the one compileGlob gives glob by glob.
 */
export function compileGlobGroups(groups: readonly GlobGroup[]): (path: string) => number {
  const index = new NameIndex()
  const general: Array<{ group: number; exclude: boolean; test: (segments: readonly string[]) => boolean }> = []
  groups.forEach((group, number) => {
    for (const [exclude, globs] of [[false, group.include], [true, group.exclude ?? []]] as const) {
      for (const glob of globs) {
        for (const pattern of parseGlob(glob)) {
          const shape = placeOf(pattern)
          if (shape) index.add(shape.name, { group: number, exclude, place: shape.place, test: shape.name.test })
          else general.push({ group: number, exclude, test: patternTest(pattern) })
        }
      }
    }
  })
  // Per group, the last call whose path it included (or excluded): nothing to reset between paths.
  const included = new Array<number>(groups.length).fill(-1)
  const excluded = new Array<number>(groups.length).fill(-1)
  let call = 0
  const hit = (clause: { group: number; exclude: boolean }) => {
    if (clause.exclude) excluded[clause.group] = call
    else included[clause.group] = call
  }
  return (path) => {
    call++
    for (let start = 0; ; ) {
      const slash = path.indexOf('/', start)
      const stop = slash === -1 ? path.length : slash
      index.visit(path, start, stop, hit)
      if (slash === -1) break
      start = slash + 1
    }
    if (general.length > 0) {
      const segments = path.split('/')
      for (const clause of general) if (clause.test(segments)) hit(clause)
    }
    for (let group = 0; group < groups.length; group++) if (included[group] === call && excluded[group] !== call) return group
    return -1
  }
}
