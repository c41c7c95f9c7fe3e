/**
 * Packs a package folder the way `npm publish` would, so the candidate is exactly
 * what would ship. Lifecycle scripts stay off unless the caller opts in: on pull
 * requests the folder holds untrusted code.
 */
import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { PackGuardError } from '../errors.js'

export interface PackOptions {
  /** Run prepack/prepare/postpack (off by default: untrusted code on pull requests). */
  runScripts?: boolean
  /** Where the tarball goes; a fresh temp folder when omitted. */
  destination?: string
  env?: NodeJS.ProcessEnv
}

/** The fields of package.json pack-guard reads before packing. */
export interface PackageManifest {
  name?: string
  version?: string
  private?: boolean
  workspaces?: unknown
  publishConfig?: { registry?: string }
}

/** Reads `folder/package.json`; a PackGuardError naming the folder when it is missing or broken. */
export function readManifest(folder: string): PackageManifest {
  const file = join(folder, 'package.json')
  if (!existsSync(file)) throw new PackGuardError(`${folder}: not a package folder (no package.json)`)
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as unknown
    if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error('not an object')
    return data as PackageManifest
  } catch {
    throw new PackGuardError(`${file}: not valid JSON`)
  }
}

/** Runs `npm pack --json` in `folder` and returns the path of the tarball it made. */
export async function packFolder(folder: string, options: PackOptions = {}): Promise<string> {
  const manifest = readManifest(folder)
  if (manifest.private === true) throw new PackGuardError(`${folder}: "private": true in package.json; a private package is never published, so there is nothing to check`)
  if (typeof manifest.name !== 'string' || typeof manifest.version !== 'string') {
    throw new PackGuardError(`${join(folder, 'package.json')}: needs a "name" and a "version" to be packed`)
  }
  const destination = options.destination ?? (await mkdtemp(join(tmpdir(), 'pack-guard-pack-')))
  // Packing a folder needs no network. npm's update check would otherwise ask the
  // registry the folder's .npmrc names, with the tokens npm expands from any variable.
  const args = ['pack', '--json', '--pack-destination', destination, '--offline', '--update-notifier=false']
  if (!options.runScripts) args.push('--ignore-scripts')
  const stdout = await runNpm('npm', args, folder, options.env ?? process.env)
  const fileName = parsePackOutput(stdout, folder)
  return resolve(destination, fileName)
}

/**
 * Finds the tarball name in `npm pack --json` output. With scripts on, a script's
 * own stdout comes first, so the JSON is the last top-level array in the output.
 */
export function parsePackOutput(stdout: string, folder: string): string {
  const lines = stdout.split('\n')
  for (let line = lines.length - 1; line >= 0; line--) {
    if (!lines[line].startsWith('[')) continue
    try {
      const data = JSON.parse(lines.slice(line).join('\n')) as Array<{ filename?: unknown }>
      const name = Array.isArray(data) ? data[0]?.filename : undefined
      if (typeof name === 'string') return name
    } catch {
      // Not the start of the JSON (a script printed a line starting with "["): look further up.
    }
  }
  throw new PackGuardError(`${folder}: npm pack printed no tarball name`)
}

function runNpm(npm: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((done, fail) => {
    execFile(npm, args, { cwd, env, maxBuffer: 64 * 1024 * 1024, timeout: 10 * 60_000, windowsHide: true }, (error, stdout, stderr) => {
      if (!error) return done(stdout)
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT') return fail(new PackGuardError(`cannot run ${npm}: not found on PATH (packing ${cwd} needs npm)`))
      // npm prints a harmless config warning on every run; the real reason is an "npm error" line.
      const reason = stderr.split('\n').find((line) => /^npm (?:error|ERR!)/.test(line)) ?? stderr.trim().split('\n').pop() ?? error.message
      fail(new PackGuardError(`${cwd}: npm pack failed: ${reason.replace(/^npm (?:error|ERR!)\s*/, '').trim()}`))
    })
  })
}
