import type { FileEntry, SourceMapFacts } from '../types.js'
import type { RuleContext } from './rule.js'

export const MAP_HINT =
  'Keep maps out of the package (add `*.map` to .npmignore, or leave them out of `files` in package.json), or build them without sources (esbuild `--sources-content=false`, tsc without `inlineSources`). If shipping it is intended, allow the path in the pack-guard config.'

/** A file that holds a readable source map, found by name or by content. */
export function mapFacts(file: FileEntry | undefined): SourceMapFacts | undefined {
  const map = file?.facts.sourceMap
  return map?.isSourceMap ? map : undefined
}

/** Every source map in the candidate with the facts of the same path in the baseline. */
export function* sourceMaps(context: RuleContext): Generator<{ file: FileEntry; map: SourceMapFacts; previous?: SourceMapFacts; isNew: boolean }> {
  for (const file of context.afterFacts.sourceMaps) {
    const map = mapFacts(file)
    if (!map) continue
    const old = context.beforeFiles.get(file.path)
    yield { file, map, previous: mapFacts(old), isNew: !old }
  }
}

/** "found by content" for maps whose name does not end in .map. */
export function howFound(path: string): string {
  return path.toLowerCase().endsWith('.map') ? '' : ' (found by content: its name does not end in .map)'
}

export function mapDetails(map: SourceMapFacts): Record<string, unknown> {
  return { sources: map.sources, sourcesWithContent: map.sourcesWithContent }
}

/** What the baseline already shipped: a package that always ships maps (with sources) is not leaking by adding one. */
export function baselineMapPractice(context: RuleContext): { maps: number; withContent: number } {
  let maps = 0
  let withContent = 0
  for (const file of context.beforeFacts.sourceMaps) {
    const map = mapFacts(file)
    if (!map) continue
    maps++
    if (map.sourcesWithContent > 0) withContent++
  }
  return { maps, withContent }
}

export function practiceNote(count: number, what: string, version: string | undefined): string {
  return ` ${version ?? 'The previous release'} already shipped ${count} ${what}, so this follows the package's practice: reported as a notice.`
}

/** Licence values that say the source is not open, whatever else the field holds. */
const CLOSED_LICENSE = /^(?:UNLICEN[SC]ED|NONE|PROPRIETARY|COMMERCIAL|PRIVATE|CUSTOM|SEE LICEN[SC]E IN\b.*)$/i
/** An SPDX expression: identifiers joined by AND, OR and WITH, in parentheses or not. */
const SPDX_EXPRESSION = /^\(?\s*[A-Za-z0-9][A-Za-z0-9.+-]*(?:\s+(?:AND|OR|WITH)\s+\(?\s*[A-Za-z0-9][A-Za-z0-9.+-]*\s*\)?)*\s*\)?$/

/**
 * Whether the package's original sources are public anyway: then embedding them in a map leaks nothing new.
 * `sourceMaps.sourcesArePublic` decides; "auto" reads the candidate's licence.
 */
export function sourcesArePublic(context: RuleContext): { public: boolean; why: string } {
  const setting = context.policy.sourceMaps.sourcesArePublic
  if (setting === true) return { public: true, why: 'the config says its sources are public (`sourceMaps.sourcesArePublic: true`)' }
  if (setting === false) return { public: false, why: 'the config says its sources are private (`sourceMaps.sourcesArePublic: false`)' }
  const license = context.after.license
  if (license === undefined) return { public: false, why: 'its licence is unknown' }
  if (license === null || license.trim() === '') return { public: false, why: 'package.json names no licence' }
  if (CLOSED_LICENSE.test(license.trim()) || !SPDX_EXPRESSION.test(license.trim())) return { public: false, why: `its licence is "${license}", not an open-source one` }
  return { public: true, why: `it is under an open-source licence (${license})` }
}

/** The maps of one kind (inline or file) that embed sources in the baseline: how many, of how many maps, and the most sources one held. */
export interface EmbeddingPractice {
  maps: number
  withContent: number
  largestSources: number
}

export function embeddingPractice(files: Iterable<FileEntry>, pick: (file: FileEntry) => SourceMapFacts | undefined): EmbeddingPractice {
  const practice = { maps: 0, withContent: 0, largestSources: 0 }
  for (const file of files) {
    const map = pick(file)
    if (!map) continue
    practice.maps++
    if (map.sourcesWithContent > 0) {
      practice.withContent++
      practice.largestSources = Math.max(practice.largestSources, map.sourcesWithContent)
    }
  }
  return practice
}

/**
 * A new embedding map follows the package's practice only when the baseline embedded sources in maps of the
 * same kind, in a fair share of them (a quarter), and in one at least a quarter as large: one small vendored
 * map does not make a new 1,900-source bundle map normal.
 */
export function followsPractice(practice: EmbeddingPractice, map: SourceMapFacts): boolean {
  if (practice.withContent === 0) return false
  return practice.withContent * 4 >= practice.maps && practice.largestSources * 4 >= map.sourcesWithContent
}
