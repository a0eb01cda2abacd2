/**
 * Raw HTTP calls to the emulator, signed with the official SDK's own signing code (tencentcloud-sdk-nodejs
 * common/sign.js) so the emulator's verification is judged by an independent implementation. Every answer is
 * checked to be HTTP 200, valid against generated/json-schema/<Action>Envelope.json (CreateApiKey unless told) and
 * readable by the action's parseResponse, with a fresh RequestId.
 */
import { createRequire } from 'node:module'
import http from 'node:http'
import { expect } from 'vitest'
import { runtimeActions, type ActionName } from '../../src/actions.js'
import type { CreateApiKeyResponse } from '../../src/types.js'
import { fromJsonSchemaFile } from './ajv.js'

const require = createRequire(import.meta.url)
interface SdkSign {
  sign(secretKey: string, signStr: string, signMethod: string): string
  sign3(args: { method: string; url: string; payload: unknown; timestamp: number; service: string; secretId: string; secretKey: string; headers: Record<string, string> }): string
}
export const Sign = (require('tencentcloud-sdk-nodejs/tencentcloud/common/sign.js') as { default: SdkSign }).default

export interface WireAnswer {
  readonly status: number
  readonly headers: http.IncomingHttpHeaders
  readonly text: string
  readonly body: CreateApiKeyResponse
}

const seenRequestIds = new Set<string>()

export interface RawRequest {
  readonly method?: string
  readonly path?: string
  readonly headers?: Record<string, string | number>
  readonly body?: string | Buffer
  /** Sends the body in chunks without Content-Length. */
  readonly chunked?: boolean
  /** A keep-alive agent whose open connections the request may reuse (default: a new connection). */
  readonly agent?: http.Agent
}

/** Sends a request and checks the answer against the contract of `action`. */
export function send(endpoint: string, request: RawRequest, action: ActionName = 'CreateApiKey'): Promise<WireAnswer> {
  const validateResponse = fromJsonSchemaFile(`${action}Envelope`)
  const [host, port] = endpoint.split(':') as [string, string]
  return new Promise((resolve, reject) => {
    const req = http.request({ host, port: Number(port), method: request.method ?? 'POST', path: request.path ?? '/', headers: request.headers ?? {}, agent: request.agent ?? false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('error', reject)
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        try {
          const body = JSON.parse(text) as CreateApiKeyResponse
          expect(res.statusCode).toBe(200)
          expect(validateResponse(body), JSON.stringify(validateResponse.errors)).toBe(true)
          expect(runtimeActions[action].parseResponse(body).kind).not.toBe('invalid')
          expect(seenRequestIds.has(body.Response.RequestId)).toBe(false)
          seenRequestIds.add(body.Response.RequestId)
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, body })
        } catch (error) {
          reject(error)
        }
      })
    })
    // The server may answer and close before a too-large body is fully written: the answer is what counts.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error)
    })
    if (request.chunked && request.body !== undefined) {
      const body = Buffer.from(request.body)
      const step = 64 * 1024
      for (let offset = 0; offset < body.length; offset += step) req.write(body.subarray(offset, offset + step))
      req.end()
    } else {
      req.end(request.body)
    }
  })
}

export interface Tc3Options {
  readonly secretId: string
  readonly secretKey: string
  readonly action?: string | undefined
  readonly version?: string | undefined
  readonly timestamp?: number
  readonly service?: string
  readonly contentType?: string
  readonly extraHeaders?: Record<string, string>
}

const nowSeconds = () => Math.floor(Date.now() / 1000)

/** A TC3-signed JSON POST of `body` (a string, sent byte for byte). */
export function tc3Post(endpoint: string, body: string | Buffer, options: Tc3Options): RawRequest {
  const timestamp = options.timestamp ?? nowSeconds()
  const contentType = options.contentType ?? 'application/json'
  const authorization = Sign.sign3({
    method: 'POST',
    url: `http://${endpoint}/`,
    payload: Buffer.from(body),
    timestamp,
    service: options.service ?? 'apigateway',
    secretId: options.secretId,
    secretKey: options.secretKey,
    headers: { 'Content-Type': contentType },
  })
  const headers: Record<string, string> = {
    'Content-Type': contentType,
    'X-TC-Timestamp': String(timestamp),
    Authorization: authorization,
    ...options.extraHeaders,
  }
  if (options.action !== undefined) headers['X-TC-Action'] = options.action
  if (options.version !== undefined) headers['X-TC-Version'] = options.version
  return { method: 'POST', headers, body }
}

export const createApiKeyHeaders = { action: 'CreateApiKey', version: '2018-08-08' } as const

/** A TC3-signed GET: the parameters in the query (flattened as the v1 form is), signed as the SDK signs a GET. */
export function tc3Get(endpoint: string, parameters: Record<string, string>, options: Tc3Options): RawRequest {
  const timestamp = options.timestamp ?? nowSeconds()
  const contentType = 'application/x-www-form-urlencoded'
  const query = new URLSearchParams(parameters).toString()
  const authorization = Sign.sign3({
    method: 'GET',
    url: `http://${endpoint}/?${query}`,
    payload: '',
    timestamp,
    service: options.service ?? 'apigateway',
    secretId: options.secretId,
    secretKey: options.secretKey,
    headers: { 'Content-Type': contentType },
  })
  const headers: Record<string, string> = { 'Content-Type': contentType, 'X-TC-Timestamp': String(timestamp), Authorization: authorization, ...options.extraHeaders }
  if (options.action !== undefined) headers['X-TC-Action'] = options.action
  if (options.version !== undefined) headers['X-TC-Version'] = options.version
  return { method: 'GET', path: `/?${query}`, headers }
}

export interface V1Options {
  readonly secretId: string
  readonly secretKey: string
  readonly method?: 'GET' | 'POST'
  readonly signatureMethod?: 'HmacSHA1' | 'HmacSHA256' | undefined
  readonly timestamp?: number
  readonly common?: Record<string, string>
}

/** A v1-signed GET (query) or form POST of the flat parameters, signed as the SDK's formatSignString does. */
export function v1Request(endpoint: string, parameters: Record<string, string>, options: V1Options): RawRequest {
  const method = options.method ?? 'GET'
  const params: Record<string, string> = {
    Action: 'CreateApiKey',
    Version: '2018-08-08',
    Timestamp: String(options.timestamp ?? nowSeconds()),
    Nonce: String(1 + Math.floor(Math.random() * 1e6)),
    SecretId: options.secretId,
    ...(options.signatureMethod ? { SignatureMethod: options.signatureMethod } : {}),
    ...options.common,
    ...parameters,
  }
  const signString = `${method}${endpoint}/?${Object.keys(params)
    .sort()
    .map((name) => `${name}=${params[name]}`)
    .join('&')}`
  params.Signature = Sign.sign(options.secretKey, signString, options.signatureMethod ?? 'HmacSHA1')
  const encoded = new URLSearchParams(params).toString()
  return method === 'GET'
    ? { method, path: `/?${encoded}`, headers: {} }
    : { method, headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: encoded }
}

/** The error code of an answer, or `Success`. */
export const codeOf = (answer: WireAnswer): string => ('Error' in answer.body.Response ? answer.body.Response.Error.Code : 'Success')
