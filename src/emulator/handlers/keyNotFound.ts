/** The answer for an AccessKeyId no key has (the empty one, a deleted key's): the id is the caller's and is not echoed. */
import { fail } from '../apiFailure.js'

export const keyNotFound = (): never => fail('ResourceNotFound.InvalidAccessKeyId', 'No key has this AccessKeyId.')
