/**
 * A fast path for node-tar's header decoding (issue 19). Nearly every header in
 * an npm tarball is plain ASCII ustar with octal numbers, and node-tar spends most
 * of its per-entry time turning each field into a string, through two regular
 * expressions and `parseInt`. For exactly such headers this reads the fields with
 * byte loops into the values node-tar's `decode` gives; any other header (PAX or
 * global fields pending, a byte that is not plain ASCII or octal where node-tar
 * reads text or a number, a line break after a NUL, which changes what its
 * regular expressions keep, base-256 numbers) goes to node-tar's own `decode`.
 * __tests__/fast-header.test.ts compares the two field by field on generated
 * headers, and the archive parity test covers both ends to end.
 */
import { Header, types } from 'tar'

const FALLBACK = -2
const NO_NUMBER = -1

/** node-tar cuts a field at its first NUL with the pattern `\0.*`, which stops at a line break: after the NUL, none may come. */
function cleanTail(buf: Buffer, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const c = buf[i]
    if (c === 0x0a || c === 0x0d || c === 0xe2) return false
  }
  return true
}

/**
 * node-tar's `decString` for a field of printable ASCII, or undefined: fall back.
 * With `view` (the buffer as words, asWords), the NUL padding is checked a word at a time.
 */
function text(buf: Buffer, start: number, size: number, view?: Int32Array): string | undefined {
  const end = start + size
  let i = start
  for (; i < end; i++) {
    const c = buf[i]
    if (c === 0) break
    if (c < 0x20 || c > 0x7e) return undefined
  }
  if (i < end && !cleanRange(buf, view, i, end)) return undefined
  return i === start ? '' : buf.toString('latin1', start, i)
}

/**
 * node-tar's `decNumber` (`parseInt(text.trim(), 8)`, NaN as undefined) for a field
 * of octal digits and spaces: the number, NO_NUMBER, or FALLBACK. One pass: the
 * first run of digits after leading spaces is the number, as `parseInt` reads it.
 */
function octal(buf: Buffer, start: number, size: number): number {
  const end = start + size
  let value = 0
  let digits = 0
  let ended = false
  let i = start
  for (; i < end; i++) {
    const c = buf[i]
    if (c === 0) break
    if (c === 0x20) {
      ended = digits > 0
      continue
    }
    if (c < 0x30 || c > 0x37) return FALLBACK
    if (!ended) {
      value = value * 8 + (c - 0x30)
      digits++
    }
  }
  if (i < end && !cleanTail(buf, i, end)) return FALLBACK
  return digits === 0 ? NO_NUMBER : value
}

const numberOrUndefined = (value: number) => (value === NO_NUMBER ? undefined : value)
const date = (value: number) => (value === NO_NUMBER ? undefined : new Date(value * 1000))

type Fields = {
  path?: string
  mode?: number
  uid?: number
  gid?: number
  size?: number
  mtime?: Date
  cksum?: number
  linkpath?: string
  uname?: string
  gname?: string
  devmaj: number
  devmin: number
  atime?: Date
  ctime?: Date
  cksumValid: boolean
  nullBlock: boolean
  type: string
  typeKey: string
}

/**
 * Decodes a plain header into `header` as node-tar would, and returns true; or
 * returns false, untouched, when node-tar's own decode must run.
 */
