/**
 * The HTTP side of the emulator, on fastify: reads bodies within the documented size limits, hands every request to
 * the pipeline and answers HTTP 200 with the Tencent envelope, including for requests fastify itself refuses.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { Duplex } from 'node:stream'
import Fastify, { LogController, type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify'
import type { EmulatorErrorCode } from './apiFailure.js'
import { actionNames, signatureMaxSkewSeconds, sizeLimitLabels, sizeLimits } from './contractLimits.js'
import { ActionPipeline, type PipelineResult, type PipelineSettings, type WireBody } from './pipeline.js'
import { CredentialStore, defaultCredential, type EmulatorCredential } from './credentials.js'
import { errorEnvelope, newRequestId } from './envelope.js'
import { KeyStore } from './keyStore.js'
import { isLoopbackHost, usableEndpoints } from './listenAddresses.js'
import type { EmulatorOptions } from './options.js'
import { resolveOptions } from './options.js'
import { RateLimiter } from './rateLimiter.js'
import { ReplayGuard } from './replayGuard.js'

export interface Emulator {
  /** `http://host:port`, with the first of `endpoints`. */
  readonly url: string
  /**
   * `host:port`: what the official SDK takes as `profile.httpProfile.endpoint` (with protocol `http://`). For a
   * wildcard host (`0.0.0.0`, `::`) a loopback address, which a client can use, not the wildcard.
   */
  readonly endpoint: string
  /** Every `host:port` a client can use: loopback first, then (for a wildcard host) the machine's interface addresses. */
  readonly endpoints: readonly string[]
  /** True when the emulator listens beyond loopback (other machines may reach it). */
  readonly beyondLoopback: boolean
  /** The host option, as given. */
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

/** The published default credential is accepted: anyone who reads the README can sign with it. */
const acceptsPublicCredential = (credentials: readonly EmulatorCredential[]) =>
  credentials.some((credential) => credential.secretId === defaultCredential.secretId && credential.secretKey === defaultCredential.secretKey)

/** How often Node checks requests against requestTimeout (its default is 30 s): a request is cut off within 1 s of it. */
const connectionsCheckingInterval = 1000

const traceIdPattern = /^[\x21-\x7e]{1,128}$/

/** The log message of a request refused before routing (its action is not known). */
const unrouted = 'unrouted'
/** The log's outcome of a request cut off by requestTimeoutMs: Node's bare 408, not an envelope. */
export const requestTimeoutOutcome = 'HTTP 408 Request Timeout'
/** What a method the API does not serve is told, where the pipeline cannot name it (Node refused it, or CONNECT). */
const unsupportedMethod = 'The HTTP method is not supported: use POST (recommended) or GET.'

