/**
 * HMAC-SHA256 (RFC 2104) built on one-shot hashes, for the TC3 check on every request. `createHmac` makes a native
 * Hmac object per call that only the garbage collector frees; under load that costs more than the hashing itself
 * (measured with `npm run bench:emulator`). The key's padded blocks are prepared once.
 */
import { createHmac, hash } from 'node:crypto'

const blockSize = 64

/** A key ready for `hmacSha256`: the key and its inner and outer padded blocks. */
export interface HmacKey {
  readonly key: Buffer
  readonly innerBlock: Buffer
  readonly outerBlock: Buffer
}

export function prepareHmacKey(key: Buffer): HmacKey {
  // Keys longer than a block are hashed first (RFC 2104 §2); shorter ones are padded with zeros.
  const block = Buffer.alloc(blockSize)
  ;(key.length > blockSize ? hash('sha256', key, 'buffer') : key).copy(block)
  const innerBlock = Buffer.alloc(blockSize)
  const outerBlock = Buffer.alloc(blockSize)
  for (let i = 0; i < blockSize; i++) {
    innerBlock[i] = block[i]! ^ 0x36
    outerBlock[i] = block[i]! ^ 0x5c
  }
  return { key, innerBlock, outerBlock }
}

/** Strings up to this many UTF-16 units fit the scratch buffer in UTF-8 (3 bytes per unit at most). */
const maxInlineLength = 2048
const innerMessage = Buffer.alloc(blockSize + 3 * maxInlineLength)
const outerMessage = Buffer.alloc(blockSize + 32)

/** HMAC-SHA256 of the UTF-8 bytes of `data`: the same bytes as `createHmac('sha256', key).update(data).digest()`. */
export function hmacSha256(key: HmacKey, data: string): Buffer {
  if (data.length > maxInlineLength) return createHmac('sha256', key.key).update(data).digest()
  key.innerBlock.copy(innerMessage, 0)
  const length = innerMessage.write(data, blockSize, 'utf8')
  key.outerBlock.copy(outerMessage, 0)
  outerMessage.write(hash('sha256', innerMessage.subarray(0, blockSize + length), 'hex'), blockSize, 'hex')
  return Buffer.from(hash('sha256', outerMessage, 'hex'), 'hex')
}
