/**
 * Agreement on requests, for every action of the registry: for every generated value, the independent oracle
 * (test/oracle, written from the documented rules), TypeBox (interpreted and compiled), ajv over the emitted JSON
 * Schema file and OpenAPI component, and the generated parse<Action>Request give the same verdict; where the oracle
 * finds exactly one problem, the parser answers that parameter with the code the decisions give its rule. The same
 * for the v1 form (<Action>Query). The generators (test/generators) aim at every documented edge. Then
 * CreateApiKey's own components (its two shapes, Tag, AccessKeyType) and the common TC3 headers.
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { ErrorObject } from 'ajv'
import { checkCreateApiKeyRequest, checkFilter, checkTc3Headers, checkTag, ACCESS_KEY_TYPES } from './oracle/index.js'
import { filterCandidate, headersCandidate, manualRequest, invalidAccessKeyType, randomJson, requestCandidate, tagOfAnyShape } from './generators/index.js'
import { runProperty } from './generators/run.js'
import { expectAgreement } from './support/validators.js'
import { fromJsonSchemaFile } from './support/ajv.js'
import { harnessRows } from './support/harness.js'

/** The request's key type as the oracle reads it: absent means auto; anything else but auto/manual is undefined. */
const typeOf = (value: unknown) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  if (!Object.prototype.hasOwnProperty.call(value, 'AccessKeyType')) return 'auto'
  const type = (value as Record<string, unknown>).AccessKeyType
  return (ACCESS_KEY_TYPES as readonly unknown[]).includes(type) ? (type as 'auto' | 'manual') : undefined
}

describe.each(harnessRows)('%s: oracle == TypeBox == ajv (JSON Schema file, OpenAPI component) == parse<Action>Request', (name, action) => {
  const { components, oracle, generators, runtime } = action
  test(`${components.request} agrees on requests at the edges and on random JSON; one problem gets its code`, () => {
    runProperty(components.request, generators.request, (value) => {
      const violations = oracle.request(value)
      const outcome = expectAgreement(components.request, value, violations, { [`parse${name}Request`]: (input) => runtime.parseRequest(input).ok })
      if (violations.length === 1) {
        const [only] = violations
        const isObject = typeof value === 'object' && value !== null && !Array.isArray(value)
        const expected = [[isObject ? oracle.codeOfRule[only!.rule] : oracle.bodyCode, isObject ? only!.parameter : '(body)']]
        const result = runtime.parseRequest(value)
        const actual = result.ok ? [] : result.errors.map((e) => [e.Code, e.parameter])
        expect({ value, errors: actual }).toEqual({ value, errors: expected })
      }
      return outcome
    })
  })

  test(`${components.query} (signature v1 form) agrees on flat forms at the edges (tag pairing aside, which JSON Schema cannot state)`, () => {
    runProperty(components.query, generators.query, (value) => expectAgreement(components.query, value, oracle.query(value)))
  })
})

describe('CreateApiKey\'s request shapes', () => {

  test('CreateApiKeyAutoRequest accepts exactly the valid requests whose type is auto or absent', () => {
    runProperty('CreateApiKeyAutoRequest', requestCandidate, (value) => {
      const violations = checkCreateApiKeyRequest(value)
      const asAuto = violations.length === 0 && typeOf(value) !== 'auto' ? [{ parameter: 'AccessKeyType', rule: 'enum' } as const] : violations
      return expectAgreement('CreateApiKeyAutoRequest', value, asAuto)
    })
  })

  test('CreateApiKeyManualRequest accepts exactly the valid requests whose type is manual', () => {
    // The candidates are mostly auto-or-edited: valid manual requests are added so both verdicts stay frequent.
    runProperty('CreateApiKeyManualRequest', fc.oneof(requestCandidate, manualRequest), (value) => {
      const violations = checkCreateApiKeyRequest(value)
      const asManual = violations.length === 0 && typeOf(value) !== 'manual' ? [{ parameter: 'AccessKeyType', rule: 'enum' } as const] : violations
      return expectAgreement('CreateApiKeyManualRequest', value, asManual)
    })
  })

  test('the oracle and ajv name the same failing parameters', () => {
    // ajv's errors on the shape chosen by AccessKeyType name the parameters it rejects; the oracle must name the same.
    const auto = fromJsonSchemaFile('CreateApiKeyAutoRequest')
    const manual = fromJsonSchemaFile('CreateApiKeyManualRequest')
    const parameterOf = (error: ErrorObject) => {
      const path = error.instancePath.split('/').slice(1).map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
      if (error.keyword === 'required') path.push(String(error.params.missingProperty))
      if (error.keyword === 'additionalProperties') path.push(String(error.params.additionalProperty))
      return path.join('.')
    }
    runProperty('failing parameters', requestCandidate, (value) => {
      const type = typeOf(value)
      const violations = checkCreateApiKeyRequest(value)
      if (type === undefined) return { valid: false }
      const validate = type === 'manual' ? manual : auto
      validate(value)
      // Over the tag count, the oracle reads no tag (decision tag-limits) while ajv goes on into the items. Only errors
      // inside the Tags array are left out: a top-level parameter named like `Tags.0.Key` is still unknown.
      const tooManyTags = violations.some((v) => v.parameter === 'Tags' && v.rule === 'length')
      const errors = (validate.errors ?? []).filter((error) => !(tooManyTags && error.instancePath.startsWith('/Tags/')))
      const named = [...new Set(errors.map(parameterOf))].sort()
      expect({ value, parameters: [...new Set(violations.map((v) => v.parameter))].sort() }).toEqual({ value, parameters: named })
      return { valid: violations.length === 0 }
    })
  })
})

describe('the other request components', () => {
  test('Tag agrees on tags of every shape', () => {
    runProperty('Tag', fc.oneof(tagOfAnyShape, randomJson), (value) => expectAgreement('Tag', value, checkTag(value, '')))
  })

  test('ApiKeyFilter (DescribeApiKeysStatus) agrees on filters of every shape', () => {
    runProperty('Filter', fc.oneof({ weight: 4, arbitrary: filterCandidate }, { weight: 1, arbitrary: randomJson }), (value) => expectAgreement('Filter', value, checkFilter(value, '')))
  })

  test('AccessKeyType agrees on auto, manual and their neighbours', () => {
    const oracle = (value: unknown) => ((ACCESS_KEY_TYPES as readonly unknown[]).includes(value) ? [] : [{ parameter: '', rule: 'enum' } as const])
    runProperty('AccessKeyType', fc.oneof(fc.constantFrom('auto', 'manual'), invalidAccessKeyType, randomJson), (value) => expectAgreement('AccessKeyType', value, oracle(value)))
  })
})

describe('Tc3Headers (signature v3 common headers): oracle == TypeBox == ajv (JSON Schema file)', () => {
  test('Tc3Headers agrees on headers at the edges, other headers allowed', () => {
    runProperty('Tc3Headers', fc.oneof({ weight: 6, arbitrary: headersCandidate }, { weight: 1, arbitrary: randomJson }), (value) => expectAgreement('Tc3Headers', value, checkTc3Headers(value)))
  })
})
