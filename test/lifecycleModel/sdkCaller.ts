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
  close(): void
}

export function sdkCaller(endpoint: string): SdkCaller {
  const agent = new http.Agent({ keepAlive: true })
  const client = new tencentcloud.apigateway.v20180808.Client({
    credential: defaultCredential,
    region: 'ap-guangzhou',
    // An explicit agent also keeps the SDK away from any http_proxy in the environment.
    profile: { httpProfile: { endpoint, protocol: 'http://', reqMethod: 'POST', agent } },
  })
  return {
    async call(action, request) {
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
    },
    close: () => agent.destroy(),
  }
}
