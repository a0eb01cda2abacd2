import { randomFillSync } from 'node:crypto'
import { autoKeyShape } from './contractLimits.js'

/**
 * [A-Za-z0-9] in ASCII order: the random characters are drawn from it, and the time head's base-62 digits are it, so
 * a head sorts as text (SQLite's byte order) as its number does.
 */
const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
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

/** Fills `out` from `start` on with characters drawn uniformly from [A-Za-z0-9]. */
function fillRandom(out: Buffer, start: number): void {
  let filled = start
  while (filled < out.length) {
    const byte = nextByte()
    if (byte < unbiasedBound) out[filled++] = alphabetCodes[byte % alphabet.length]!
  }
}

/**
 * `length` characters drawn uniformly from [A-Za-z0-9] with the system CSPRNG. Built in a byte buffer and decoded
 * once: a flat string, not a rope of 40 concatenations that SQLite's binding and JSON.stringify would flatten again.
 */
export function randomAlphanumeric(length: number): string {
  const out = Buffer.allocUnsafe(length)
  fillRandom(out, 0)
  return out.toString('latin1')
}

/**
 * An auto key, shaped like the documented example (`AKID` + 36 characters, and a 40-character secret): inside the
 * contract's charset and lengths (AccessKeyId 5–50, AccessKeySecret 10–50, [A-Za-z0-9_]). The first `timeLength`
 * characters after the prefix are the creation time (see timeHead), the rest random. Defined in schema/rules.ts; see
 * docs/decisions.md (emulator-auto-keys).
 */
export const generatedKeyShape = autoKeyShape

/** Milliseconds `timeLength` base-62 digits hold: from 1970 to 2081, then the head starts again from 0. */
const timeSpan = alphabet.length ** generatedKeyShape.timeLength

/**
 * The milliseconds of `epochMs` in `timeLength` base-62 digits (the alphabet). A new key's AccessKeyId thus goes next to
 * the ones made just before it in the store's unique index, as a ULID or UUIDv7 does, instead of at a random place:
 * a random place is a cache miss in a large index on every create (decision emulator-auto-keys has the measurement).
 */
export function timeHead(epochMs: number): string {
  let rest = Number.isFinite(epochMs) ? ((Math.floor(epochMs) % timeSpan) + timeSpan) % timeSpan : 0
  let head = ''
  for (let i = 0; i < generatedKeyShape.timeLength; i++) {
    head = alphabet[rest % alphabet.length]! + head
    rest = Math.floor(rest / alphabet.length)
  }
  return head
}

/** An auto key created at `epochMs` (the emulator's clock): its AccessKeyId's head is that time, the rest random. */
export function generateAutoKey(epochMs: number): { AccessKeyId: string; AccessKeySecret: string } {
  const { idPrefix, idLength } = generatedKeyShape
  const id = Buffer.allocUnsafe(idLength)
  const length = id.write(idPrefix + timeHead(epochMs), 'latin1')
  fillRandom(id, length)
  return { AccessKeyId: id.toString('latin1'), AccessKeySecret: generateAutoSecret() }
}

/** The secret of an auto key: drawn at creation, and again by UpdateApiKey (decision update-secret); all random. */
export function generateAutoSecret(): string {
  return randomAlphanumeric(generatedKeyShape.secretLength)
}
