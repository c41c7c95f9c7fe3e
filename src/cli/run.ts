import { check, finishReport, reportsOf } from '../check.js'
import { DEFAULT_LIMITS } from '../adapters/tarball-reader.js'
import { describeError } from '../errors.js'
import { escapeText, inertJson, inertOutput } from '../report/escape.js'
import { renderJson } from '../report/json.js'
import { renderMarkdown } from '../report/markdown.js'
import { renderText } from '../report/text.js'
import { VERSION } from '../version.js'
import { parseCliArgs } from './args.js'
import { USAGE } from './args.js'
import { explain } from './explain.js'
import { init } from './init.js'
import { createProgress } from './progress.js'
import { keptTarballFolder, keepOneTarball } from './keep.js'
import { runVerify } from './verify.js'

export interface CliIO {
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
  /** Progress is shown only when stderr is a terminal. */
  stderrIsTTY?: boolean
  /** The environment for .npmrc expansion and npm (default: process.env). */
  env?: NodeJS.ProcessEnv
  /** The folder a relative PATH is read from (default: process.cwd()). */
  cwd?: string
}

/** Runs the CLI and returns its exit code: 0 pass, 1 findings at --fail-on, 2 could not run. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  try {
    if (argv[0] === 'explain') {
      io.stdout.write(explain(argv.slice(1)))
      return 0
    }
    if (argv[0] === 'verify') return await runVerify(argv.slice(1), io)
    if (argv[0] === 'init') {
      const file = await init(argv.slice(1), { env: io.env, cwd: io.cwd })
      io.stdout.write(`Wrote ${file}: review the reasons of its allow entries, then commit it.\n`)
      return 0
    }
    const options = parseCliArgs(argv)
    if (options.help) {
      io.stdout.write(`${USAGE}\n`)
      return 0
    }
    if (options.version) {
      io.stdout.write(`${VERSION}\n`)
      return 0
    }
    const keepIn = options.keepTarball ? await keptTarballFolder(options.path, io.cwd) : undefined
    const progress = io.stderrIsTTY ? createProgress(io.stderr) : undefined
    const limits = {
      maxBytes: options.maxBytes ?? DEFAULT_LIMITS.maxBytes,
      maxEntries: options.maxEntries ?? DEFAULT_LIMITS.maxEntries,
      maxSecretScanBytes: options.maxSecretScanBytes,
      maxPaxBytes: options.maxPaxBytes,
      maxPaxRecords: options.maxPaxRecords,
    }
    const network = { deadlineMs: options.registryDeadline && options.registryDeadline * 1000, maxPackumentBytes: options.maxPackumentBytes }
    const result = await check({
      path: options.path,
      baseline: options.baseline,
      registry: options.registry,
      runScripts: options.runScripts,
      workspaces: options.workspaces,
      config: options.config,
      failOn: options.failOn,
      limits,
      network,
      onProgress: progress?.onProgress,
      env: io.env,
      cwd: io.cwd,
      keepTarballsIn: keepIn?.folder,
    }).finally(() => progress?.done())
    if (keepIn && options.keepTarball) await keepOneTarball(result, options.keepTarball, io).finally(keepIn.remove)
    const report = finishReport(result, reportsOf(result))
    // The runner reads stdout for commands: each format gets its last guard (JSON stays the same value).
    const render = { text: renderText, json: (r: typeof report) => inertJson(renderJson(r)), markdown: (r: typeof report) => inertOutput(renderMarkdown(r)) }[options.format]
    io.stdout.write(render(report))
    return report.verdict === 'fail' ? 1 : 0
  } catch (error) {
    // Messages quote inputs (a registry URL, a path): one escaped line, never a command.
    io.stderr.write(`pack-guard: ${escapeText(describeError(error))}\n`)
    return 2
  }
}
