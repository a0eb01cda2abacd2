/**
 * `auth.*`: authentication failures get the documented AuthFailure codes. Each run draws a form (v1 with either
 * signature method) and a valid request of any action (made safe: a server that does not check would act on this
 * run's names only) and breaks one thing of its authentication: the signature (signed with another SecretKey, or one character of it changed), the SecretId
 * (one no account has), the timestamp (beyond the signing window), the session token (another, with temporary
 * credentials only), or the signature itself (missing or garbled).
 */
import fc from 'fast-check'
import { actionArbitraries } from '../../arbitraries/index.js'
import { actionNames, type ActionName } from '../../actions.js'
import { signatureMaxSkewSeconds } from '../../../generated/contractLimits.js'
import type { WireRequest } from '../../client/index.js'
import type { ErrorCodeOf } from '../../types.js'
import type { WireForm } from '../options.js'
import { expectThat } from '../property.js'
import { Unsendable, type SessionOverrides } from '../session.js'
import { formName, hasLoneSurrogate, isJsonForm, withEveryMethod } from '../wireForms.js'
import { describeOutcome, propertyCheck, type Check, type CheckContext } from './check.js'
import { safeRequest } from './requests.js'

type Code = ErrorCodeOf<ActionName>
/** Seconds beyond the window a stale timestamp is at least, so clocks a little apart still disagree. */
const staleMargin = 60

const anyCall = fc.constantFrom(...actionNames).chain((action) => (actionArbitraries[action].validRequest() as fc.Arbitrary<unknown>).map((request) => ({ action, request })))

/** The first letter or digit of the `Signature=` value (TC3 Authorization, v1 query or body) changed to another. */
export function changeSignature(text: string): string {
  return text.replace(/((?:^|[?&,\s])Signature=)([^&,\s]*)/, (_, name: string, value: string) => {
    const at = value.search(/[A-Za-z0-9]/)
    if (at < 0) return `${name}A${value}`
    // Within its class (a digit, a lower-case or an upper-case letter), so a hex signature stays hex.
    const c = value[at]!
    const changed = /[0-9]/.test(c) ? (c === '0' ? '1' : '0') : /[a-z]/.test(c) ? (c === 'a' ? 'b' : 'a') : c === 'A' ? 'B' : 'A'
    return `${name}${value.slice(0, at)}${changed}${value.slice(at + 1)}`
  })
}

/** The request without its signature: TC3 without the Authorization header, v1 without the Signature parameter. */
export function withoutSignature(request: WireRequest): WireRequest {
  const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => name.toLowerCase() !== 'authorization'))
  const drop = (encoded: string) => encoded.split('&').filter((pair) => !pair.startsWith('Signature=')).join('&')
  const at = request.url.indexOf('?')
  const url = at < 0 ? request.url : `${request.url.slice(0, at)}?${drop(request.url.slice(at + 1))}`
  const form = Object.entries(request.headers).some(([name, value]) => name.toLowerCase() === 'content-type' && value.startsWith('application/x-www-form-urlencoded'))
  return { ...request, headers, url, body: form ? drop(request.body) : request.body }
}

/** A TC3 Authorization that is not one (v1 has no such header: there the signature is garbled instead). */
const garbled = (request: WireRequest): WireRequest => {
  const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => name.toLowerCase() !== 'authorization'))
  return { ...request, headers: { ...headers, Authorization: 'conform-garbled-authorization' } }
}

/** A change to the request's authentication, and the codes the contract gives it. */
interface Breakage {
  readonly label: string
  readonly overrides: SessionOverrides
  readonly expected: readonly Code[]
}

/** A drawn breakage (plain data, so the counterexample prints) and what it does in a form. */
function authCheck<D>(spec: { id: string; title: string; breakage: fc.Arbitrary<D>; apply: (drawn: D, form: WireForm) => Breakage; appliesTo?: Check['appliesTo']; everyForm?: true }): Check {
  const check = propertyCheck({
    id: `auth.${spec.id}`,
    title: spec.title,
    // everyForm: each run's breakage in every form and signature method of the run (the form drawn is then the main one).
    requestsPerRun: spec.everyForm ? (forms) => withEveryMethod(forms).length : 1,
    // A form of the run's, a v1 one with either signature method: a server may check HmacSHA256 signatures and take
    // any HmacSHA1 one (the method the SDKs' v1 defaults to, and the serverless toolkit's), which only a broken one shows.
    arbitrary: (context: CheckContext) => fc.record({ form: spec.everyForm ? fc.constant(context.mainForm) : fc.constantFrom(...withEveryMethod(context.forms)), call: anyCall, breakage: spec.breakage }),
    property: async ({ session, forms }, { form: drawn, call, breakage }) => {
      const request = safeRequest(call.action, call.request, session.keys)
      const targets = spec.everyForm ? withEveryMethod(forms) : [drawn]
      // A request one of them cannot carry (a lone surrogate in a flat form) is skipped before any is sent.
      if (targets.some((form) => !isJsonForm(form)) && hasLoneSurrogate(request)) throw new Unsendable('a flat form of the run cannot carry a lone surrogate')
      for (const form of targets) {
        const broken = spec.apply(breakage, form)
        const exchange = await session.send(form, call.action, request, broken.overrides)
        const code = exchange.outcome.kind === 'tencent-error' ? exchange.outcome.code : undefined
        expectThat(
          code !== undefined && (broken.expected as readonly string[]).includes(code),
          `${call.action} in ${formName(form)} with ${broken.label} should get ${broken.expected.join(' or ')}, got ${describeOutcome(exchange)}`,
        )
      }
    },
    after: async ({ session }) => {
      await session.keys.cleanup(session.cleanupCall)
    },
  })
  return spec.appliesTo ? { ...check, appliesTo: spec.appliesTo } : check
}

