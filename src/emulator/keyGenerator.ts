import { randomFillSync } from 'node:crypto'

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
/** The largest multiple of the alphabet size below 256: bytes at or above it are dropped, so no character is favoured. */
const unbiasedBound = 256 - (256 % alphabet.length)

/** Random bytes are drawn from the CSPRNG in blocks: one system call per block instead of one per key. */
const pool = Buffer.alloc(4096)
let poolOffset = pool.length

function nextByte(): number {
  if (poolOffset === pool.length) {
    randomFillSync(pool)
    poolOffset = 0
  }
  return pool[poolOffset++]!
}

const alphabetCodes = Buffer.from(alphabet, 'latin1')

/**
 * `length` characters drawn uniformly from [A-Za-z0-9] with the system CSPRNG. Built in a byte buffer and decoded
 * once: a flat string, not a rope of 40 concatenations that SQLite's binding and JSON.stringify would flatten again.
 */
export function randomAlphanumeric(length: number): string {
  const out = Buffer.allocUnsafe(length)
  let filled = 0
  while (filled < length) {
    const byte = nextByte()
    if (byte < unbiasedBound) out[filled++] = alphabetCodes[byte % alphabet.length]!
  }
  return out.toString('latin1')
}

/**
 * An auto key, shaped like the documented example (`AKID` + 36 characters, and a 40-character secret): inside the
 * contract's charset and lengths (AccessKeyId 5–50, AccessKeySecret 10–50, [A-Za-z0-9_]). See docs/decisions.md.
 */
export const generatedKeyShape = { idPrefix: 'AKID', idLength: 40, secretLength: 40 } as const

export function generateAutoKey(): { AccessKeyId: string; AccessKeySecret: string } {
  const { idPrefix, idLength } = generatedKeyShape
  return { AccessKeyId: idPrefix + randomAlphanumeric(idLength - idPrefix.length), AccessKeySecret: generateAutoSecret() }
}

/** The secret of an auto key: drawn at creation, and again by UpdateApiKey (decision update-secret). */
export function generateAutoSecret(): string {
  return randomAlphanumeric(generatedKeyShape.secretLength)
}
