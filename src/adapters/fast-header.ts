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

/** The first NUL of a field, or its end. */
function textEnd(buf: Buffer, start: number, end: number): number {
  for (let i = start; i < end; i++) if (buf[i] === 0) return i
  return end
}

/** node-tar cuts a field at its first NUL with the pattern `\0.*`, which stops at a line break: after the NUL, none may come. */
function cleanTail(buf: Buffer, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const c = buf[i]
    if (c === 0x0a || c === 0x0d || c === 0xe2) return false
  }
  return true
}

/** node-tar's `decString` for a field of printable ASCII, or undefined: fall back. */
function text(buf: Buffer, start: number, size: number): string | undefined {
  const end = start + size
  const stop = textEnd(buf, start, end)
  for (let i = start; i < stop; i++) {
    const c = buf[i]
    if (c < 0x20 || c > 0x7e) return undefined
  }
  if (!cleanTail(buf, stop, end)) return undefined
  return stop === start ? '' : buf.toString('latin1', start, stop)
}

/**
 * node-tar's `decNumber` (`parseInt(text.trim(), 8)`, NaN as undefined) for a field
 * of octal digits and spaces: the number, NO_NUMBER, or FALLBACK.
 */
function octal(buf: Buffer, start: number, size: number): number {
  const end = start + size
  const stop = textEnd(buf, start, end)
  for (let i = start; i < stop; i++) {
    const c = buf[i]
    if (c !== 0x20 && (c < 0x30 || c > 0x37)) return FALLBACK
  }
  if (!cleanTail(buf, stop, end)) return FALLBACK
  let i = start
  while (i < stop && buf[i] === 0x20) i++
  let value = 0
  let digits = 0
  for (; i < stop && buf[i] !== 0x20; i++, digits++) value = value * 8 + (buf[i] - 0x30)
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