const changeEverySignature = (request: WireRequest): WireRequest => ({
  ...request,
  url: changeSignature(request.url),
  body: changeSignature(request.body),
  headers: Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, name.toLowerCase() === 'authorization' ? changeSignature(value) : value])),
})

export const authChecks: readonly Check[] = [
  authCheck({
    id: 'signature',
    // Signatures are checked per form and method, by different code: each run tries its breakage in all of them.
    title: 'a bad signature gets AuthFailure.SignatureFailure, in every form and signature method of the run',
    everyForm: true,
    breakage: fc.oneof(fc.record({ otherSecretKey: fc.stringMatching(/^[A-Za-z0-9]{20,40}$/) }), fc.constant({ changeOneCharacter: true as const })),
    apply: (drawn) =>
      'otherSecretKey' in drawn
        ? { label: 'a signature made with another SecretKey', overrides: { secretKey: `conform${drawn.otherSecretKey}` }, expected: ['AuthFailure.SignatureFailure'] }
        : { label: 'one character of the signature changed', overrides: { tamper: changeEverySignature }, expected: ['AuthFailure.SignatureFailure'] },
  }),
  authCheck({
    id: 'secret-id',
    title: 'an unknown SecretId gets AuthFailure.SecretIdNotFound or AuthFailure.InvalidSecretId',
    breakage: fc.stringMatching(/^[A-Za-z0-9]{16,32}$/).map((suffix) => ({ secretId: `AKIDconform${suffix}` })),
    apply: ({ secretId }) => ({ label: 'a SecretId no account has', overrides: { secretId }, expected: ['AuthFailure.SecretIdNotFound', 'AuthFailure.InvalidSecretId'] }),
  }),
  authCheck({
    id: 'timestamp',
    title: `a timestamp more than ${signatureMaxSkewSeconds} s from the server's clock gets AuthFailure.SignatureExpire`,
    breakage: fc.record({ skewSeconds: fc.integer({ min: signatureMaxSkewSeconds + staleMargin, max: 7 * 24 * 3600 }), ahead: fc.boolean() }),
    apply: ({ skewSeconds, ahead }) => ({
      label: `a timestamp ${skewSeconds} s ${ahead ? 'ahead' : 'behind'}`,
      overrides: { timestamp: Math.floor(Date.now() / 1000) + (ahead ? skewSeconds : -skewSeconds) },
      expected: ['AuthFailure.SignatureExpire'],
    }),
  }),
  authCheck({
    id: 'token',
    title: 'a wrong session token gets AuthFailure.TokenFailure (run with temporary credentials only)',
    // The contract's TokenFailure is a temporary credential's token wrong or expired; what a token sent with a
    // permanent SecretId gets is not documented, so without TENCENTCLOUD_SESSION_TOKEN there is nothing to check.
    appliesTo: (credentials) => credentials.token !== undefined && credentials.token !== '',
    breakage: fc.stringMatching(/^[A-Za-z0-9]{24,48}$/).map((suffix) => ({ token: `conform${suffix}` })),
    apply: ({ token }) => ({ label: 'a session token that is not the credential\'s', overrides: { token }, expected: ['AuthFailure.TokenFailure'] }),
  }),
  authCheck({
    id: 'missing',
    title: 'a missing or garbled signature gets AuthFailure.InvalidAuthorization (TC3; MissingParameter for v1 without Signature)',
    breakage: fc.constantFrom('missing' as const, 'garbled' as const),
    apply: (drawn, form): Breakage => {
      if (form.signing === 'v1') {
        return drawn === 'missing'
          ? { label: 'no Signature parameter', overrides: { tamper: withoutSignature }, expected: ['MissingParameter'] }
          : { label: 'a garbled Signature', overrides: { tamper: changeEverySignature }, expected: ['AuthFailure.SignatureFailure'] }
      }
      return drawn === 'missing'
        ? // A GET without Authorization is read as a v1 call, which then lacks its Action (decision emulator-transport-errors).
          { label: 'no Authorization header', overrides: { tamper: withoutSignature }, expected: form.method === 'GET' ? ['AuthFailure.InvalidAuthorization', 'MissingParameter'] : ['AuthFailure.InvalidAuthorization'] }
        : { label: 'a garbled Authorization header', overrides: { tamper: garbled }, expected: ['AuthFailure.InvalidAuthorization'] }
    },
  }),
]
