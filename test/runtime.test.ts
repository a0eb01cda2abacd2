/**
 * The runtime API (src/): parseCreateApiKeyRequest and parseCreateApiKeyResponse against the schemas and ajv, the
 * error-code mapping of docs/decisions.md (request-error-codes), secrets never echoed, the arbitraries, and the
 * generated validators' independence from TypeBox and from code generation at run time.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { Value } from '@sinclair/typebox/value'
import {
  ApiKey,
  CreateApiKeyRequest,
  CreateApiKeySuccessResponse,
  ErrorResponse,
  decisions,
  isUtcDateTime as schemaIsUtcDateTime,
  secretNamePattern,
  tagKeyPattern,
  tagValuePattern,
  requestExamples,
  responseExamples,
  successExamples,
} from '../schema/index.js'
import { parseCreateApiKeyRequest, parseCreateApiKeyResponse, isUtcDateTime, type FieldError } from '../src/index.js'
import { collectRequestErrors } from './support/referenceCollector.js'
import { checkCreateApiKeyRequest, isSecretNameText, isTagKeyText, isTagValueText, requestModel } from '../generated/validators/createApiKeyRequest.js'
import * as responseValidators from '../generated/validators/createApiKeyResponse.js'
import {
  apiKey,
  createApiKeyResponse,
  errorResponse,
  invalidCreateApiKeyRequest,
  successResponse,
  utcTimestamp,
  validCreateApiKeyRequest,
} from '../src/arbitraries/index.js'
import { fromJsonSchemaFile } from './support/ajv.js'
import { repositoryRoot } from './support/artifacts.js'

const numRuns = 300
const manual = { SecretName: 'ci', AccessKeyType: 'manual', AccessKeyId: 'abcde', AccessKeySecret: 'abcdefghij' }

function failure(input: unknown): { error: { Code: string; Message: string }; errors: readonly FieldError[] } {
  const result = parseCreateApiKeyRequest(input)
  if (result.ok) throw new Error(`expected a failure for ${JSON.stringify(input)}`)
  return result
}
const codes = (input: unknown) => failure(input).errors.map((e) => [e.Code, e.parameter, e.rule])

/** Inputs of every kind: valid, invalid with one known problem, and arbitrary JSON-like values. */
const anyRequestLike = fc.oneof(
  validCreateApiKeyRequest(),
  invalidCreateApiKeyRequest().map((c) => c.request),
  fc.anything({ maxDepth: 3 }),
  fc.dictionary(fc.constantFrom('SecretName', 'AccessKeyType', 'AccessKeyId', 'AccessKeySecret', 'Tags', 'Region'), fc.oneof(fc.string(), fc.jsonValue(), fc.constantFrom('auto', 'manual'))),
)

