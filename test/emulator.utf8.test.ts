/**
 * The UTF-8 checks on their own (src/emulator/utf8.ts, decision emulator-utf8): raw bytes and the bytes that
 * percent-escapes stand for must be UTF-8; the failure is UnpackError naming what was read.
 */
import { describe, expect, it, vi } from 'vitest'

/**
 * The module, loaded afresh in each test: its escape pattern and its failure are module constants, which a mutation
 * run (perTest coverage) credits only to a test during which the module loads.
 */
async function load() {
  vi.resetModules()
  const { checkPercentDecodedUtf8, decodeUtf8 } = await import('../src/emulator/utf8.js')
  const { ApiFailure } = await import('../src/emulator/apiFailure.js')
  const failureOf = (run: () => unknown) => {
    try {
      run()
    } catch (error) {
      if (error instanceof ApiFailure) return { code: error.code, message: error.message }
      throw error
    }
    return undefined
  }
  return { checkPercentDecodedUtf8, decodeUtf8, failureOf }
}
const notUtf8 = (what: string) => ({ code: 'UnsupportedOperation.UnpackError', message: `${what} is not valid UTF-8 (API 3.0 takes UTF-8 only): a byte sequence cannot be decoded.` })

describe('UTF-8 checks', () => {
  it('decodeUtf8 answers the text of UTF-8 bytes and refuses other bytes, naming what it read', async () => {
    const { decodeUtf8, failureOf } = await load()
    expect(decodeUtf8(Buffer.from('名前 ok', 'utf8'), 'The body')).toBe('名前 ok')
    expect(decodeUtf8(Buffer.alloc(0), 'The body')).toBe('')
    for (const bytes of [[0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe5, 0x90]]) {
      expect(failureOf(() => decodeUtf8(Buffer.from([0x61, ...bytes]), 'The JSON body')), String(bytes)).toEqual(notUtf8('The JSON body'))
    }
  })

  it('checkPercentDecodedUtf8 reads each %XX escape (either case) as the byte it names, and other characters as their UTF-8 bytes', async () => {
    const { checkPercentDecodedUtf8, failureOf } = await load()
    for (const ok of ['', 'a=b&c=d', '%E5%90%8D', '%e5%90%8d', 'x=%C3%A9', '名=%E5%90%8D', 'a%2', '%zz', '%%41', '%4']) {
      expect(failureOf(() => checkPercentDecodedUtf8(ok, 'The query')), ok).toBeUndefined()
    }
    // 'Ã' is C3 83: an escaped A9 after it is a stray continuation byte (read as one latin1 byte, C3 A9 would pass).
    for (const bad of ['%FF', '%ff', 'a=%C3', '%C3%28', '%ED%A0%80', '%C0%AF', 'Ã%A9', '%E5%90']) {
      expect(failureOf(() => checkPercentDecodedUtf8(bad, 'The query')), bad).toEqual(notUtf8('The query'))
    }
  })
})
