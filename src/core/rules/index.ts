import type { Rule } from './rule.js'
import { filesDevLeftover } from './files-dev-leftover.js'
import { filesForbidden } from './files-forbidden.js'
import { filesNewSourceTree } from './files-new-source-tree.js'
import { filesUnexpected } from './files-unexpected.js'
import { sizeFileGrowth } from './size-file-growth.js'
import { sizeLargeNewFile } from './size-large-new-file.js'
import { sizeTotalJump } from './size-total-jump.js'
import { sourceMapExternalSources } from './source-map-external-sources.js'
import { sourceMapInline, sourceMapInlineSourcesContent } from './source-map-inline.js'
import { sourceMapNew } from './source-map-new.js'
import { sourceMapUrlExternal, sourceMapUrlMissing, sourceMapUrlShipped } from './source-map-reference.js'
import { sourceMapSourcesContent } from './source-map-sources-content.js'
import { sourceMapUnreadable } from './source-map-unreadable.js'
import { SECRET_RULES } from './secrets.js'
import { ARCHIVE_RULES } from './archive.js'
import { manifestBin } from './manifest-bin.js'
import { manifestDependencySource } from './manifest-dependency-source.js'
import { manifestInstallScript } from './manifest-install-script.js'
import { manifestNewDependency } from './manifest-new-dependency.js'
import { provenanceDropped } from './provenance-dropped.js'

export type { Rule, RuleContext, RuleFinding } from './rule.js'

/** Every rule, in the order their findings are reported within one severity. */
export const RULES: readonly Rule[] = [
  ...SECRET_RULES,
  ...ARCHIVE_RULES,
  provenanceDropped,
  manifestInstallScript,
  manifestDependencySource,
  manifestBin,
  manifestNewDependency,
  sourceMapSourcesContent,
  sourceMapInlineSourcesContent,
  sourceMapNew,
  sourceMapInline,
  sourceMapExternalSources,
  sourceMapUrlExternal,
  sourceMapUnreadable,
  sourceMapUrlShipped,
  sourceMapUrlMissing,
  filesForbidden,
  filesUnexpected,
  filesDevLeftover,
  filesNewSourceTree,
  sizeTotalJump,
  sizeFileGrowth,
  sizeLargeNewFile,
]

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((rule) => rule.id))

export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id)
}