describe('parseCreateApiKeyRequest', () => {
  test('accepts the documented examples and applies the AccessKeyType default without changing the input', () => {
    const seed = { ...requestExamples.seed.value }
    expect(parseCreateApiKeyRequest(seed)).toEqual({ ok: true, value: { SecretName: 'test', AccessKeyType: 'auto' } })
    expect(seed).toEqual({ SecretName: 'test' })
    for (const example of Object.values(requestExamples)) {
      const result = parseCreateApiKeyRequest(example.value)
      expect(result.ok).toBe(true)
      if (result.ok) expect(result.value).toEqual({ AccessKeyType: 'auto', ...example.value })
    }
  })

  test('agrees with TypeBox, the compiled check and ajv on every kind of input; errors exactly when invalid', () => {
    const ajv = fromJsonSchemaFile('CreateApiKeyRequest')
    fc.assert(
      fc.property(anyRequestLike, (input) => {
        const expected = Value.Check(CreateApiKeyRequest, input)
        const result = parseCreateApiKeyRequest(input)
        expect(result.ok).toBe(expected)
        expect(checkCreateApiKeyRequest(input)).toBe(expected)
        expect(ajv(input)).toBe(expected)
        // The collector finds no problem in exactly the inputs the compiled check accepts (no silent fallback).
        expect(collectRequestErrors(requestModel, input).length === 0).toBe(expected)
        if (!result.ok) {
          expect(result.error).toEqual({ Code: result.errors[0]!.Code, Message: result.errors[0]!.Message })
          expect(Object.keys(result.error)).toEqual(['Code', 'Message'])
        }
      }),
      { numRuns: 2000 },
    )
  })

  test('maps each kind of problem to the code the API uses, naming the parameter and the rule', () => {
    expect(codes({})).toEqual([['MissingParameter', 'SecretName', 'required']])
    expect(codes({ SecretName: 'a', Region: 'ap-guangzhou' })).toEqual([['UnknownParameter', 'Region', 'unknown']])
    expect(codes({ SecretName: 'a', secretName: 'b' })).toEqual([['UnknownParameter', 'secretName', 'unknown']])
    expect(codes(JSON.parse('{"SecretName":"a","__proto__":{}}'))).toEqual([['UnknownParameter', '__proto__', 'unknown']])
    expect(codes({ SecretName: '' })).toEqual([['InvalidParameter.FormatError', 'SecretName', 'length']])
    expect(codes({ SecretName: 'x'.repeat(51) })).toEqual([['InvalidParameter.FormatError', 'SecretName', 'length']])
    expect(codes({ SecretName: 'a\uD800' })).toEqual([['InvalidParameter.FormatError', 'SecretName', 'length']])
    expect(codes({ SecretName: 5 })).toEqual([['InvalidParameter.FormatError', 'SecretName', 'type']])
    expect(codes({ ...manual, AccessKeyId: 'abcd' })).toEqual([['InvalidParameter.FormatError', 'AccessKeyId', 'length']])
    expect(codes({ ...manual, AccessKeyId: 'abc-de' })).toEqual([['InvalidParameter.FormatError', 'AccessKeyId', 'charset']])
    expect(codes({ ...manual, AccessKeySecret: 'x'.repeat(51) })).toEqual([['InvalidParameter.FormatError', 'AccessKeySecret', 'length']])
    expect(codes({ ...manual, AccessKeySecret: 'abcdefghi!' })).toEqual([['InvalidParameter.FormatError', 'AccessKeySecret', 'charset']])
    expect(codes({ ...manual, AccessKeyType: 'Manual' })).toEqual([['InvalidParameterValue', 'AccessKeyType', 'enum']])
    expect(codes({ SecretName: 'a', AccessKeyType: 1 })).toEqual([['InvalidParameter.FormatError', 'AccessKeyType', 'type']])
    // A wrong AccessKeyType leaves the shape open, but SecretName is required by every shape.
    expect(codes({ AccessKeyType: [], AccessKeyId: 'abc' })).toEqual([
      ['MissingParameter', 'SecretName', 'required'],
      ['InvalidParameter.FormatError', 'AccessKeyType', 'type'],
      ['InvalidParameter.FormatError', 'AccessKeyId', 'length'],
    ])
    expect(codes({ SecretName: 'a', AccessKeyType: 'manual' })).toEqual([
      ['MissingParameter', 'AccessKeyId', 'required'],
      ['MissingParameter', 'AccessKeySecret', 'required'],
    ])
    expect(codes({ SecretName: 'a', Tags: {} })).toEqual([['InvalidParameter.FormatError', 'Tags', 'type']])
    expect(codes({ SecretName: 'a', Tags: [{ Key: 'k', Value: 'v' }, 'x', { Key: 'k' }, { Key: 'k', Value: 1, key: 'k' }] })).toEqual([
      ['InvalidParameter.FormatError', 'Tags.1', 'type'],
      ['MissingParameter', 'Tags.2.Value', 'required'],
      ['UnknownParameter', 'Tags.3.key', 'unknown'],
      ['InvalidParameter.FormatError', 'Tags.3.Value', 'type'],
    ])
    const message = failure({ ...manual, AccessKeyId: 'abcd' }).error.Message
    expect(message).toContain('AccessKeyId')
    expect(message).toContain('5–50 characters')
  })

  test('decision tag-limits: at most 50 tags, keys of 1–127 and values of 0–255 code points; a longer list is refused unread', () => {
    const tags = (count: number) => Array.from({ length: count }, (_, i) => ({ Key: `k${i}`, Value: '' }))
    expect(parseCreateApiKeyRequest({ SecretName: 'a', Tags: tags(50) }).ok).toBe(true)
    expect(codes({ SecretName: 'a', Tags: tags(51) })).toEqual([['InvalidParameter.FormatError', 'Tags', 'length']])
    expect(failure({ SecretName: 'a', Tags: tags(51) }).error.Message).toBe('Invalid format of parameter Tags: it must hold at most 50 tags.')
    // Over the count no tag is read, bad ones included: the answer costs the same for 51 tags as for 400,000.
    expect(codes({ SecretName: 'a', Tags: [...tags(50), 'not a tag'] })).toEqual([['InvalidParameter.FormatError', 'Tags', 'length']])
    let reads = 0
    const counted = new Proxy(tags(400_000), { get: (target, key, receiver) => { if (typeof key === 'string' && /^\d+$/.test(key)) reads++; return Reflect.get(target, key, receiver) } })
    expect(codes({ SecretName: 'a', Tags: counted })).toEqual([['InvalidParameter.FormatError', 'Tags', 'length']])
    expect(reads).toBe(0)
    const withTag = (Key: string, Value: string) => ({ SecretName: 'a', Tags: [{ Key, Value }] })
    for (const [Key, Value] of [['k', ''], ['k'.repeat(127), 'v'.repeat(255)], ['😀'.repeat(127), '😀'.repeat(255)]] as const) {
      expect(parseCreateApiKeyRequest(withTag(Key, Value)).ok, `${Key.length} ${Value.length}`).toBe(true)
    }
    expect(codes(withTag('', 'v'))).toEqual([['InvalidParameter.FormatError', 'Tags.0.Key', 'length']])
    expect(codes(withTag('k'.repeat(128), 'v'))).toEqual([['InvalidParameter.FormatError', 'Tags.0.Key', 'length']])
    expect(codes(withTag('😀'.repeat(128), 'v'))).toEqual([['InvalidParameter.FormatError', 'Tags.0.Key', 'length']])
    expect(codes(withTag('k', 'v'.repeat(256)))).toEqual([['InvalidParameter.FormatError', 'Tags.0.Value', 'length']])
    expect(codes(withTag('k\ud800', 'v'))).toEqual([['InvalidParameter.FormatError', 'Tags.0.Key', 'length']])
    expect(failure(withTag('k'.repeat(128), 'v')).error.Message).toBe('Invalid format of parameter Tags.0.Key: it must be 1–127 characters (Unicode code points), with no lone surrogate.')
    // The response side carries the same bounds: a Result with 51 tags breaks the contract.
    const key = { AccessKeyId: 'AKID1', AccessKeySecret: 's', AccessKeyType: 'auto', SecretName: 'a', Status: 1, CreatedTime: '2020-02-26T06:10:01Z', ModifiedTime: '2020-02-26T06:10:01Z' }
    const answer = (Tags: unknown) => parseCreateApiKeyResponse({ Response: { Result: { ...key, Tags }, RequestId: 'ad5218b4-edc3-4195-ba4d-a0ef176783ba' } }).kind
    expect([answer(tags(50)), answer(tags(51)), answer([{ Key: 'k'.repeat(128), Value: '' }])]).toEqual(['success', 'invalid', 'invalid'])
  })

  test('decision request-error-codes: non-object bodies, null values, credentials with auto', () => {
    for (const body of [null, [], [manual], 'SecretName=a', 42, true]) {
      expect(codes(body)).toEqual([['UnsupportedOperation.UnpackError', '(body)', 'object']])
    }
    expect(codes({ SecretName: null })).toEqual([['InvalidParameter.FormatError', 'SecretName', 'type']])
    expect(codes({ SecretName: 'a', Tags: null })).toEqual([['InvalidParameter.FormatError', 'Tags', 'type']])
    expect(codes({ SecretName: 'a', AccessKeyType: null })).toEqual([['InvalidParameter.FormatError', 'AccessKeyType', 'type']])
    expect(codes({ ...manual, AccessKeyId: null })).toEqual([['InvalidParameter.FormatError', 'AccessKeyId', 'type']])
    expect(codes({ SecretName: 'a', AccessKeyId: 'abcde' })).toEqual([['InvalidParameter', 'AccessKeyId', 'manual-only']])
    expect(codes({ SecretName: 'a', AccessKeyType: 'auto', AccessKeyId: 'abcde', AccessKeySecret: 'abcdefghij' })).toEqual([
      ['InvalidParameter', 'AccessKeyId', 'manual-only'],
      ['InvalidParameter', 'AccessKeySecret', 'manual-only'],
    ])
    // Unknown names come first, then the parameters in documentation order; `error` is the first of them.
    const all = failure({ Zone: 1, AccessKeyType: 'manual', AccessKeyId: 'a' })
    expect(all.errors.map((e) => e.parameter)).toEqual(['Zone', 'SecretName', 'AccessKeyId', 'AccessKeySecret'])
    expect(all.error.Code).toBe('UnknownParameter')
    const decision = decisions.find((d) => d.id === 'request-error-codes')
    expect(decision?.tests).toContain('runtime.test.ts')
  })

  test('no error message contains the value of AccessKeySecret (any secret of 3+ characters, in any invalid request)', () => {
    /** The same secret with every letter and digit moved to another of its class: same length, same validity. */
    const shifted = (secret: string) =>
      secret.replace(/[A-Za-z0-9]/g, (c) => (c === 'z' ? 'a' : c === 'Z' ? 'A' : c === '9' ? '0' : String.fromCharCode(c.charCodeAt(0) + 1)))
    const secretArbitrary = fc.oneof(
      fc.string({ minLength: 10, maxLength: 50, unit: fc.constantFrom(...'abcXYZ019_') }),
      fc.string({ minLength: 3, maxLength: 60 }),
      fc.string({ minLength: 3, maxLength: 12, unit: 'grapheme' }),
    )
    /** A request carrying the secret, invalid in some way (or valid but for one problem elsewhere). */
    const requestWith = fc.tuple(
      invalidCreateApiKeyRequest(),
      fc.constantFrom('manual', 'auto', 'Manual', undefined, 7),
      fc.boolean(),
    )
    fc.assert(
      fc.property(secretArbitrary, requestWith, (secret, [invalid, type, alsoAsOtherValue]) => {
        fc.pre(shifted(secret) !== secret)
        const base = typeof invalid.request === 'object' && invalid.request !== null && !Array.isArray(invalid.request) ? invalid.request : {}
        const build = (s: string) => {
          const request: Record<string, unknown> = { ...base, AccessKeySecret: s }
          if (type !== undefined) request.AccessKeyType = type
          if (alsoAsOtherValue) request.SecretName = s // the secret in other parameters must not leak either
          return request
        }
        const result = parseCreateApiKeyRequest(build(secret))
        if (result.ok) return
        const other = parseCreateApiKeyRequest(build(shifted(secret)))
        if (other.ok) throw new Error('the shifted secret changed validity')
        const messages = result.errors.map((e) => e.Message)
        // Messages do not depend on the secret's content at all...
        expect(messages).toEqual(other.errors.map((e) => e.Message))
        // ...so it can occur in them only as fixed text (a secret like "Key" is in "AccessKeyId"): skip those.
        fc.pre(!other.errors.some((e) => e.Message.includes(secret)))
        for (const message of [...messages, result.error.Message]) expect(message).not.toContain(secret)
      }),
      { numRuns: 3000 },
    )
    // A valid-looking secret of the right shape in a request that is invalid elsewhere.
    const leaked = failure({ ...manual, AccessKeySecret: 'Sup3r_secret_value_42', Tags: 'x', Extra: 1 })
    for (const e of leaked.errors) expect(e.Message).not.toContain('Sup3r_secret_value_42')
  })
})

