/**
 * Decision json-members: only own enumerable members count, as in JSON. Values from the request and answer
 * generators are disguised as JavaScript objects JSON reads differently (members moved into a prototype or made
 * non-enumerable, inherited and symbol-keyed extras, getters, undefined members, Object.create(null), class
 * instances, arrays with extra properties). The package's parse functions must treat each exactly as its JSON form
 * (`JSON.parse(JSON.stringify(value))`), the oracle must too, and a compiled check may pass only what JSON passes.
 */
import fc from 'fast-check'
import { describe as suite, expect, test } from 'vitest'
import { parseCreateApiKeyRequest, parseCreateApiKeyResponse } from '../src/index.js'
import { actionModels } from '../generated/actions.js'
import type { ArrayParameter } from '../generated/validators/model.js'
// CreateApiKey's, DescribeApiKey's and UpdateApiKey's Result is an ApiKey (the others': a page, a boolean): its compiled check is shared.
import { checkApiKey as compiledApiKey } from '../generated/validators/createApiKeyResponse.js'
import type { Violation } from './oracle/index.js'
import { runProperty } from './generators/run.js'
import { harnessRows } from './support/harness.js'

/** Names the validators read: an inherited or hidden one is the trap. */
const knownNames = ['SecretName', 'AccessKeyId', 'AccessKeyType', 'AccessKeyId', 'AccessKeySecret', 'Tags', 'Key', 'Value', 'Response', 'Result', 'RequestId', 'Error', 'Code', 'Message', 'Status', 'CreatedTime', 'ModifiedTime', 'Limit', 'Offset', 'Filters', 'Name', 'Values', 'TotalCount', 'ApiKeySet']
const trapValue = fc.oneof(fc.constantFrom<unknown>('x', 'auto', 'manual', 'abcdefghij', 1, 20, 101, true, 'Status', ['1'], null, [], {}, [{ Key: 'k', Value: 'v' }], [{ Name: 'Status', Values: ['1'] }], '2020-02-26T06:10:01Z', 'ad5218b4-edc3-4195-ba4d-a0ef176783ba'), fc.jsonValue({ maxDepth: 1 }))

class Thing {}
/** An array whose own methods would decide what a copy made with them is (species, slice). */
class List<T> extends Array<T> {
  static override get [Symbol.species](): ArrayConstructor {
    return function junk() { return { not: 'an array' } } as unknown as ArrayConstructor
  }
  override slice(): T[] {
    throw new Error('List.slice must not be called')
  }
}
const throwing = () => { throw new Error('an array method of the input must not be called') }

type Disguise =
  | { kind: 'plain' } | { kind: 'null prototype' } | { kind: 'class instance' }
  | { kind: 'inherit'; name: string; value: unknown } | { kind: 'move to prototype'; at: number }
  | { kind: 'hide'; at: number } | { kind: 'hidden extra'; name: string; value: unknown } | { kind: 'getter'; at: number }
  | { kind: 'symbol'; value: unknown } | { kind: 'undefined member'; name: string } | { kind: 'array extra'; name: string; value: unknown }

