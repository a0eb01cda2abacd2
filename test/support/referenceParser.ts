/**
 * The reference parse function (see referenceCollector.ts) of any action's request, from its model: validated as its JSON text would be judged (only own
 * enumerable members count, decision json-members), and on success a new plain object holding the members that were
 * judged, in documentation order, with the discriminator's default applied (CreateApiKey's AccessKeyType `auto`).
 * The input is never changed, and nothing it inherits or hides is carried over. On failure every problem as a
 * Tencent-shaped error; `error` is the first, as the API would answer.
 *
 * A valid request costs the compiled check and the generated copy. Only a request the check refuses is walked by the
 * collector, which finds no error exactly when the compiled check of the request's JSON form passes (a property test
 * holds the two together): then the input was valid as JSON but not as an object (an inherited or non-enumerable
 * member), and the copy is built from the members the collector judged.
 */
import type { ArrayParameter, RequestModel } from '../../generated/validators/model.js'
import { inspectWith, requestJudge } from './referenceCollector.js'
import type { ParseRequestResult } from '../../src/types.js'
import { readsWithoutThrowing } from '../../generated/validators/readsWithoutThrowing.js'

/** Valid items as plain objects of their fields (at most maxItems, each checked). */
function copyItems(parameter: ArrayParameter, items: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  const fields = parameter.item.fields
  const copy: Record<string, unknown>[] = new Array(items.length)
  for (let i = 0; i < items.length; i++) {
    const item: Record<string, unknown> = {}
    for (let f = 0; f < fields.length; f++) {
      const value = items[i]![fields[f]!.name]
      if (value !== undefined) item[fields[f]!.name] = Array.isArray(value) ? value.slice() : value
    }
    copy[i] = item
  }
  return copy
}

export function requestParser<Parsed>(model: RequestModel): (input: unknown) => ParseRequestResult<Parsed> {
  const { parameters, discriminator } = model
  const judge = requestJudge(model)
  // The value a parameter absent from the request gets: the discriminator's default, an integer's default.
  const defaults = parameters.map((parameter) =>
    discriminator?.name === parameter.name ? discriminator.default : parameter.kind === 'integer' && parameter.default !== null ? parameter.default : undefined,
  )
  // A request whose reading throws (a getter or a Proxy of the caller) is unreadable; what it threw is not repeated.
  const unreadable = Object.freeze({
    Code: 'UnsupportedOperation.UnpackError',
    Message: 'The request body could not be read: reading one of its members threw (a getter or a Proxy of the caller).',
    parameter: '(body)',
    rule: 'readable',
  })
  const parse = (input: unknown): ParseRequestResult<unknown> => {
    // Most requests are valid: the compiled check and a straight-line copy, both generated.
    if (model.check(input)) return { ok: true, value: model.copy(input) }
    const { errors, members } = inspectWith(judge, input)
    if (errors.length > 0 || members === undefined) {
      const first = errors[0]!
      return { ok: false, error: { Code: first.Code, Message: first.Message }, errors }
    }
    const value: Record<string, unknown> = {}
    for (let index = 0; index < parameters.length; index++) {
      const parameter = parameters[index]!
      const member = members[index] ?? defaults[index]
      if (member === undefined) continue
      value[parameter.name] = parameter.kind === 'array' ? copyItems(parameter, member as Record<string, unknown>[]) : member
    }
    return { ok: true, value }
  }
  return (input) => {
    try {
      return parse(input) as ParseRequestResult<Parsed>
    } catch (error) {
      if (readsWithoutThrowing(input)) throw error
      return { ok: false, error: { Code: unreadable.Code, Message: unreadable.Message }, errors: [unreadable] }
    }
  }
}
