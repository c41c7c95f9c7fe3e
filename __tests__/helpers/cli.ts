import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { runCli } from '../../src/cli/run.js'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const DIST_CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))

/** Runs the CLI in-process and captures what it writes; `env` stands in for the process environment. */
export async function cliWith(io: { env?: NodeJS.ProcessEnv; cwd?: string }, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, ...io })
  return { code, stdout, stderr }
}

/** Runs the CLI in-process with this process's environment. */
export function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return cliWith({}, ...argv)
}

/** Runs the bundled CLI as a user would, with the Node that runs the tests. */
export function distCli(args: string[], env: NodeJS.ProcessEnv = {}, cwd = ROOT): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [DIST_CLI, ...args], { cwd, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 })
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr }
}