const name = fc.oneof(fc.constantFrom(...knownNames), fc.constantFrom('Extra', '__proto__', 'constructor', '0', 'length'))
const disguise: fc.Arbitrary<Disguise> = fc.oneof(
  fc.constant({ kind: 'plain' } as const),
  fc.constant({ kind: 'null prototype' } as const),
  fc.constant({ kind: 'class instance' } as const),
  fc.record({ kind: fc.constant('inherit' as const), name, value: trapValue }),
  fc.record({ kind: fc.constant('move to prototype' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('hide' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('hidden extra' as const), name, value: trapValue }),
  fc.record({ kind: fc.constant('getter' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('symbol' as const), value: trapValue }),
  fc.record({ kind: fc.constant('undefined member' as const), name }),
  fc.record({ kind: fc.constant('array extra' as const), name, value: trapValue }),
)

const define = (target: object, key: PropertyKey, descriptor: PropertyDescriptor) =>
  Object.defineProperty(target, key, { configurable: true, ...descriptor })

/** `value` rebuilt with the disguises, handed out in turn to each object and array (depth first). */
function disguised(value: unknown, plan: readonly Disguise[], next = { at: 0 }): unknown {
  if (typeof value !== 'object' || value === null) return value
  const step = plan.length === 0 ? ({ kind: 'plain' } as const) : plan[next.at++ % plan.length]!
  if (Array.isArray(value)) {
    const array = value.map((item) => disguised(item, plan, next))
    // Not `length`, an index or `constructor` (which would break the array itself, or fast-check's printing of it).
    if (step.kind === 'array extra') define(array, ['length', '0', 'constructor'].includes(step.name) ? 'extra' : step.name, { value: step.value, enumerable: true, writable: true })
    if (step.kind === 'symbol') define(array, Symbol('extra'), { value: step.value, enumerable: true })
    return array
  }
  const entries = Object.entries(value).map(([key, item]) => [key, disguised(item, plan, next)] as const)
  const prototype: object | null =
    step.kind === 'null prototype' ? null : step.kind === 'class instance' ? Thing.prototype : step.kind === 'inherit' || step.kind === 'move to prototype' ? {} : Object.prototype
  const target = Object.create(prototype) as Record<string, unknown>
  const chosen = entries.length === 0 ? -1 : 'at' in step ? step.at % entries.length : -1
  entries.forEach(([key, item], index) => {
    if (index === chosen && step.kind === 'move to prototype') define(prototype!, key, { value: item, enumerable: true, writable: true })
    else if (index === chosen && step.kind === 'hide') define(target, key, { value: item, enumerable: false, writable: true })
    else if (index === chosen && step.kind === 'getter') define(target, key, { get: () => item, enumerable: true })
    else define(target, key, { value: item, enumerable: true, writable: true })
  })
  if (step.kind === 'inherit') define(prototype!, step.name, { value: step.value, enumerable: true, writable: true })
  if (step.kind === 'hidden extra' && !Object.hasOwn(target, step.name)) define(target, step.name, { value: step.value, enumerable: false, writable: true })
  if (step.kind === 'symbol') define(target, Symbol(step.kind), { value: step.value, enumerable: true })
  if (step.kind === 'undefined member' && !Object.hasOwn(target, step.name)) define(target, step.name, { value: undefined, enumerable: true, writable: true })
  return target
}

/** What a receiver of the JSON text gets. */
const jsonForm = (value: unknown): unknown => JSON.parse(JSON.stringify(value))
const summary = (violations: readonly Violation[]) => [...new Set(violations.map((v) => `${v.parameter} ${v.rule}`))].sort()

/** The value with its disguises shown (fast-check prints prototypes, getters and hidden members). */
const describe = (value: unknown) => {
  try {
    return fc.stringify(value)
  } catch {
    return JSON.stringify(value)
  }
}

function same(value: unknown, what: string, actual: unknown, expected: unknown) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what} differ on ${describe(value)}\n  as given: ${JSON.stringify(actual)}\n  as JSON:  ${JSON.stringify(expected)}`)
  }
}

/**
 * `value` with every array's own methods turned against a copy made with them (JSON ignores them all): as a
 * subclass whose species makes junk and whose slice throws, or with own methods that throw and a constructor whose
 * species makes junk.
 */
function armedArrays(value: unknown, subclass: boolean): unknown {
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) {
    const array = value.map((item) => armedArrays(item, subclass))
    if (subclass) return Object.setPrototypeOf(array, List.prototype)
    for (const method of ['slice', 'map', 'concat', 'filter', 'forEach', 'splice', 'flat', 'values']) define(array, method, { value: throwing, enumerable: false })
    define(array, Symbol.iterator, { value: throwing, enumerable: false })
    define(array, 'constructor', { value: { [Symbol.species]: function junk() { return { not: 'an array' } } }, enumerable: false })
    return array
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, armedArrays(item, subclass)]))
}

/** What the throwing getters throw: an answer must never repeat it. */
const secretInThrow = 'thrown-text-7f3a'
const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value)
const unreadableMessage = 'The request body could not be read: reading one of its members threw (a getter or a Proxy of the caller).'
type ThrowingKind = 'getter' | 'ownKeys trap' | 'revoked proxy'
const throwingKind = fc.constantFrom<ThrowingKind>('getter', 'ownKeys trap', 'revoked proxy')

/** A part that throws when it is read, in place of the `at`-th object or member of `value` (depth first; its path). */
function throwingAt(value: unknown, at: number, kind: ThrowingKind): { value: unknown; path: string } {
  const places: string[][] = []
  const visit = (part: unknown, path: string[]) => {
    if (typeof part !== 'object' || part === null) return
    if (kind !== 'getter') places.push(path)
    for (const [key, item] of Object.entries(part)) {
      if (kind === 'getter') places.push([...path, key])
      visit(item, [...path, key])
    }
  }
  visit(value, [])
  if (places.length === 0) return { value, path: '(none)' }
  const place = places[at % places.length]!
  const fail = () => { throw new Error(secretInThrow) }
  const rebuild = (part: unknown, depth: number): unknown => {
    if (typeof part !== 'object' || part === null) return part
    const copy = (Array.isArray(part) ? [...part] : { ...part }) as Record<string, unknown>
    if (kind !== 'getter' && depth === place.length) {
      if (kind === 'ownKeys trap') return new Proxy(copy, { ownKeys: fail })
      const { proxy, revoke } = Proxy.revocable(copy, {})
      revoke()
      return proxy
    }
    const key = place[depth]!
    if (kind === 'getter' && depth === place.length - 1) define(copy, key, { get: fail, enumerable: true })
    else copy[key] = rebuild(copy[key], depth + 1)
    return copy
  }
  return { value: rebuild(value, 0), path: place.join('.') }
}

/** `value` with every member and item behind a getter that counts its reads in `reads` (by path). */
function countingReads(value: unknown, path: string, reads: Map<string, number>): unknown {
  if (typeof value !== 'object' || value === null) return value
  const target = (Array.isArray(value) ? new Array(value.length) : {}) as Record<string, unknown>
  for (const [key, item] of Object.entries(value)) {
    const at = `${path}[${JSON.stringify(key)}]`
    const counted = countingReads(item, at, reads)
    reads.set(at, 0)
    define(target, key, { get: () => (reads.set(at, reads.get(at)! + 1), counted), enumerable: true })
  }
  return target
}

/** Every object and array of `value`, itself included. */
function objectsOf(value: unknown, into = new Set<object>()): Set<object> {
  if (typeof value !== 'object' || value === null || into.has(value)) return into
  into.add(value)
  for (const name of Object.getOwnPropertyNames(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, name)!
    if ('value' in descriptor) objectsOf(descriptor.value, into)
    else if (descriptor.get) objectsOf(descriptor.get.call(value), into)
  }
  return into
}

/** A parsed value is plain data (objects of Object.prototype, arrays of Array.prototype) and holds nothing of the input. */
function plainAndApart(input: unknown, parsed: unknown) {
  const given = objectsOf(input)
  for (const part of objectsOf(parsed)) {
    const prototype = Object.getPrototypeOf(part)
    if (prototype !== (Array.isArray(part) ? Array.prototype : Object.prototype)) throw new Error(`the parsed value of ${describe(input)} holds a ${prototype?.constructor?.name ?? 'null-prototype'} object`)
    if (given.has(part)) throw new Error(`the parsed value of ${describe(input)} shares ${JSON.stringify(part)} with the input`)
  }
}

const disguisedFrom = (values: fc.Arbitrary<unknown>) => fc.tuple(values, fc.array(disguise, { minLength: 1, maxLength: 6 })).map(([value, plan]) => disguised(value, plan))

suite.each(harnessRows)('%s, decision json-members: a value is judged as its JSON form', (name, { oracle, generators, runtime }) => {
  const { request: requestModel, response: responseModel } = actionModels[name]
  const compiledRequest = requestModel.check
  const compiledResponse = (value: unknown) => responseModel.checkSuccess(value) || responseModel.checkError(value)
  const arrays = requestModel.parameters.filter((parameter): parameter is ArrayParameter => parameter.kind === 'array')

  test(`parse${name}Request and the oracle judge a disguised request as its JSON form; a compiled check passes only what JSON passes`, () => {
    runProperty(`json-members ${name} request`, disguisedFrom(generators.request), (value) => {
      const json = jsonForm(value)
      const given = runtime.parseRequest(value)
      same(value, `parse${name}Request results`, given, runtime.parseRequest(json))
      same(value, 'oracle findings', summary(oracle.request(value)), summary(oracle.request(json)))
      same(value, 'verdicts (parse, oracle)', given.ok, oracle.request(json).length === 0)
      if (compiledRequest(value)) same(value, 'compiled request check (passed) and JSON verdict', true, given.ok)
      if (given.ok) plainAndApart(value, given.value)
      same(value, 'compiled request check on the JSON form', compiledRequest(json), given.ok)
      for (const array of arrays) {
        const itemsOf = (request: unknown) => (typeof request === 'object' && request !== null && Object.prototype.propertyIsEnumerable.call(request, array.name) ? (request as Record<string, unknown>)[array.name] : undefined)
        const [givenItems, jsonItems] = [itemsOf(value), itemsOf(json)]
        if (Array.isArray(givenItems) && Array.isArray(jsonItems)) {
          givenItems.forEach((item, index) => { if (array.item.check(item)) same(item, `compiled item check (passed) on ${array.name}.${index}`, true, array.item.check(jsonItems[index])) })
        }
      }
      return { valid: given.ok }
    })
  })

  test(`parse${name}Request reads each member, item and string of a request once, as JSON.stringify does`, () => {
    runProperty(`json-members ${name} reads`, generators.request, (request) => {
      const json = jsonForm(request)
      const reads = new Map<string, number>()
      const counted = countingReads(json, '', reads)
      const given = runtime.parseRequest(counted)
      const readTwice = [...reads].filter(([, count]) => count > 1).map(([path, count]) => `${path || '(body)'} ×${count}`)
      if (readTwice.length > 0) throw new Error(`parse${name}Request read ${readTwice.join(', ')} of ${JSON.stringify(json)}`)
      same(json, `parse${name}Request results (counted, JSON)`, given, runtime.parseRequest(json))
      return { valid: given.ok }
    })
  })

  test(`parse${name}Request copies arrays from the items it read, never with the input array's own methods`, () => {
    runProperty(`json-members ${name} arrays`, fc.tuple(generators.request, fc.boolean()), ([request, subclass]) => {
      const json = jsonForm(request)
      const armed = armedArrays(json, subclass)
      const given = runtime.parseRequest(armed)
      same(json, `parse${name}Request results (armed arrays, JSON)`, given, runtime.parseRequest(json))
      if (given.ok) plainAndApart(armed, given.value)
      return { valid: given.ok }
    })
  })

  test(`parse${name}Request and parse${name}Response answer a body whose reading throws as unreadable, and never throw`, () => {
    const bodies = fc.oneof(generators.request.map((body) => ({ body, request: true })), generators.answer.map((body) => ({ body, request: false })))
    runProperty(`json-members ${name} unreadable`, fc.tuple(bodies, fc.nat(), throwingKind), ([{ body, request }, at, kind]) => {
      const json = jsonForm(body)
      const { value, path } = throwingAt(json, at, kind)
      const parse = request ? runtime.parseRequest : runtime.parseResponse
      let given: unknown
      try {
        given = parse(value)
      } catch (error) {
        throw new Error(`parse${name}${request ? 'Request' : 'Response'} threw ${String(error)} with ${kind} at ${path || '(body)'} of ${JSON.stringify(json)}`)
      }
      const text = JSON.stringify(given)
      if (text.includes(secretInThrow)) throw new Error(`the answer repeats what was thrown: ${text}`)
      const unreadable = request
        ? JSON.stringify({ ok: false, error: { Code: 'UnsupportedOperation.UnpackError', Message: unreadableMessage }, errors: [{ Code: 'UnsupportedOperation.UnpackError', Message: unreadableMessage, parameter: '(body)', rule: 'readable' }] })
        : JSON.stringify({ kind: 'invalid', violations: [{ path: '(body)', rule: 'readable', message: 'The body could not be read: reading one of its members threw (a getter or a Proxy of the caller).' }] })
      // A part never read (an item of a list refused for its length, a Proxy only tested for its type) changes
      // nothing: the answer is the JSON form's. The body's own members are always read.
      if (text !== unreadable) {
        if (kind === 'getter' && path !== '(none)' && isObject(json) && !path.includes('.')) throw new Error(`${kind} at ${path || '(body)'} was not read, or not answered as unreadable: ${text}`)
        same(json, `parse${name} results (a part never read throws, JSON)`, given, parse(json))
      }
      return { valid: text !== unreadable }
    })
  })

  test(`parse${name}Request builds the same value when Object.prototype has a setter or a read-only property named like a member`, () => {
    const names = [...new Set(knownNames)]
    runProperty(`json-members ${name} tampered prototype`, fc.tuple(generators.request, fc.constantFrom(...names), fc.boolean()), ([request, member, setter]) => {
      const json = jsonForm(request)
      const expected = runtime.parseRequest(json)
      const saved = Object.getOwnPropertyDescriptor(Object.prototype, member)
      let given: unknown
      try {
        define(Object.prototype, member, setter ? { get: () => 'from the prototype', set: () => {}, enumerable: false } : { value: 'read-only', writable: false, enumerable: false })
        given = runtime.parseRequest(json)
      } finally {
        if (saved) Object.defineProperty(Object.prototype, member, saved)
        else delete (Object.prototype as Record<string, unknown>)[member]
      }
      same(json, `parse${name}Request results (Object.prototype.${member} ${setter ? 'a setter' : 'read-only'}, plain)`, given, expected)
      return { valid: expected.ok }
    })
  })

  test(`parse${name}Response and the oracle judge a disguised answer as its JSON form; a compiled check passes only what JSON passes`, () => {
    runProperty(`json-members ${name} answer`, disguisedFrom(generators.answer), (value) => {
      const json = jsonForm(value)
      const given = runtime.parseResponse(value)
      same(value, `parse${name}Response results`, given, runtime.parseResponse(json))
      same(value, 'oracle findings', summary(oracle.response(value)), summary(oracle.response(json)))
      same(value, 'verdicts (parse, oracle)', given.kind !== 'invalid', oracle.response(json).length === 0)
      if (compiledResponse(value)) same(value, 'compiled response check (passed) and JSON verdict', true, given.kind !== 'invalid')
      const result = (value as { Response?: { Result?: unknown } } | null)?.Response?.Result
      if (compiledApiKey(result)) same(value, 'compiled ApiKey check (passed) on Result', true, compiledApiKey(jsonForm(result)))
      return { valid: given.kind !== 'invalid' }
    })
  })

})