describe('parseCreateApiKeyResponse', () => {
  test('tells success, error and contract-breaking bodies apart, as the schemas do', () => {
    for (const example of Object.values(responseExamples)) {
      const result = parseCreateApiKeyResponse(example.value)
      expect(result.kind).toBe('Error' in example.value.Response ? 'error' : 'success')
    }
    fc.assert(
      fc.property(fc.oneof(createApiKeyResponse(), fc.anything({ maxDepth: 4 }), successResponse().map((r) => ({ Response: { ...r.Response, Result: { ...r.Response.Result, Status: 2 } } }))), (body) => {
        const result = parseCreateApiKeyResponse(body)
        const expected = Value.Check(CreateApiKeySuccessResponse, body) ? 'success' : Value.Check(ErrorResponse, body) ? 'error' : 'invalid'
        expect(result.kind).toBe(expected)
        if (result.kind === 'invalid') expect(result.violations.length).toBeGreaterThan(0)
      }),
      { numRuns },
    )
  })

  test('locates each break of the contract by path and rule, without echoing values', () => {
    const result = successExamples.seed.value.Response.Result
    const broken = { Response: { Result: { ...result, CreatedTime: '2021-02-30T00:00:00Z', Extra: 1, AccessKeySecret: 42 }, RequestId: 'not-a-uuid' } }
    delete (broken.Response.Result as Record<string, unknown>).Status
    const parsed = parseCreateApiKeyResponse(broken)
    expect(parsed.kind).toBe('invalid')
    if (parsed.kind !== 'invalid') return
    expect(parsed.violations.map((v) => [v.path, v.rule]).sort()).toEqual(
      [
        ['Response.Result.Extra', 'unknown'],
        ['Response.Result.AccessKeySecret', 'schema'],
        ['Response.Result.Status', 'required'],
        ['Response.Result.CreatedTime', 'schema'],
        ['Response.RequestId', 'schema'],
      ].sort(),
    )
    const error = parseCreateApiKeyResponse({ Response: { Error: { Code: 'NoSuchCode', Message: 'm' }, RequestId: 'ad5218b4-edc3-4195-ba4d-a0ef176783ba' } })
    expect(error.kind === 'invalid' && error.violations.map((v) => v.path)).toEqual(['Response.Error.Code'])
    expect(parseCreateApiKeyResponse('<html>')).toEqual({ kind: 'invalid', violations: [expect.objectContaining({ path: '(body)', rule: 'object' })] })
    fc.assert(
      fc.property(apiKey(), fc.string({ minLength: 8 }), (key, secret) => {
        const body = { Response: { Result: { ...key, AccessKeySecret: secret, Status: 7 }, RequestId: 'x' } }
        const parsedBody = parseCreateApiKeyResponse(body)
        expect(parsedBody.kind).toBe('invalid')
        if (parsedBody.kind === 'invalid') for (const v of parsedBody.violations) expect(v.message).not.toContain(secret)
      }),
      { numRuns },
    )
  })
})

