/**
 * Re-signing a proxied request with the real SecretKey, in each wire form, the way the official SDK signs
 * (tencentcloud-sdk-nodejs common/sign.js): what a server that does not check signatures, or the timestamp window,
 * looks like from outside. Also checks whether a request's own signature is right (a fault may honour it).
 */
import { createHash, createHmac } from 'node:crypto'
import { hostCandidates } from '../../../src/emulator/hostCandidates.js'
import type { ProxiedRequest } from './types.js'
import { isTc3, v1Parameters } from './wire.js'

const sha256Hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex')
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest()
const utcDate = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10)

const tc3Pattern = /^TC3-HMAC-SHA256 +Credential=([^/,\s]+)\/(\d{4}-\d{2}-\d{2})\/([^/,\s]+)\/tc3_request *, *SignedHeaders=([a-z0-9-;]+) *, *Signature=([0-9a-f]*)$/

interface Tc3Parts {
  readonly secretId: string
  readonly service: string
  readonly signedHeaders: string[]
  readonly signature: string
}

function tc3Parts(request: ProxiedRequest): Tc3Parts | undefined {
  const match = tc3Pattern.exec((request.headers.authorization ?? '').trim())
  if (!match) return undefined
  return { secretId: match[1]!, service: match[3]!, signedHeaders: match[4]!.split(';'), signature: match[5]! }
}

function tc3Signature(request: ProxiedRequest, parts: Tc3Parts, secretKey: string, timestamp: number, host: string): string {
  const [path, query = ''] = request.url.split(/\?(.*)/s) as [string, string?]
  const canonicalHeaders = parts.signedHeaders.map((name) => `${name}:${name === 'host' ? host : (request.headers[name] ?? '').trim().toLowerCase()}\n`).join('')
  const canonicalRequest = `${request.method}\n${path}\n${query}\n${canonicalHeaders}\n${parts.signedHeaders.join(';')}\n${sha256Hex(request.body)}`
  const date = utcDate(timestamp)
  const stringToSign = `TC3-HMAC-SHA256\n${timestamp}\n${date}/${parts.service}/tc3_request\n${sha256Hex(canonicalRequest)}`
  const key = hmac(hmac(hmac(`TC3${secretKey}`, date), parts.service), 'tc3_request')
  return createHmac('sha256', key).update(stringToSign).digest('hex')
}

const v1Methods = { HmacSHA1: 'sha1', HmacSHA256: 'sha256' } as const

function v1Signature(request: ProxiedRequest, parameters: URLSearchParams, secretKey: string, host: string): string {
  const names = [...new Set(parameters.keys())].filter((name) => name !== 'Signature').sort()
  const signed = names.map((name) => `${name}=${parameters.get(name)}`).join('&')
  const method = v1Methods[(parameters.get('SignatureMethod') ?? 'HmacSHA1') as keyof typeof v1Methods] ?? 'sha1'
  const path = request.url.split('?')[0]
  return createHmac(method, secretKey).update(`${request.method}${host}${path}?${signed}`, 'utf8').digest('base64')
}

/** The SecretId a request is signed with, if it can be read. */
export function secretIdOf(request: ProxiedRequest): string | undefined {
  return isTc3(request) ? tc3Parts(request)?.secretId : (v1Parameters(request).get('SecretId') ?? undefined)
}

/** True when the request carries the right signature under `secretKey` (for the Host it was sent to, with or without port). */
export function signatureIsRight(request: ProxiedRequest, secretKey: string): boolean {
  const hosts = hostCandidates(request.headers.host ?? '')
  if (isTc3(request)) {
    const parts = tc3Parts(request)
    const timestamp = Number(request.headers['x-tc-timestamp'])
    return parts !== undefined && hosts.some((host) => tc3Signature(request, parts, secretKey, timestamp, host) === parts.signature)
  }
  const parameters = v1Parameters(request)
  return hosts.some((host) => v1Signature(request, parameters, secretKey, host) === parameters.get('Signature'))
}

/**
 * The request signed anew under `secretKey`, with `timestamp` (seconds) when given, else its own. A request whose
 * signature cannot be read (no or garbled Authorization) is returned as it is.
 */
export function resign(request: ProxiedRequest, secretKey: string, timestamp?: number): ProxiedRequest {
  const host = request.headers.host ?? ''
  if (isTc3(request)) {
    const parts = tc3Parts(request)
    if (!parts) return request
    const stamp = timestamp ?? Number(request.headers['x-tc-timestamp'])
    const signature = tc3Signature(request, parts, secretKey, stamp, host)
    const authorization = `TC3-HMAC-SHA256 Credential=${parts.secretId}/${utcDate(stamp)}/${parts.service}/tc3_request, SignedHeaders=${parts.signedHeaders.join(';')}, Signature=${signature}`
    return { ...request, headers: { ...request.headers, authorization, 'x-tc-timestamp': String(stamp) } }
  }
  const parameters = v1Parameters(request)
  if (!parameters.has('Signature')) return request
  if (timestamp !== undefined) parameters.set('Timestamp', String(timestamp))
  parameters.set('Signature', v1Signature(request, parameters, secretKey, host))
  const encoded = parameters.toString()
  return request.method === 'GET' ? { ...request, url: `${request.url.split('?')[0]}?${encoded}` } : { ...request, body: Buffer.from(encoded) }
}
