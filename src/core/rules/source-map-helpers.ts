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
  for (const file of context.afterFiles.values()) {
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
  for (const file of context.beforeFiles.values()) {
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
