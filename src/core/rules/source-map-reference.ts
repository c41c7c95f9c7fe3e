import { posix } from 'node:path'
import type { FileEntry } from '../types.js'
import type { Rule, RuleContext, RuleFinding } from './rule.js'
import { collapseFindings } from './collapse.js'

type Target = 'shipped' | 'missing' | 'external'

/** Where a file's non-inline `sourceMappingURL` leads. */
function resolveReference(file: FileEntry, files: ReadonlyMap<string, FileEntry>): { target: Target; url: string; resolved?: string } | undefined {
  const ref = file.facts.sourceMappingUrl
  if (!ref || ref.kind === 'inline') return undefined
  if (ref.kind === 'external') return { target: 'external', url: ref.url }
  let relative = ref.url.replace(/[?#].*$/, '')
  try {
    relative = decodeURIComponent(relative)
  } catch {
    // keep it as written
  }
  const resolved = posix.normalize(posix.join(posix.dirname(file.path), relative))
  return { target: files.has(resolved) ? 'shipped' : 'missing', url: ref.url, resolved }
}

/** References of one kind that the baseline did not have for the same file. */
function newReferences(context: RuleContext, target: Target, describe: (file: FileEntry, url: string, resolved?: string) => RuleFinding): RuleFinding[] {
  const findings: RuleFinding[] = []
  for (const file of context.afterFacts.sourceMappingUrls) {
    const now = resolveReference(file, context.afterFiles)
    if (now?.target !== target) continue
    const old = context.beforeFiles.get(file.path)
    const then = old && resolveReference(old, context.beforeFiles)
    if (then && then.target === target && then.url === now.url) continue
    findings.push(describe(file, now.url, now.resolved))
  }
  return collapseFindings(findings, (count, examples) => `${count} files gained a sourceMappingURL ${TARGET_TEXT[target]}, such as ${examples}.`)
}

const TARGET_TEXT: Record<Target, string> = {
  shipped: 'to a map that ships in the package',
  missing: 'to a map that is not in the package',
  external: 'to a remote URL',
}

/** A rule over new references of one target: what it says of each file, from the reference. */
function referenceRule(
  target: Target,
  rule: Omit<Rule<'source-map'>, 'check'> & { message: (path: string, url: string, resolved?: string) => string; hint: string },
): Rule<'source-map'> {
  const { message, hint, ...meta } = rule
  return {
    ...meta,
    check: (context) =>
      newReferences(context, target, (file, url, resolved) => ({
        path: file.path,
        message: message(file.path, url, resolved),
        hint,
        details: resolved === undefined ? { url } : { url, map: resolved },
      })),
  }
}

export const sourceMapUrlShipped = referenceRule('shipped', {
  id: 'source-map/url-shipped',
  severity: 'notice',
  summary: 'A new `sourceMappingURL` that points to a map shipped in the package.',
  why: 'Worth knowing: it says which maps are live for debuggers. The maps themselves are judged by the other source-map rules.',
  fix: 'Nothing to fix when maps are meant to ship; turn the rule off to hide these notices.',
  message: (path, _url, resolved) => `${path} points to its source map ${resolved}, which ships in the package.`,
  hint: 'Fine if maps are meant to ship; the map itself is checked by the source-map rules.',
})

export const sourceMapUrlMissing = referenceRule('missing', {
  id: 'source-map/url-missing',
  severity: 'notice',
  summary: 'A new `sourceMappingURL` that points to a map the package does not ship.',
  why: "Debuggers and bundlers will ask for a file that does not exist, and print warnings in your users' builds.",
  fix: 'Strip the comment when maps are not published (for example esbuild `--sourcemap=external` plus removing the comment, or terser `sourceMap: false`).',
  message: (path, _url, resolved) => `${path} points to a source map ${resolved} that is not in the package: debuggers will request a file that does not exist.`,
  hint: 'Strip the comment when maps are not published, or ship the map if you meant to.',
})

export const sourceMapUrlExternal = referenceRule('external', {
  id: 'source-map/url-external',
  severity: 'warning',
  summary: 'A new `sourceMappingURL` that points to a remote URL.',
  why: 'If the URL is public, so is the map, and often the source inside it.',
  fix: 'Make sure the URL is private, or strip the comment from published files.',
  message: (path, url) => `${path} points to a source map at a remote URL (${url}): if that URL is public, so is the source map.`,
  hint: 'Make sure the URL is not publicly readable, or strip the comment from published files.',
})
