/**
 * conform never sends a request that names a key it did not create, in any wire form. Two layers, each a property
 * over the package's invalid cases (the problem drawn, a wrong type included) and over raw values of any type:
 * safeRequest makes every case of an action on one key, built in each of the four forms and read back as the server
 * reads it (wireForms.ts readBack), name only ids the run issued; and Session.send, the last guard, refuses (Unsendable)
 * any request whose read-back names another id or would create a key under a name not the run's, before it is sent
 * (the emulator, really started, receives none of them). FC_NUM_RUNS sets the cases (default 10,000).
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { actionArbitraries } from '../src/arbitraries/index.js'
import { runtimeActions, type ActionName } from '../src/actions.js'
import { buildWireRequest } from '../src/client/index.js'
import { creatingActions, keyActions, safeRequest } from '../src/conform/checks/requests.js'
import { KeyTracker } from '../src/conform/keys.js'
import { Session, Unsendable } from '../src/conform/session.js'
import { allForms, formName, readBack } from '../src/conform/wireForms.js'
import { stringsIn } from '../src/conform/values.js'
import { createEmulator, type Emulator } from '../src/emulator/index.js'
import { numRuns, seed } from './generators/run.js'

const who = { secretId: 'AKIDconformSafety00000001', secretKey: 'conformSafetySecretKey0000000001' }
const checked = [...keyActions, ...creatingActions]

/** The AccessKeyId and SecretName a server reads from the request, or undefined where it refuses the structure. */
function namesSent(action: ActionName, request: Parameters<typeof readBack>[1]) {
  const read = readBack(action, request)
  if (read.kind !== 'parameters' || typeof read.parameters !== 'object' || read.parameters === null) return undefined
  const parameters = read.parameters as Record<string, unknown>
  return { ids: stringsIn(parameters.AccessKeyId), name: parameters.SecretName, valid: runtimeActions[action].parseRequest(parameters).ok }
}

describe('safeRequest: an invalid case names only the run\'s keys in every wire form', () => {
  it(`over ${numRuns} invalid cases per action (key actions and creates), built in the four forms`, () => {
    const keys = new KeyTracker('conform', 'abcd1234')
    let sent = 0
    for (const action of checked) {
      const arbitrary = actionArbitraries[action].invalidRequest() as fc.Arbitrary<{ request: unknown; parameter?: string }>
      fc.assert(
        fc.property(arbitrary, fc.constantFrom(...allForms), (invalid, form) => {
          const safe = safeRequest(action, invalid.request, keys, invalid.parameter === undefined ? {} : { problem: invalid.parameter })
          let request
          try {
            request = buildWireRequest({ endpoint: 'http://127.0.0.1:9', ...who, signing: form.signing, method: form.method }, action, safe)
          } catch {
            return // a lone surrogate in a flat form: the client refuses to build it, nothing is sent
          }
          sent++
          const names = namesSent(action, request)
          if (!names) return
          const foreign = names.ids.filter((id) => !keys.issued(id))
          if (keyActions.includes(action)) expect(foreign, `${action} in ${formName(form)}`).toEqual([])
          else if (names.valid) {
            expect(foreign, `${action} in ${formName(form)}`).toEqual([])
            expect(names.name, `${action} in ${formName(form)}`).toMatch(/^conform-abcd1234-\d+$/)
          }
        }),
        { numRuns, seed },
      )
    }
    expect(sent).toBeGreaterThan(numRuns)
  })
})

describe('Session.send: the last guard', () => {
  let emulator: Emulator
  let received = 0
  beforeAll(async () => {
    emulator = await createEmulator({ credentials: [who], rateLimitPerSecond: 0, log: { write: (line: string) => void (line.includes('"requestId"') && received++) } })
  })
  afterAll(() => emulator.close())

  /** Any JSON-ish value: what a check might put under AccessKeyId or SecretName by mistake. */
  const anyValue = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.string(), fc.constantFrom('23117455', 'AKIDsomeoneElse', 'false'), fc.array(fc.string(), { maxLength: 2 }), fc.dictionary(fc.string({ maxLength: 3 }), fc.string()))

  it('refuses every request that would name a foreign AccessKeyId or create under a foreign name; sends the rest, naming only the run\'s ids', async () => {
    const session = new Session({ endpoint: emulator.url, credentials: who, maxRequests: 1_000_000, rate: 1000, keyPrefix: 'conform', runId: 'guard123', mainForm: allForms[0]! })
    const own = session.keys.accessKeyId()
    let refused = 0
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...checked), fc.constantFrom(...allForms), anyValue, anyValue, async (action, form, id, name) => {
        const parameters = creatingActions.includes(action) ? { SecretName: name, AccessKeyType: 'manual', AccessKeyId: id, AccessKeySecret: 'conformSecret0123456789' } : { AccessKeyId: id }
        const before = received
        let exchange
        try {
          exchange = await session.send(form, action, parameters)
        } catch (error) {
          if (!(error instanceof Unsendable)) throw error
          refused++
          expect(received, 'an Unsendable request reached the server').toBe(before)
          return
        }
        const names = namesSent(action, exchange.request)
        if (!names) return
        const foreign = names.ids.filter((text) => !session.keys.issued(text))
        if (keyActions.includes(action)) expect(foreign, `${action} in ${formName(form)}`).toEqual([])
        else if (names.valid) expect({ foreign, name: names.name }).toEqual({ foreign: [], name: expect.stringMatching(/^conform-guard123-/) })
      }),
      { numRuns: Math.min(numRuns, 600), seed },
    )
    expect(refused).toBeGreaterThan(0)
    // The run's own ids still go out, and a create under the run's name is made (and cleaned up).
    expect((await session.send(allForms[2]!, 'DescribeApiKey', { AccessKeyId: own })).outcome).toMatchObject({ kind: 'tencent-error', code: 'ResourceNotFound.InvalidAccessKeyId' })
    expect((await session.send(allForms[3]!, 'CreateApiKey', { SecretName: session.keys.secretName() })).outcome.kind).toBe('success')
    await session.keys.cleanup(session.cleanupCall)
    expect(emulator.keyCount()).toBe(0)
  })
})

describe('readBack reads a query as the emulator does', () => {
  it("a TC3 GET's query keeps v1's common names (unknown parameters there); a v1 query leaves them out", () => {
    const url = 'http://127.0.0.1:1/?SecretName=x&Region=ap-guangzhou&Nonce=7'
    expect(readBack('CreateApiKey', { method: 'GET', url, headers: { Authorization: 'TC3-HMAC-SHA256 Credential=...' }, body: '' })).toEqual({ kind: 'parameters', parameters: { SecretName: 'x', Region: 'ap-guangzhou', Nonce: '7' } })
    expect(readBack('CreateApiKey', { method: 'GET', url, headers: {}, body: '' })).toEqual({ kind: 'parameters', parameters: { SecretName: 'x' } })
  })
})
