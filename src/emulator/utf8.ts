/**
 * API 3.0 takes UTF-8 only. Node's decoders replace bytes that are not UTF-8 (a stray 0xFF, an overlong or surrogate
 * encoding) with U+FFFD, which would store a character the client never sent; these checks refuse such requests
 * instead (UnsupportedOperation.UnpackError, decision emulator-utf8). Signatures are still computed over the bytes
 * as sent: these only decide whether the bytes can be read.
 */
import { isUtf8 } from 'node:buffer'
import { fail } from './apiFailure.js'

const notUtf8 = (what: string): never =>
  fail('UnsupportedOperation.UnpackError', `${what} is not valid UTF-8 (API 3.0 takes UTF-8 only): a byte sequence cannot be decoded.`)

/** The bytes as a string; not UTF-8 (simdutf's strict check: no overlong, surrogate or truncated sequence) fails. */
export function decodeUtf8(raw: Buffer, what: string): string {
  if (!isUtf8(raw)) notUtf8(what)
  return raw.toString('utf8')
}

const percentEscape = /%([0-9A-Fa-f]{2})/g

/**
 * Fails unless the bytes a form string stands for once its `%XX` escapes are decoded (as URLSearchParams decodes them)
 * are UTF-8. `encoded` is a well-formed string (a URL is ASCII; a form body was decoded with decodeUtf8), so its
 * UTF-8 bytes read as latin1 are one character per byte, and each escape becomes the one byte it names.
 */
export function checkPercentDecodedUtf8(encoded: string, what: string): void {
  const bytes = Buffer.from(encoded, 'utf8').toString('latin1').replace(percentEscape, (_escape, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
  if (!isUtf8(Buffer.from(bytes, 'latin1'))) notUtf8(what)
}