describe('arbitraries', () => {
  test('valid requests parse; each invalid request produces exactly its tagged code for its parameter', () => {
    fc.assert(fc.property(validCreateApiKeyRequest(), (request) => { expect(parseCreateApiKeyRequest(request).ok).toBe(true) }), { numRuns })
    const seen = new Set<string>()
    fc.assert(
      fc.property(invalidCreateApiKeyRequest(), ({ request, code, parameter }) => {
        const { errors } = failure(request)
        expect(errors.map((e) => [e.Code, e.parameter])).toEqual([[code, parameter]])
        seen.add(code)
      }),
      { numRuns: 1000 },
    )
    expect([...seen].sort()).toEqual(
      ['InvalidParameter', 'InvalidParameter.FormatError', 'InvalidParameterValue', 'MissingParameter', 'UnknownParameter', 'UnsupportedOperation.UnpackError'].sort(),
    )
  })

  test('ApiKey results and both envelopes are valid and parse to their kind', () => {
    fc.assert(fc.property(apiKey(), (key) => { expect(Value.Check(ApiKey, key)).toBe(true) }), { numRuns })
    fc.assert(fc.property(successResponse(), (body) => { expect(parseCreateApiKeyResponse(body).kind).toBe('success') }), { numRuns })
    fc.assert(fc.property(errorResponse(), (body) => { expect(parseCreateApiKeyResponse(body).kind).toBe('error') }), { numRuns })
    fc.assert(fc.property(utcTimestamp(), (time) => { expect(isUtcDateTime(time)).toBe(true) }), { numRuns })
  })
})

