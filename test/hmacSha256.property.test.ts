/**
 * The emulator's HMAC-SHA256 on one-shot hashes gives exactly the bytes of node:crypto's createHmac: for keys shorter
 * than, equal to and longer than a block, for any Unicode string (lone surrogates included), and for strings on both
 * sides of the scratch buffer's bound, also with a key used again after another (the scratch buffers are shared).
 */
import { createHmac } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { hmacSha256, prepareHmacKey } from '../src/emulator/hmacSha256.js'
import { numRuns, seed } from './generators/run.js'

const reference = (key: Buffer, data: string) => createHmac('sha256', key).update(data).digest()

const key = fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.constantFrom(0, 32, 63, 64, 65, 128).chain((length) => fc.uint8Array({ minLength: length, maxLength: length }))).map((bytes) => Buffer.from(bytes))
const data = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  // Around the inline bound (2048 UTF-16 units), in one-, two- and three-byte characters.
  fc.tuple(fc.integer({ min: 2040, max: 2056 }), fc.constantFrom('a', 'é', '中')).map(([length, unit]) => unit.repeat(length)),
)

describe('hmacSha256', () => {
  test('equals createHmac for any key and string', () => {
    const details = fc.check(
      fc.property(key, data, key, data, (firstKey, firstData, secondKey, secondData) => {
        const first = prepareHmacKey(firstKey)
        expect(hmacSha256(first, firstData).equals(reference(firstKey, firstData))).toBe(true)
        expect(hmacSha256(prepareHmacKey(secondKey), secondData).equals(reference(secondKey, secondData))).toBe(true)
        expect(hmacSha256(first, secondData).equals(reference(firstKey, secondData))).toBe(true)
      }),
      { numRuns, seed, path: process.env.FC_PATH || undefined },
    )
    if (details.failed) throw new Error(fc.defaultReportMessage(details))
    console.log(`[property] hmacSha256: ${details.numRuns} cases checked, seed ${details.seed}`)
  })

  test('the RFC 4231 test case 2 vector', () => {
    const mac = hmacSha256(prepareHmacKey(Buffer.from('Jefe')), 'what do ya want for nothing?')
    expect(mac.toString('hex')).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843')
  })
})