export function fastDecode(header: Header, buf: Buffer, off: number, ex?: unknown, gex?: unknown): boolean {
  if (ex || gex || !Buffer.isBuffer(buf) || buf.length < off + 512) return false
  const flag = buf[off + 156]
  if (flag !== 0 && (flag < 0x20 || flag > 0x7e)) return false
  const path = text(buf, off, 100)
  const linkpath = text(buf, off + 157, 100)
  const mode = octal(buf, off + 100, 8)
  const uid = octal(buf, off + 108, 8)
  const gid = octal(buf, off + 116, 8)
  const size = octal(buf, off + 124, 12)
  const mtime = octal(buf, off + 136, 12)
  const cksum = octal(buf, off + 148, 12)
  if (path === undefined || linkpath === undefined || mode === FALLBACK || uid === FALLBACK || gid === FALLBACK || size === FALLBACK || mtime === FALLBACK || cksum === FALLBACK) return false
  const ustar =
    buf[off + 257] === 0x75 && buf[off + 258] === 0x73 && buf[off + 259] === 0x74 && buf[off + 260] === 0x61 && buf[off + 261] === 0x72 && buf[off + 262] === 0 && buf[off + 263] === 0x30 && buf[off + 264] === 0x30
  let uname: string | undefined
  let gname: string | undefined
  let devmaj = 0
  let devmin = 0
  let atime: Date | undefined
  let ctime: Date | undefined
  let fullPath = path
  if (ustar) {
    uname = text(buf, off + 265, 32)
    gname = text(buf, off + 297, 32)
    const major = octal(buf, off + 329, 8)
    const minor = octal(buf, off + 337, 8)
    if (uname === undefined || gname === undefined || major === FALLBACK || minor === FALLBACK) return false
    devmaj = numberOrUndefined(major) ?? 0
    devmin = numberOrUndefined(minor) ?? 0
    if (buf[off + 475] !== 0) {
      const prefix = text(buf, off + 345, 155)
      if (prefix === undefined) return false
      fullPath = `${prefix}/${path}`
    } else {
      const prefix = text(buf, off + 345, 130)
      const a = octal(buf, off + 476, 12)
      const c = octal(buf, off + 488, 12)
      if (prefix === undefined || a === FALLBACK || c === FALLBACK) return false
      if (prefix) fullPath = `${prefix}/${path}`
      atime = date(a)
      ctime = date(c)
    }
  }
  let sum = 8 * 0x20
  for (let i = off; i < off + 148; i++) sum += buf[i]
  for (let i = off + 156; i < off + 512; i++) sum += buf[i]

  const target = header as unknown as Fields
  target.path = fullPath
  target.mode = numberOrUndefined(mode)
  target.uid = numberOrUndefined(uid)
  target.gid = numberOrUndefined(gid)
  target.size = numberOrUndefined(size)
  target.mtime = date(mtime)
  target.cksum = numberOrUndefined(cksum)
  const t = flag === 0 ? '' : String.fromCharCode(flag)
  if (types.isCode(t)) target.type = t || '0'
  if (target.typeKey === '0' && path.endsWith('/')) target.type = '5'
  if (target.typeKey === '5') target.size = 0
  target.linkpath = linkpath
  if (ustar) {
    target.uname = uname
    target.gname = gname
    target.devmaj = devmaj
    target.devmin = devmin
    if (buf[off + 475] === 0) {
      target.atime = atime
      target.ctime = ctime
    }
  }
  target.cksumValid = sum === target.cksum
  if (target.cksum === undefined && sum === 8 * 0x20) target.nullBlock = true
  return true
}

/** What the reader needs of a plain entry (readPlainEntry). */
export interface PlainEntry {
  /** The path node-tar gives the entry (prefix and name joined). */
  path: string
  directory: boolean
  /** Bytes of content (0 for a directory). */
  size: number
  /** Permission bits, as node-tar's `ReadEntry.mode` (0 when the field holds no number). */
  mode: number
}

/** True when node-tar's `decNumber` cannot throw on the field: it throws only on base-256 numbers (top bit set). */
const notBase256 = (buf: Buffer, at: number) => buf[at] < 0x80

/** The last buffer seen as 32-bit words: the lane reads many headers from one chunk. */
let wordsOf: Buffer | undefined
let words: Int32Array<ArrayBufferLike> = new Int32Array(0)

/** `buf` as 32-bit words (the bytes' order in a word does not matter here), or undefined when it is not aligned. */
function asWords(buf: Buffer): Int32Array | undefined {
  if ((buf.byteOffset & 3) !== 0) return undefined
  if (buf !== wordsOf) {
    wordsOf = buf
    words = new Int32Array(buf.buffer, buf.byteOffset, buf.length >> 2)
  }
  return words
}

/** A byte that ends node-tar's `\0.*` cut short: a line break, or the first byte of U+2028 or U+2029. */
const breaksCut = (c: number) => c === 0x0a || c === 0x0d || c === 0xe2

/** cleanTail over `[from, end)`, a word at a time where it can: tails are nearly always NUL padding. */
function cleanRange(buf: Buffer, view: Int32Array | undefined, from: number, end: number): boolean {
  if (!view) return cleanTail(buf, from, end)
  let i = from
  for (; i < end && (i & 3) !== 0; i++) if (breaksCut(buf[i])) return false
  for (; i + 4 <= end; i += 4) {
    if (view[i >> 2] !== 0 && (breaksCut(buf[i]) || breaksCut(buf[i + 1]) || breaksCut(buf[i + 2]) || breaksCut(buf[i + 3]))) return false
  }
  for (; i < end; i++) if (breaksCut(buf[i])) return false
  return true
}

