/**
 * A TC3-HMAC-SHA256 signer written from Tencent's documented algorithm, independent of the emulator's code, for
 * requests the official SDK cannot sign: another credential-scope date, other signed headers, other header forms.
 * test/emulator.tc3Signature.test.ts checks it against the SDK's `sign3` for what the SDK does sign.
 */
import { createHash, createHmac } from 'node:crypto'

export interface Tc3SignInput {
  readonly secretKey: string
  readonly method?: string
  readonly path?: string
  readonly rawQuery?: string
  /** Signed headers, lower-case name → value exactly as it goes into the canonical request, in signing order. */
  readonly canonicalHeaders: readonly (readonly [string, string])[]
  readonly body: string | Buffer
  readonly timestamp: number
  /** The credential-scope date; default the UTC date of `timestamp`. */
  readonly date?: string
  readonly service?: string
}

const sha256Hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex')
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest()

export const utcDateOf = (timestamp: number) => new Date(timestamp * 1000).toISOString().slice(0, 10)

/** The signature (64 lowercase hex digits) and the SignedHeaders list. */
export function tc3Sign(input: Tc3SignInput): { signature: string; signedHeaders: string; date: string; service: string } {
  const date = input.date ?? utcDateOf(input.timestamp)
  const service = input.service ?? 'apigateway'
  const signedHeaders = input.canonicalHeaders.map(([name]) => name).join(';')
  const headerBlock = input.canonicalHeaders.map(([name, value]) => `${name}:${value}\n`).join('')
  const canonicalRequest = `${input.method ?? 'POST'}\n${input.path ?? '/'}\n${input.rawQuery ?? ''}\n${headerBlock}\n${signedHeaders}\n${sha256Hex(input.body)}`
  const stringToSign = `TC3-HMAC-SHA256\n${input.timestamp}\n${date}/${service}/tc3_request\n${sha256Hex(canonicalRequest)}`
  const kSigning = hmac(hmac(hmac(`TC3${input.secretKey}`, date), service), 'tc3_request')
  return { signature: createHmac('sha256', kSigning).update(stringToSign).digest('hex'), signedHeaders, date, service }
}

/** The Authorization header of a signature. */
export const tc3AuthorizationHeader = (secretId: string, signed: { signature: string; signedHeaders: string; date: string; service: string }) =>
  `TC3-HMAC-SHA256 Credential=${secretId}/${signed.date}/${signed.service}/tc3_request, SignedHeaders=${signed.signedHeaders}, Signature=${signed.signature}`