suite('decision json-members: an exception on a body JSON.stringify reads without one is the parser\'s own', () => {
  test('it is passed on, not answered as an unreadable body (here: a read-only index put on Object.prototype)', () => {
    const request = JSON.parse('{"SecretName":"x","Tags":[{"Key":"k","Value":"v"}]}') as unknown
    const response = JSON.parse('{"Response":{"Result":{"AccessKeyId":"AKID1","AccessKeySecret":"secret","AccessKeyType":"auto","SecretName":"a","Status":1,"CreatedTime":"2020-02-26T06:10:01Z","ModifiedTime":"2020-02-26T06:10:01Z","Tags":[]},"RequestId":"ad5218b4-edc3-4195-ba4d-a0ef176783ba"}}') as unknown
    define(Object.prototype, '0', { value: 'read-only', writable: false, enumerable: false })
    try {
      expect(() => parseCreateApiKeyRequest(request)).toThrow(TypeError)
    } finally {
      delete (Object.prototype as Record<string, unknown>)['0']
    }
    expect(parseCreateApiKeyRequest(request).ok).toBe(true)
    // A body that does throw when read is answered.
    const throwing = define({ Response: {} }, 'RequestId', { get: () => { throw new Error('no') }, enumerable: true })
    expect(parseCreateApiKeyResponse(throwing)).toEqual({ kind: 'invalid', violations: [{ path: '(body)', rule: 'readable', message: 'The body could not be read: reading one of its members threw (a getter or a Proxy of the caller).' }] })
    expect(parseCreateApiKeyResponse(response).kind).toBe('success')
  })
})