/** The header checksum as node-tar computes it: every byte, with the checksum field counted as spaces. */
function checksum(buf: Buffer, view: Int32Array | undefined, off: number): number {
  if (!view) {
    let sum = 8 * 0x20
    for (let i = off; i < off + 148; i++) sum += buf[i]
    for (let i = off + 156; i < off + 512; i++) sum += buf[i]
    return sum
  }
  // Bytes summed two lanes at a time: 126 words of bytes up to 255 stay under 16 bits a lane.
  let even = 0
  let odd = 0
  const first = off >> 2
  for (let w = first; w < first + 128; w++) {
    if (w === first + 37) w += 2 // the checksum field, bytes 148-155
    const word = view[w]
    even += word & 0x00ff00ff
    odd += (word >>> 8) & 0x00ff00ff
  }
  return 8 * 0x20 + (even & 0xffff) + (even >>> 16) + (odd & 0xffff) + (odd >>> 16)
}

/**
 * Reads a header block that node-tar would turn, with no pending PAX, long-name or
 * global header, into a valid regular file or directory entry with no warning, and
 * no other reading could differ: type `0`, NUL or `5`, printable ASCII names, octal numbers, no link target, a valid checksum, and a
 * directory that declares no size. Fills `out` and returns true; returns false for
 * anything else, which then goes to node-tar itself (the reader's handover). The
 * reader's plain lane (plain-lane.ts) reads such entries without node-tar's
 * per-entry streams; __tests__/fast-header.test.ts and the archive parity test check
 * every entry it takes against node-tar.
 */
export function readPlainEntry(buf: Buffer, off: number, out: PlainEntry): boolean {
  const flag = buf[off + 156]
  if (flag !== 0x30 && flag !== 0 && flag !== 0x35) return false
  // node-tar reads the prefix and the fields after it only under the magic 'ustar\0' '00' (what npm, node-tar and
  // tar-stream write); under any other (old GNU 'ustar  \0', v7's none) the name alone is the path.
  const ustar =
    buf[off + 257] === 0x75 && buf[off + 258] === 0x73 && buf[off + 259] === 0x74 && buf[off + 260] === 0x61 && buf[off + 261] === 0x72 && buf[off + 262] === 0 && buf[off + 263] === 0x30 && buf[off + 264] === 0x30
  if (!notBase256(buf, off + 108) || !notBase256(buf, off + 116) || !notBase256(buf, off + 136)) return false
  const longPrefix = ustar && buf[off + 475] !== 0
  if (ustar && (!notBase256(buf, off + 329) || !notBase256(buf, off + 337) || (!longPrefix && (!notBase256(buf, off + 476) || !notBase256(buf, off + 488))))) return false
  const mode = octal(buf, off + 100, 8)
  const size = octal(buf, off + 124, 12)
  const cksum = octal(buf, off + 148, 12)
  if (mode === FALLBACK || size === FALLBACK || cksum < 0) return false
  const view = asWords(buf)
  if (checksum(buf, view, off) !== cksum) return false
  // No link target: node-tar warns ("linkpath forbidden") and skips a file or directory that has one.
  if (buf[off + 157] !== 0 || !cleanRange(buf, view, off + 158, off + 257)) return false
  const base = text(buf, off, 100, view)
  const prefix = ustar ? text(buf, off + 345, longPrefix ? 155 : 130, view) : ''
  if (base === undefined || prefix === undefined) return false
  // As node-tar: a prefix field that runs into byte 475 is always joined, a shorter one when not empty.
  const path = longPrefix || prefix ? `${prefix}/${base}` : base
  // An empty path is a warning in node-tar; a backslash a separator on Windows only.
  if (path === '' || path.includes('\\')) return false
  const directory = flag === 0x35 || path.endsWith('/')
  const declared = size === NO_NUMBER ? 0 : size
  // A directory that declares a size: node-tar reads its "content" as entries, other tools skip it. The reader refuses it.
  if (directory && declared !== 0) return false
  out.path = path
  out.directory = directory
  out.size = declared
  out.mode = mode === NO_NUMBER ? 0 : mode & 0o7777
  return true
}