export async function createEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const settings = resolveOptions(options)
  // Beyond loopback the public default credential would let anyone on the network in (decision emulator-exposure).
  if (!isLoopbackHost(settings.host) && acceptsPublicCredential(settings.credentials)) {
    throw new Error(
      `Refusing to listen on ${settings.host} with the public default credential: beyond loopback, configure credentials (the credentials option; for the CLI, APIKEY_EMULATOR_SECRET_ID and APIKEY_EMULATOR_SECRET_KEY), or listen on 127.0.0.1.`,
    )
  }
  const store = new KeyStore(settings.dataFile, { lockWaitMs: settings.lockWaitMs })
  const pipeline = new ActionPipeline({
    credentials: new CredentialStore(settings.credentials),
    store,
    // The option's one rate for every action (the documented rates are all equal: contractLimits.ts checks it).
    rateLimiters: Object.fromEntries(actionNames.map((action) => [action, new RateLimiter(settings.rateLimitPerSecond, settings.now)])) as PipelineSettings['rateLimiters'],
    replayGuard: new ReplayGuard(signatureMaxSkewSeconds, settings.now),
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
    // Slow clients (decision emulator-slow-clients); each limit closes one way of holding a socket:
    // - requestTimeout (fastify sets Node's server.requestTimeout, else to 0): the head and the body must have arrived
    //   within requestTimeoutMs of the request's start, else 408 and close: a client trickling a byte every few
    //   seconds, into the head or the body. Node enforces it on bodies only while headersTimeout (60 s by default) is
    //   not longer (observed on Node 20), so headersTimeout is the same time; Node checks that against the
    //   requestTimeout it is created with, so that is passed too.
    // - connectionTimeout (fastify: server.setTimeout, the socket's idle timeout): a connection silent for
    //   idleTimeoutMs while a request is read or answered is destroyed: a body that stalls.
    // - keepAliveTimeout (Node): an idle kept-alive connection is closed after keepAliveTimeoutMs; between requests
    //   it replaces the idle timeout, so kept-alive clients (the benchmark) are not cut off while they are active.
    // - maxConnections (Node, set below): connections beyond it are closed on accept; open ones are unaffected.
    requestTimeout: settings.requestTimeoutMs,
    connectionTimeout: settings.idleTimeoutMs,
    keepAliveTimeout: settings.keepAliveTimeoutMs,
    // joinDuplicateHeaders: a repeated header is one list (RFC 9110 §5.3), which then fails that header's own check
    // (two Authorization headers: InvalidAuthorization), instead of Node keeping the first and dropping the others.
    http: { maxHeaderSize, connectionsCheckingInterval, headersTimeout: settings.requestTimeoutMs, requestTimeout: settings.requestTimeoutMs, joinDuplicateHeaders: true },
    frameworkErrors: (error, request, reply) => answerFrameworkError(error, request, reply),
    clientErrorHandler: (error, socket) => answerClientError(error, socket),
    // A request that arrives while closing (pipelined behind one being answered) is refused by `handle` with the
    // envelope, without running, instead of fastify's 503 without it.
    return503OnClosing: false,
  })

  /**
   * What Node's HTTP parser refuses before any request exists (a method token it does not know, a malformed
   * Content-Length, Transfer-Encoding or chunk, a head over maxHeaderSize) is answered with the envelope too, and the
   * connection closed: after a framing error the bytes that follow cannot be trusted (decision
   * emulator-transport-errors). A request timeout keeps Node's 408: no request arrived whole to be answered
   * (decision emulator-slow-clients).
   */
  function answerClientError(error: NodeJS.ErrnoException, socket: Duplex) {
    // A reset: nothing can be written any more.
    if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy()
    // Bytes that broke (or ended, or timed out) after requests still being answered: those answers come first, then
    // the connection closes.
    if (owesAnswers(socket as Socket)) return void closeWhenAnswered.add(socket as Socket)
    // The client ended its side in the middle of a request, and is owed nothing: nobody to answer.
    if (error.code === 'HPE_INVALID_EOF_STATE') return void socket.destroy()
    if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
      // The request cut off gets no second answer, and its log line says what the client got (no envelope, no RequestId).
      brokenFraming.add(socket as Socket)
      if (logging) app.log.info({ outcome: requestTimeoutOutcome }, unrouted)
      return void endWith(socket, 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
    }
    const [code, message]: [EmulatorErrorCode, string] =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? ['RequestSizeLimitExceeded', `A request head may be at most ${maxHeaderSize} bytes; a GET request, its query included, at most ${sizeLimits.get} bytes (${sizeLimitLabels.get}).`]
        : error.code === 'HPE_INVALID_METHOD'
          ? ['UnsupportedProtocol', unsupportedMethod]
          : ['UnsupportedOperation.UnpackError', 'The request is not well-formed HTTP/1.1 (its request line, a header, its length or its chunks).']
    answerOnSocket(socket, code, message)
  }

  /**
   * The envelope written straight to a connection, which then closes: for what never becomes a fastify request. The
   * request it broke, if Node still makes one, gets no second answer (brokenFraming).
   */
  function answerOnSocket(socket: Duplex, code: EmulatorErrorCode, message: string) {
    brokenFraming.add(socket as Socket)
    const requestId = newRequestId()
    if (logging) app.log.info({ requestId, outcome: code }, unrouted)
    const body = JSON.stringify(errorEnvelope(code, message, requestId))
    endWith(socket, `HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`)
  }
  /** Writes the last bytes, then destroys: the answer is flushed, and the connection does not stay half-open (httpAllowHalfOpen). */
  const endWith = (socket: Duplex, text: string) => socket.end(text, () => socket.destroy())
  // CONNECT asks for a tunnel: Node hands over the connection (and closes it unanswered when nobody listens). The API
  // serves POST and GET only, so it gets what any other method gets (decision emulator-transport-errors).
  app.server.on('connect', (_request: IncomingMessage, socket: Duplex) => {
    // Node took its own error handler off the connection before handing it over: without one, a reset would be thrown.
    socket.on('error', () => socket.destroy())
    // Behind requests still being answered: those answers come first, then the connection closes (as a framing error).
    if (owesAnswers(socket as Socket)) return void closeWhenAnswered.add(socket as Socket)
    answerOnSocket(socket, 'UnsupportedProtocol', unsupportedMethod)
  })
  // An Expect other than 100-continue: Node answers 417 without the envelope when nobody listens. RFC 9110 lets a
  // server ignore it, so the request is served as any other.
  app.server.on('checkExpectation', (request: IncomingMessage, response: ServerResponse) => app.server.emit('request', request, response))

  // Without a log destination fastify's logger is a no-op: the record is not even built.
  const logging = settings.log !== false
  const send = (request: FastifyRequest, reply: FastifyReply, result: PipelineResult) => {
    // Its connection already carried the framing error's answer (answerClientError), logged there.
    if (brokenFraming.has(request.raw.socket)) return
    if (logging) {
      const log = { requestId: result.requestId, method: request.method, signature: result.signatureVersion, secretId: result.secretId, outcome: result.outcome }
      // The message is the action; a request refused before it was routed has none.
      const action = result.action ?? unrouted
      if (result.internalError !== undefined) request.log.error({ ...log, err: result.internalError }, `${action} failed inside the emulator`)
      else request.log.info(log, action)
    }
    const traceId = request.headers['x-tc-traceid']
    if (typeof traceId === 'string' && traceIdPattern.test(traceId)) reply.header('x-tc-traceid', traceId)
    reply.code(200).header('content-type', 'application/json; charset=utf-8').send(JSON.stringify(result.response))
  }

  const sendError = (request: FastifyRequest, reply: FastifyReply, code: EmulatorErrorCode, message: string) => {
    const requestId = newRequestId()
    send(request, reply, { requestId, response: errorEnvelope(code, message, requestId), outcome: code })
  }

  function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE': {
        const v1 = String(request.headers['content-type'] ?? '').toLowerCase().includes('x-www-form-urlencoded')
        return sendError(request, reply, 'RequestSizeLimitExceeded', v1 ? `A v1 (form) POST body may be at most ${sizeLimits.postV1} bytes (${sizeLimitLabels.postV1}).` : `A v3 POST body may be at most ${sizeLimits.postV3} bytes (${sizeLimitLabels.postV3}).`)
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

  // Closing: Node's close waits for every open connection and stops the timer that enforces requestTimeout, so one
  // client trickling a request would hold it open for as long as it trickles. So a close sends the answers owed
  // (then those connections close) and cuts at once every connection that is owed none: sending, stalled or idle.
  let closing: Promise<void> | undefined
  const connections = new Set<Socket>()
  /**
   * The requests owed an answer on each connection, from the moment Node has read a request's head to the end of
   * its answer. Node handles the requests pipelined on one connection together and sends their answers in order. One
   * still being received (`complete` false) is owed nothing yet: a close or a framing error may cut it.
   */
  const owed = new Map<Socket, Set<IncomingMessage>>()
  /** The newest request received whole on the connection and not yet answered (a Set keeps arrival order). */
  const newestWhole = (socket: Socket) => {
    let newest: IncomingMessage | undefined
    for (const request of owed.get(socket) ?? []) if (request.complete) newest = request
    return newest
  }
  const owesAnswers = (socket: Socket) => newestWhole(socket) !== undefined
  /** Connections whose framing error (or request timeout) was answered: the request it broke gets no second answer. */
  const brokenFraming = new WeakSet<Socket>()
  /** Connections to close once the answers owed on them are sent (bytes after those requests broke HTTP). */
  const closeWhenAnswered = new WeakSet<Socket>()
  app.server.on('connection', (socket: Socket) => {
    connections.add(socket)
    socket.once('close', () => {
      connections.delete(socket)
      owed.delete(socket)
    })
  })
  /** Connections ended after their last answer: a request Node still reads from one is not run (nothing could answer it). */
  const ending = new WeakSet<Socket>()
  const toClose = (socket: Socket) => closing !== undefined || closeWhenAnswered.has(socket)
  const answered = (socket: Socket, request: IncomingMessage) => {
    const requests = owed.get(socket)
    requests?.delete(request)
    if (requests?.size === 0) owed.delete(socket)
    // A request still arriving behind the last answer is cut: it has not run, and never will (see `ending`).
    if (toClose(socket) && !owesAnswers(socket)) {
      ending.add(socket)
      socket.end(() => socket.destroy())
    }
  }

  app.server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const socket = request.socket
    const requests = owed.get(socket) ?? new Set<IncomingMessage>()
    owed.set(socket, requests.add(request))
    response.once('close', () => answered(socket, request))
  })

  const handle = async (request: FastifyRequest, reply: FastifyReply) => {
    const socket = request.raw.socket
    if (ending.has(socket)) return reply
    const body = (request.body as WireBody | undefined) ?? { kind: 'none' }
    // A body left unread: the connection closes once the answers owed on it are sent.
    if (body.kind === 'unsupported') closeWhenAnswered.add(socket)
    // A request that starts while closing is refused without running: its answer may never be sent.
    const result = closing !== undefined ? closingRefusal() : await pipeline.handle({ method: request.method, url: request.url, headers: request.headers, body })
    // On a connection that is to close, only the answer to the newest request received whole says so (whichever
    // handler finishes first): Node drops the answers queued behind one that does, and their requests have run.
    // fastify marks every answer while closing; the others are kept alive.
    if (toClose(socket)) {
      // (A request whose body was left unread is not whole: then no newer one is.)
      const newest = newestWhole(socket)
      if (newest === undefined || newest === request.raw) reply.header('connection', 'close')
      else reply.removeHeader('connection')
    }
    send(request, reply, result)
    return reply
  }
  const closingRefusal = (): PipelineResult => {
    const requestId = newRequestId()
    return { requestId, response: errorEnvelope('InternalError', 'The emulator is closing: the request was not run.', requestId), outcome: 'InternalError' }
  }
  app.route({ method: ['GET', 'POST'], url: '/', handler: handle })
  // Other paths and methods get the envelope too (UnsupportedOperation / UnsupportedProtocol from the pipeline).
  app.setNotFoundHandler(handle)
  app.setErrorHandler(answerFrameworkError)

  app.server.maxConnections = settings.maxConnections
  // A client that ends its side after its requests still gets their answers (Node's default closes at once, and a
  // request that already ran would be stored with its answer lost); the connection then closes. The flag is the one
  // Node's HTTP server reads when a client ends (lib/_http_server.js, socketOnEnd), untyped; a wire test holds it.
  ;(app.server as { httpAllowHalfOpen?: boolean }).httpAllowHalfOpen = true

  try {
    await app.listen({ port: settings.port, host: settings.host })
  } catch (error) {
    store.close()
    throw error
  }
  // Every address fastify bound (`localhost` may be two); TCP only, so each is an AddressInfo, never a pipe name.
  const bound = app.addresses() as AddressInfo[]
  const port = bound[0]!.port
  const endpoints = [...new Set(bound.flatMap((address) => usableEndpoints(address.address, address.port)))]
  const endpoint = endpoints[0]!
  return {
    url: `http://${endpoint}`,
    endpoint,
    endpoints,
    beyondLoopback: bound.some((address) => !isLoopbackHost(address.address)),
    host: settings.host,
    port,
    keyCount: () => store.count(),
    close: () =>
      (closing ??= (() => {
        const closed = app.close()
        for (const socket of connections) if (!owesAnswers(socket)) socket.destroy()
        // A handler waits at most lockWaitMs (then answers InternalError): past that, nothing is left to answer.
        const deadline = setTimeout(() => app.server.closeAllConnections(), settings.lockWaitMs + 1000)
        return closed.finally(() => {
          clearTimeout(deadline)
          store.close()
        })
      })()),
  }
}
