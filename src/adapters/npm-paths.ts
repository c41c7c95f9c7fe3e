/**
 * Where npm writes an archive entry, computed the way npm does it: pacote's
 * extraction filter and node-tar's `Unpack` with `strip: 1`. Pure string work,
 * no I/O. __tests__/archive-parity.test.ts checks it against node-tar extracting
 * real archives, so a change in either shows up there.
 */
import { posix, win32 } from 'node:path'

/** node-tar's default `maxDepth`: deeper entries are skipped with a warning. */
const MAX_DEPTH = 1024

/** A fixed folder to resolve against, standing for the install folder. */
const CWD = '/package-root'

export interface InstallPath {
  /** The path npm writes, relative to the package folder; the archive's name minus its root when npm writes nothing. */
  path: string
  /** Why npm does not write this entry; undefined when it does. */
  skipped?: string
}

/**
 * node-tar's `stripAbsolutePath`: it strips `/`, `\`, drive letters (`c:`) and
 * UNC roots, on every platform (it uses `path.win32`).
 */
export function stripAbsolutePath(path: string): [root: string, rest: string] {
  let root = ''
  let parsed = win32.parse(path)
  while (win32.isAbsolute(path) || parsed.root) {
    const part = path.charAt(0) === '/' && path.slice(0, 4) !== '//?/' ? '/' : parsed.root
    path = path.slice(part.length)
    root += part
    parsed = win32.parse(path)
  }
  return [root, path]
}

/**
 * True when npm writes `path` as it is: no `.`, `..` or empty segment, no root, drive
 * letter or backslash, at most MAX_DEPTH deep. Nearly every name: one pass, no allocation.
 */
function isPlain(path: string): boolean {
  if (path.length === 0 || path.includes('\\') || path.includes(':')) return false
  let start = 0
  for (let depth = 1; depth <= MAX_DEPTH; depth++) {
    const end = path.indexOf('/', start)
    const stop = end === -1 ? path.length : end
    const length = stop - start
    if (length === 0) return false
    if (path.charCodeAt(start) === 0x2e && (length === 1 || (length === 2 && path.charCodeAt(start + 1) === 0x2e))) return false
    if (end === -1) return true
    start = end + 1
  }
  return false
}

/**
 * The path of a regular file as npm installs it (pacote: `strip: 1`, node-tar's
 * checks for depth, `..` and absolute names, then `path.resolve`, which drops
 * `.` and empty segments and a trailing slash).
 */
export function installPath(name: string): InstallPath {
  const slash = name.indexOf('/')
  const rest = name.slice(slash + 1)
  if (slash !== -1 && isPlain(rest)) return { path: rest }
  const parts = name.split('/')
  const stripped = parts.slice(1)
  const fallback = stripped.join('/')
  if (stripped.length > MAX_DEPTH) return { path: fallback, skipped: `it is more than ${MAX_DEPTH} folders deep` }
  const [root, unrooted] = stripAbsolutePath(fallback)
  if (unrooted.replaceAll('\\', '/').split('/').includes('..')) return { path: fallback, skipped: 'its name holds a ".." segment' }
  const target = root ? unrooted : fallback
  const absolute = posix.resolve(CWD, target)
  if (absolute === CWD) return { path: fallback, skipped: 'it names the package folder itself' }
  return { path: absolute.slice(CWD.length + 1) }
}
