/**
 * The HTTP side of the emulator, on fastify: reads bodies within the documented size limits, hands every request to
 * the pipeline and answers HTTP 200 with the Tencent envelope, including for requests fastify itself refuses.
 */
import Fastify, { LogController, type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify'
import type { ErrorCode } from '../types.js'
import { sizeLimits } from './contractLimits.js'
import { CreateApiKeyPipeline, type PipelineResult, type WireBody } from './createApiKeyPipeline.js'
import { CredentialStore } from './credentials.js'
import { errorEnvelope, newRequestId } from './envelope.js'
import { KeyStore } from './keyStore.js'
import type { EmulatorOptions } from './options.js'
import { resolveOptions } from './options.js'
import { RateLimiter } from './rateLimiter.js'

export interface Emulator {
  /** `http://host:port`. */
  readonly url: string
  /** `host:port`: what the official SDK takes as `profile.httpProfile.endpoint` (with protocol `http://`). */
  readonly endpoint: string
  readonly host: string
  readonly port: number
  /** Keys held now. */
  keyCount(): number
  /** Stops listening and closes the database. */
  close(): Promise<void>
}

/**
 * Node refuses request heads above its limit (16 KB by default) with HTTP 431 before any handler runs. The head
 * limit is raised above the 32 KB GET limit so that the emulator itself answers RequestSizeLimitExceeded.
 */
const maxHeaderSize = 2 * sizeLimits.get

const traceIdPattern = /^[\x21-\x7e]{1,128}$/

export async function createEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const settings = resolveOptions(options)
  const store = new KeyStore(settings.dataFile)
  const pipeline = new CreateApiKeyPipeline({
    credentials: new CredentialStore(settings.credentials),
    store,
    rateLimiter: new RateLimiter(settings.rateLimitPerSecond, settings.now),
    keyQuota: settings.keyQuota,
    now: settings.now,
    signedHosts: settings.signedHosts,
  })

  const app = Fastify({
    logger: settings.log ? { level: 'info', stream: settings.log } : false,
    // The request line can carry a manual AccessKeySecret in a v1 GET: fastify's request log would print it.
    logController: new LogController({ disableRequestLogging: true }),
    exposeHeadRoutes: false,
    bodyLimit: sizeLimits.postV3,
    http: { maxHeaderSize },
    frameworkErrors: (error, request, reply) => answerFrameworkError(error, request, reply),
  })

  const logging = settings.log !== false
  const send = (request: FastifyRequest, reply: FastifyReply, result: PipelineResult) => {
    if (logging || result.internalError !== undefined) {
      const log = { requestId: result.requestId, method: request.method, signature: result.signatureVersion, secretId: result.secretId, outcome: result.outcome }
      if (result.internalError !== undefined) request.log.error({ ...log, err: result.internalError }, 'CreateApiKey failed inside the emulator')
      else request.log.info(log, 'CreateApiKey')
    }
    const traceId = request.headers['x-tc-traceid']
    if (typeof traceId === 'string' && traceIdPattern.test(traceId)) reply.header('x-tc-traceid', traceId)
    reply.code(200).header('content-type', 'application/json; charset=utf-8').send(JSON.stringify(result.response))
  }

  const sendError = (request: FastifyRequest, reply: FastifyReply, code: ErrorCode, message: string) => {
    const requestId = newRequestId()
    send(request, reply, { requestId, response: errorEnvelope(code, message, requestId), outcome: code })
  }

  function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE': {
        const v1 = String(request.headers['content-type'] ?? '').toLowerCase().includes('x-www-form-urlencoded')
        return sendError(request, reply, 'RequestSizeLimitExceeded', v1 ? `A v1 (form) POST body may be at most ${sizeLimits.postV1} bytes (1 MB).` : `A v3 POST body may be at most ${sizeLimits.postV3} bytes (10 MB).`)
      }
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendError(request, reply, 'UnsupportedOperation.UnpackError', 'The Content-Type header is malformed: use application/json (signature v3) or application/x-www-form-urlencoded (signature v1).')
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return sendError(request, reply, 'UnsupportedOperation.UnpackError', 'The body length does not match the Content-Length header.')
      case 'FST_ERR_BAD_URL':
        return sendError(request, reply, 'UnsupportedOperation.UnpackError', 'The request URL is malformed.')
      default:
        if (typeof error.statusCode === 'number' && error.statusCode < 500) {
          return sendError(request, reply, 'UnsupportedOperation.UnpackError', 'The request could not be read.')
        }
        request.log.error({ err: error }, 'emulator error')
        return sendError(request, reply, 'InternalError', 'The emulator failed while handling the request; its log has the details.')
    }
  }

  // Only the two wire formats are read, each within its own limit; any other body is left unread and refused.
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: sizeLimits.postV3 }, (_request, raw, done) =>
    done(null, { kind: 'json', raw: raw as Buffer } satisfies WireBody),
  )
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'buffer', bodyLimit: sizeLimits.postV1 }, (_request, raw, done) =>
    done(null, { kind: 'form', raw: raw as Buffer } satisfies WireBody),
  )
  app.addContentTypeParser('*', (request, _payload, done) =>
    done(null, { kind: 'unsupported', mediaType: String(request.headers['content-type'] ?? '') } satisfies WireBody),
  )

  const handle = async (request: FastifyRequest, reply: FastifyReply) => {
    const body = (request.body as WireBody | undefined) ?? { kind: 'none' }
    if (body.kind === 'unsupported') reply.header('connection', 'close')
    send(request, reply, await pipeline.handle({ method: request.method, url: request.url, headers: request.headers, body }))
    return reply
  }
  app.route({ method: ['GET', 'POST'], url: '/', handler: handle })
  // Other paths and methods get the envelope too (UnsupportedOperation / UnsupportedProtocol from the pipeline).
  app.setNotFoundHandler(handle)
  app.setErrorHandler(answerFrameworkError)

  try {
    await app.listen({ port: settings.port, host: settings.host })
  } catch (error) {
    store.close()
    throw error
  }
  const address = app.server.address()
  const port = typeof address === 'object' && address ? address.port : settings.port
  const hostForUrl = settings.host.includes(':') ? `[${settings.host}]` : settings.host
  const endpoint = `${hostForUrl}:${port}`
  let closing: Promise<void> | undefined
  return {
    url: `http://${endpoint}`,
    endpoint,
    host: settings.host,
    port,
    keyCount: () => store.count(),
    close: () =>
      (closing ??= app.close().finally(() => {
        store.close()
      })),
  }
}
