/**
 * What one injected fault is: a data entry the fault server (../faultServer.ts) applies to the traffic between a
 * client and the real emulator. A fault changes requests before they are forwarded, answers after, or both; every
 * answer it writes is still valid JSON in the Tencent envelope, HTTP 200, with a correct Content-Length.
 */
import type { EmulatorCredential } from '../../../src/emulator/index.js'

/** A request as the proxy received it (headers by lower-case name), or as it forwards it. */
export interface ProxiedRequest {
  readonly method: string
  /** Path and query, as sent (`/?Action=...`). */
  readonly url: string
  readonly headers: Readonly<Record<string, string>>
  readonly body: Buffer
}

/** The action a request names and its parameters: JSON values for TC3 POST, flat strings (`Filters.0.Name`) otherwise. */
export interface WireCall {
  readonly action: string | undefined
  readonly parameters: Readonly<Record<string, unknown>>
  readonly signing: 'tc3' | 'v1'
}

/** An answer's JSON body: `{ Response: { Result?, Error?, RequestId } }`. */
export type Envelope = { Response: Record<string, unknown> }

export interface FaultContext {
  /** The one credential the emulator accepts (the proxy signs its own calls, or re-signs requests, with it). */
  readonly credential: EmulatorCredential
  /** A call of the proxy's own, signed TC3 JSON POST straight to the emulator; resolves with the answer's JSON. */
  readonly call: (action: string, parameters: object) => Promise<Envelope>
  /** Memory a fault keeps across requests of one server (the first RequestId seen, first secrets...). */
  readonly state: Map<string, unknown>
  /** Seconds since the epoch. */
  readonly nowSeconds: () => number
}

export interface Fault {
  readonly name: string
  readonly description: string
  /** The conform check id (plan §2) that must report this fault as failing. */
  readonly expectedCheck: string | undefined
  /** More conform arguments the fault needs to be reached (a form other than TC3 POST). */
  readonly conformArgs?: readonly string[]
  /** The emulator's credential is temporary (it has a session token, which the client must send). */
  readonly temporaryCredential?: boolean
  /** Changes the request before it is forwarded, or answers it without forwarding (`{ answer }`). */
  readonly transformRequest?: (request: ProxiedRequest, call: WireCall, context: FaultContext) => ProxiedRequest | { answer: Envelope } | Promise<ProxiedRequest | { answer: Envelope }>
  /** Changes the JSON answer of the emulator before it is sent back. */
  readonly transformResponse?: (answer: Envelope, call: WireCall, context: FaultContext) => Envelope | Promise<Envelope>
}
