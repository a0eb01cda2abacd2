/** The proxy's own requests to the emulator: TC3 JSON POSTs signed as the official SDK signs them. */
import { createHash, createHmac } from 'node:crypto'
import type { EmulatorCredential } from '../../../src/emulator/index.js'
import type { ProxiedRequest } from './types.js'

const sha256Hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex')
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest()

export function signTc3Post(host: string, action: string, parameters: object, credential: EmulatorCredential): ProxiedRequest {
  const body = Buffer.from(JSON.stringify(parameters))
  const timestamp = Math.floor(Date.now() / 1000)
  const date = new Date(timestamp * 1000).toISOString().slice(0, 10)
  const contentType = 'application/json'
  const canonical = `POST\n/\n\ncontent-type:${contentType}\nhost:${host}\n\ncontent-type;host\n${sha256Hex(body)}`
  const stringToSign = `TC3-HMAC-SHA256\n${timestamp}\n${date}/apigateway/tc3_request\n${sha256Hex(canonical)}`
  const key = hmac(hmac(hmac(`TC3${credential.secretKey}`, date), 'apigateway'), 'tc3_request')
  const signature = createHmac('sha256', key).update(stringToSign).digest('hex')
  return {
    method: 'POST',
    url: '/',
    body,
    headers: {
      host,
      'content-type': contentType,
      'x-tc-action': action,
      'x-tc-version': '2018-08-08',
      'x-tc-timestamp': String(timestamp),
      ...(credential.token === undefined ? {} : { 'x-tc-token': credential.token }),
      authorization: `TC3-HMAC-SHA256 Credential=${credential.secretId}/${date}/apigateway/tc3_request, SignedHeaders=content-type;host, Signature=${signature}`,
    },
  }
}
