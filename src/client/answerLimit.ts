/**
 * The most bytes the client reads of an answer. Answers of this API are small, and a server that is broken or
 * hostile must not make the client (or conform, which keeps every exchange) buffer without bound.
 */
import { requestModels } from '../../generated/requestModels.js'
import type { RequestParameter } from '../../generated/validators/model.js'

/** The longest text a parameter can hold, in characters (a list: its most items, each at its longest). */
function longestText(parameter: RequestParameter): number {
  switch (parameter.kind) {
    case 'string':
      return parameter.limits.maxLength ?? 0
    case 'array':
      return parameter.maxItems * parameter.item.fields.reduce((sum, field) => sum + (field.kind === 'string' ? (field.limits.maxLength ?? 0) : field.kind === 'strings' ? field.maxItems * (field.limits.maxLength ?? 0) : 0), 0)
    default:
      return 0
  }
}

/** The most characters a key holds: every string CreateApiKey sets (ids, name, tags) at its longest. */
const keyCharacters = requestModels.CreateApiKey.parameters.reduce((sum, parameter) => sum + longestText(parameter), 0)
const limit = requestModels.DescribeApiKeysStatus.parameters.find((parameter) => parameter.name === 'Limit')
/** The most keys one answer lists: a full page of DescribeApiKeysStatus. */
const pageKeys = limit?.kind === 'integer' && limit.maximum !== null ? limit.maximum : 1
/** The longest JSON spelling of one character: an astral code point as two `\uXXXX` escapes. */
const bytesPerCharacter = 12

/**
 * Twice the largest answer the contract's data allows (a full page of the longest keys, every character escaped),
 * which leaves room for the members' names, whitespace and the envelope. An answer longer than this is
 * a transport error naming the cap, and the rest of its body is not read.
 */
export const maxAnswerBytes = 2 * pageKeys * keyCharacters * bytesPerCharacter
