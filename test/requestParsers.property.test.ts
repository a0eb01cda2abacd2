/**
 * The generated parsers (parse<Action>Request, emitted by scripts/emitRequestParser.ts as straight-line code) give
 * exactly the answers of the reference interpreter of the same request model (test/support/referenceParser.ts):
 * the same verdict, value, errors, messages and order, member order included, for every action of the registry. The
 * inputs mix valid and invalid members of every parameter, unknown names, items of every shape, and members that
 * JSON would not carry (inherited, non-enumerable, undefined). And which answers are shared (decision shared-failures).
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { actionModels, type ActionName } from '../generated/actions.js'
import type { ArrayParameter, ItemField, RequestModel, RequestParameter } from '../generated/validators/model.js'
import { runtimeActions } from '../src/index.js'
import { unknownName, validField, validRequest, validValue } from '../src/arbitraries/requests.js'
import { runProperty } from './generators/run.js'
import { requestParser } from './support/referenceParser.js'

type Members = Record<string, unknown>

/** A member as JSON carries it, or one JSON would not: inherited, non-enumerable, or an own undefined. */
function hide(members: Members, how: number, name: string | undefined): unknown {
  if (name === undefined || how === 0) return members
  const { [name]: hidden, ...rest } = members
  if (how === 1) return Object.assign(Object.create({ [name]: hidden }), rest)
  if (how === 2) return Object.defineProperty(rest, name, { value: hidden, enumerable: false })
  return { ...rest, [name]: undefined }
}

const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(-1, 0, 1.5, 101, '', 'x'))

function fieldValue(field: ItemField): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary: validField(field, 'small') }, { weight: 1, arbitrary: anyValue })
}

/** Items of every shape: valid, a field missing, mistyped or unknown, a field hidden, not an object at all. */
function item(parameter: ArrayParameter): fc.Arbitrary<unknown> {
  const fields = Object.fromEntries(parameter.item.fields.map((field) => [field.name, fieldValue(field)]))
  const record = fc.record({ ...fields, Extra: anyValue }, { requiredKeys: [] })
  const names = parameter.item.fields.map((field) => field.name)
  return fc.oneof(
    { weight: 4, arbitrary: fc.tuple(record, fc.nat(3), fc.constantFrom(...names)).map(([members, how, name]) => hide(members, how, name)) },
    { weight: 1, arbitrary: anyValue },
  )
}

function memberValue(parameter: RequestParameter): fc.Arbitrary<unknown> {
  const value = parameter.kind === 'array' ? fc.array(item(parameter), { maxLength: Math.min(parameter.maxItems + 2, 6) }) : anyValue
  return fc.oneof({ weight: 3, arbitrary: validValue(parameter) }, { weight: 2, arbitrary: value })
}

/** Any mixture of the action's parameters, valid or not, with unknown names and one member possibly hidden. */
function candidate(model: RequestModel): fc.Arbitrary<unknown> {
  const members = Object.fromEntries(model.parameters.map((parameter) => [parameter.name, memberValue(parameter)]))
  const request = fc
    .tuple(fc.record(members, { requiredKeys: [] }), fc.option(fc.tuple(fc.oneof(unknownName(model), fc.string({ unit: 'binary', maxLength: 70 }), fc.string({ minLength: 60, maxLength: 70 })), anyValue)), fc.nat(7), fc.constantFrom(...model.parameters.map((p) => p.name)))
    .map(([known, unknown, how, name]) => hide(unknown ? Object.defineProperty({ ...known }, unknown[0], { value: unknown[1], enumerable: true, configurable: true, writable: true }) : known, how, name))
  return fc.oneof({ weight: 3, arbitrary: validRequest(model) }, { weight: 6, arbitrary: request }, { weight: 1, arbitrary: anyValue })
}

/** The answer as data, member order included (toEqual alone ignores it). */
const asText = (answer: unknown) => JSON.stringify(answer)

describe('the generated parsers agree with the reference interpreter of the model', () => {
  for (const name of Object.keys(actionModels) as ActionName[]) {
    test(`${name}: every answer, error for error and message for message`, () => {
      const model = actionModels[name].request
      const reference = requestParser(model)
      const generated = runtimeActions[name].parseRequest as (input: unknown) => unknown
      expect(generated).toBe(model.parse)
      runProperty(`${name} parser = reference`, candidate(model), (input) => {
        const expected = reference(input)
        const actual = generated(input)
        expect(actual).toEqual(expected)
        expect(asText(actual)).toBe(asText(expected))
        return { valid: expected.ok }
      })
    })
  }
})

/** A parse answer with its identity on a second parse of the same input, and whether it (and its parts) are frozen. */
function sharing(parse: (input: unknown) => unknown, input: unknown) {
  const first = parse(input) as { ok: boolean; error?: object; errors?: readonly object[]; value?: object }
  const second = parse(input)
  const frozen = Object.isFrozen(first)
  return { first, same: first === second, frozen, partsFrozen: frozen && Object.isFrozen(first.error) && Object.isFrozen(first.errors) }
}

describe('decision shared-failures: one fixed problem gets a shared frozen answer, every other answer is new', () => {
  for (const name of Object.keys(actionModels) as ActionName[]) {
    test(`${name}: shared exactly when the one problem's error names no caller's text`, () => {
      const model = actionModels[name].request
      const parse = runtimeActions[name].parseRequest as (input: unknown) => unknown
      // runProperty requires both kinds of answer in at least 5% of the cases ("valid" counts the shared ones).
      runProperty(`${name} shared failures`, candidate(model), (input) => {
        const { first, same, frozen, partsFrozen } = sharing(parse, input)
        // Fixed errors are the frozen ones (they carry a parameter of the model, never a caller's name or index).
        const fixed = first.ok === false && first.errors!.length === 1 && Object.isFrozen(first.errors![0])
        expect(frozen).toBe(fixed)
        expect(same).toBe(fixed)
        if (fixed) {
          expect(partsFrozen).toBe(true)
          expect(() => (first.errors as object[]).push({})).toThrow(TypeError)
        } else if (first.ok) expect(Object.isFrozen(first.value)).toBe(false)
        return { valid: fixed }
      })
      // A body that is not an object is always one fixed problem.
      expect(sharing(parse, null).same).toBe(true)
    })
  }
})