suite('decision json-members: the cases of issue 11', () => {
  test('the cases of issue 11: inherited, non-enumerable and symbol-keyed members are not members', () => {
    const key = { AccessKeyId: 'AKID1', AccessKeySecret: 'secret', AccessKeyType: 'auto', SecretName: 'a', Status: 1, CreatedTime: '2020-02-26T06:10:01Z', ModifiedTime: '2020-02-26T06:10:01Z' }
    const requestId = 'ad5218b4-edc3-4195-ba4d-a0ef176783ba'
    const inherited = parseCreateApiKeyRequest({ __proto__: { SecretName: 'x' } })
    expect(inherited.ok ? 'ok' : inherited.error.Code).toBe('MissingParameter')
    const hidden = define({}, 'SecretName', { value: 'x', enumerable: false })
    expect(parseCreateApiKeyRequest(hidden).ok).toBe(false)
    const tag = parseCreateApiKeyRequest({ SecretName: 'x', Tags: [{ __proto__: { Key: 'k', Value: 'v' } }] })
    expect(tag.ok ? [] : tag.errors.map((e) => `${e.Code} ${e.parameter}`)).toEqual(['MissingParameter Tags.0.Key', 'MissingParameter Tags.0.Value'])
    expect(parseCreateApiKeyResponse({ Response: { Result: { __proto__: key }, RequestId: requestId } }).kind).toBe('invalid')
    // Not members either way: a hidden unknown name, a symbol, an undefined member, an inherited extra.
    const extras = define({ SecretName: 'x', Extra: undefined, [Symbol('s')]: 1, __proto__: { Region: 'x', Tags: 'junk' } }, 'Region', { value: 'x', enumerable: false })
    const parsed = parseCreateApiKeyRequest(extras)
    expect(parsed).toEqual({ ok: true, value: { SecretName: 'x', AccessKeyType: 'auto' } })
    // The parsed value is a new plain object: nothing inherited or hidden reaches it.
    expect(parsed.ok && Object.getPrototypeOf(parsed.value)).toBe(Object.prototype)
    expect(parsed.ok && 'Tags' in parsed.value).toBe(false)
    const ok = parseCreateApiKeyResponse({ Response: { Result: { ...key, __proto__: { Tags: 'junk' } }, RequestId: requestId } })
    expect(ok.kind).toBe('success')
    expect(ok.kind === 'success' && ok.result !== null && 'Tags' in ok.result).toBe(false)
    // A cyclic body (which JSON cannot even carry) is answered, not a crash: the copy stops below the envelopes' depth.
    const cyclic: Record<string, unknown> = { RequestId: requestId }
    cyclic.Response = cyclic
    cyclic.Result = define({}, 'Result', { get: () => cyclic, enumerable: true })
    expect(parseCreateApiKeyResponse(cyclic).kind).toBe('invalid')
    expect(parseCreateApiKeyRequest(define({}, 'Tags', { get: () => [cyclic], enumerable: true })).ok).toBe(false)
    // Getters count, as JSON.stringify reads them; class instances and null-prototype objects are objects.
    expect(parseCreateApiKeyRequest({ get SecretName() { return 'x' } }).ok).toBe(true)
    expect(parseCreateApiKeyRequest(Object.assign(Object.create(null), { SecretName: 'x' })).ok).toBe(true)
    expect(parseCreateApiKeyRequest(Object.assign(new Thing(), { SecretName: 'x' })).ok).toBe(true)
  })
})

suite('json-members: the members are JSON\'s, not the conversions of values', () => {
  test('a toJSON method is a member named toJSON, a boxed string is not a string, a function-valued extra is unknown', () => {
    const codes = (input: unknown) => {
      const parsed = parseCreateApiKeyRequest(input)
      return parsed.ok ? [] : parsed.errors.map((error) => `${error.Code} ${error.parameter} ${error.rule}`)
    }
    expect(codes({ SecretName: 'plain' })).toEqual([])
    expect(codes({ SecretName: 'plain', toJSON: () => ({ SecretName: 'other' }) })).toEqual(['UnknownParameter toJSON unknown'])
    expect(codes({ SecretName: new String('boxed') })).toEqual(['InvalidParameter.FormatError SecretName type'])
    expect(codes({ SecretName: 'plain', Region: () => 1 })).toEqual(['UnknownParameter Region unknown'])
  })
})
