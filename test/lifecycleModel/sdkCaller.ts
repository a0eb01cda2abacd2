/**
 * Calls the emulator through the official Node SDK (tencentcloud-sdk-nodejs, TC3-HMAC-SHA256 over loopback HTTP),
 * one method per action as a user's code would, and reads every answer with the action's own parse<Action>Response
 * (runtimeActions): an answer that breaks the contract fails the test, whatever the model expects.
 */
import http from 'node:http'
import { createRequire } from 'node:module'
import { runtimeActions, type ActionName } from '../../src/actions.js'
import { defaultCredential } from '../../src/emulator/index.js'

const require = createRequire(import.meta.url)
type SdkMethod = (request: object) => Promise<{ Result: unknown; RequestId: string }>
const tencentcloud = require('tencentcloud-sdk-nodejs') as { apigateway: { v20180808: { Client: new (config: object) => Record<ActionName, SdkMethod> } } }

export type Answer = { readonly ok: true; readonly code: 'Success'; readonly result: unknown } | { readonly ok: false; readonly code: string; readonly message: string }

export interface SdkCaller {
  call(action: ActionName, request: object): Promise<Answer>
  /** v1 calls signed again because the SDK drew a Nonce the emulator had just seen for the same request. */
  replays(): number
  close(): void
}

/**
 * How the SDK sends: signature v3 with a JSON body (its default), or signature v1 as a form POST or a GET query, where
 * the SDK flattens the request (`Filters.0.Values.1`), sends every value as a string and drops empty arrays.
 */
export const transports = {
  'TC3 JSON POST': { signMethod: 'TC3-HMAC-SHA256', reqMethod: 'POST', form: false },
  'v1 HmacSHA256 form POST': { signMethod: 'HmacSHA256', reqMethod: 'POST', form: true },
  'v1 HmacSHA1 GET': { signMethod: 'HmacSHA1', reqMethod: 'GET', form: true },
} as const
export type Transport = keyof typeof transports

export function sdkCaller(endpoint: string, transport: Transport): SdkCaller {
  const agent = new http.Agent({ keepAlive: true })
  const { signMethod, reqMethod } = transports[transport]
  let replays = 0
  const client = new tencentcloud.apigateway.v20180808.Client({
    credential: defaultCredential,
    region: 'ap-guangzhou',
    // An explicit agent also keeps the SDK away from any http_proxy in the environment.
    profile: { signMethod, httpProfile: { endpoint, protocol: 'http://', reqMethod, agent } },
  })
  return {
    async call(action, request) {
      for (let attempt = 1; ; attempt++) {
        const answer = await once(action, request)
        // The SDK draws a v1 Nonce from 0–65535: two identical calls in one second may carry the same one, and the
        // emulator then refuses the second as a replay (decision emulator-replay) before reading it. A client signs
        // again with a fresh Nonce; so does this. Only this refusal's message tells it from another InvalidParameter.
        const replayed = !answer.ok && answer.code === 'InvalidParameter' && answer.message.startsWith('Invalid parameter Nonce')
        if (!replayed || attempt === 3) return answer
        replays++
      }
    },
    replays: () => replays,
    close: () => agent.destroy(),
  }

  async function once(action: ActionName, request: object): Promise<Answer> {
    let envelope: unknown
    try {
      envelope = { Response: await client[action](request) }
    } catch (error) {
      const { code, message, requestId } = error as { code?: unknown; message: string; requestId?: unknown }
      // Not an API error (a transport failure, a body the SDK cannot read): the test fails with it.
      if (typeof code !== 'string') throw error
      envelope = { Response: { Error: { Code: code, Message: message }, RequestId: requestId } }
    }
    const parsed = runtimeActions[action].parseResponse(envelope)
    if (parsed.kind === 'invalid') {
      throw new Error(`${action} answer breaks the contract: ${parsed.violations.map((v) => `${v.path} ${v.rule}`).join('; ')}`)
    }
    return parsed.kind === 'success' ? { ok: true, code: 'Success', result: parsed.result } : { ok: false, code: parsed.error.Code, message: parsed.error.Message }
  }
}