describe('generated validators', () => {
  test('the emitted date-time check is the one the schemas register', () => {
    const timestampLike = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), fc.constantFrom('Z', 'z', '+00:00', ''))
      .map(([y, mo, d, h, mi, s, z]) => `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}:${String(s).padStart(2, '0')}${z}`)
    fc.assert(fc.property(fc.oneof(timestampLike, fc.string()), (text) => { expect(isUtcDateTime(text)).toBe(schemaIsUtcDateTime(text)) }), { numRuns: 2000 })
    expect(isUtcDateTime('2024-02-29T23:59:59Z')).toBe(true)
    expect(isUtcDateTime('2023-02-29T00:00:00Z')).toBe(false)
  })

  test.each([
    ['SecretName', secretNamePattern, isSecretNameText, responseValidators.isSecretNameText, 1, 50],
    ['tag key', tagKeyPattern, isTagKeyText, responseValidators.isTagKeyText, 1, 127],
    ['tag value', tagValuePattern, isTagValueText, responseValidators.isTagValueText, 0, 255],
  ] as const)("the loop that replaces %s's pattern accepts exactly what the pattern accepts", (_name, source, loop, responseLoop, min, max) => {
    const pattern = new RegExp(source)
    const units = fc.oneof(fc.constantFrom('a', 'é', '\uD83D', '\uDE00', '\uD83D\uDE00', '\uDBFF', '\uDC00', ' '), fc.string({ unit: 'binary', maxLength: 2 }))
    const text = fc.oneof(fc.string({ unit: units, maxLength: max + 10 }), fc.string({ unit: 'grapheme', maxLength: max + 5 }), fc.string({ unit: 'binary', maxLength: 2 * max + 1 }))
    fc.assert(fc.property(text, (value) => { expect([loop(value), responseLoop(value)]).toEqual([pattern.test(value), pattern.test(value)]) }), { numRuns: 3000 })
    for (const length of [0, 1, min, max, max + 1]) expect(loop('\uD83D\uDE00'.repeat(length))).toBe(length >= min && length <= max)
    for (const length of [min, max, max + 1]) expect(loop('a'.repeat(length))).toBe(length <= max)
  })

  // Reads src/ as text: in a mutation run that text is Stryker's instrumented copy, so the check runs in npm test only.
  test.skipIf(process.env.MUTATION_RUN === '1')('they and the runtime load neither TypeBox nor any other package, and use no eval or new Function', () => {
    const validatorsDir = join(repositoryRoot, 'generated', 'validators')
    const generated = readdirSync(validatorsDir).filter((file) => file.endsWith('.js'))
    expect(generated.length).toBeGreaterThan(0)
    for (const file of generated) {
      const code = readFileSync(join(validatorsDir, file), 'utf8')
      expect(code, file).not.toMatch(/\bimport\b|\brequire\s*\(|\beval\s*\(|\bFunction\s*\(/)
    }
    // src/: values come only from relative modules (generated/ or src/); schema/ only as `import type`; fast-check
    // only in the arbitraries and conform; node:crypto and node:querystring only in the client. conform is a
    // command, as the emulator is: it may use Node built-ins, and only its CLI entry loads the engine lazily.
    const srcDir = join(repositoryRoot, 'src')
    const sources = (readdirSync(srcDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.startsWith('emulator'))
    for (const file of sources) {
      const code = readFileSync(join(srcDir, file), 'utf8')
      for (const match of code.matchAll(/^(import|export)\s+(type\s+)?[^'"]*from\s+'([^']+)'/gm)) {
        const [, , typeOnly, specifier] = match
        if (typeOnly) continue
        const allowed = specifier!.startsWith('.') && !specifier!.includes('/schema/') && !relative(srcDir, join(srcDir, file)).startsWith('..')
        const fastCheck = specifier === 'fast-check' && file.startsWith('arbitraries')
        // The client signs and encodes with Node built-ins, and nothing else (no runtime dependency).
        const clientBuiltin = /^node:(crypto|querystring)$/.test(specifier!) && file.startsWith('client')
        const conform = file.startsWith('conform') && (specifier === 'fast-check' || specifier!.startsWith('node:'))
        expect(allowed || fastCheck || clientBuiltin || conform, `${file} imports ${specifier}`).toBe(true)
      }
      const lazyEngine = file === join('conform', 'conformCommand.ts') ? code.replace("await import('./index.js')", '') : code
      expect(lazyEngine, file).not.toMatch(/\bimport\s*\(|\brequire\s*\(|\beval\s*\(|new Function/)
    }
  })

  test('they run with code generation from strings disallowed (a strict CSP), which does stop eval', () => {
    const script = `
      const request = await import(${JSON.stringify(join(repositoryRoot, 'generated/validators/createApiKeyRequest.js'))});
      const response = await import(${JSON.stringify(join(repositoryRoot, 'generated/validators/createApiKeyResponse.js'))});
      let evalBlocked = false;
      try { new Function('return 1')() } catch { evalBlocked = true }
      const rules = request.requestModel.parameters.filter((p) => p.kind === 'string').map((p) => p.rules.firstBroken('abcdefghijk') === -1);
      console.log(JSON.stringify({
        evalBlocked,
        valid: request.checkCreateApiKeyRequest(${JSON.stringify(requestExamples.manualKey.value)}),
        invalid: request.checkCreateApiKeyRequest({ SecretName: '' }),
        rules: rules.every(Boolean),
        success: response.checkCreateApiKeySuccessResponse(${JSON.stringify(Object.values(responseExamples).find((e) => !('Error' in e.value.Response))!.value)}),
        date: response.isUtcDateTime('2020-02-26T06:10:01Z'),
      }));`
    const output = execFileSync(process.execPath, ['--disallow-code-generation-from-strings', '--input-type=module', '-e', script], { encoding: 'utf8' })
    expect(JSON.parse(output)).toEqual({ evalBlocked: true, valid: true, invalid: false, rules: true, success: true, date: true })
  })
})
