import { Type, type Static } from '@sinclair/typebox'
import { ApiKey } from '../../apiKey.js'

/**
 * A page of keys. Both members are always present and may be null, as the metadata says (required, value_allowed_null);
 * the emulator answers an empty page with `[]` (decision list-empty).
 */
export const ApiKeysStatus = Type.Object(
  {
    TotalCount: Type.Union([Type.Integer({ minimum: 0, description: 'Number of keys matching the filters (all pages, not this page).' }), Type.Null()], {
      description: 'Number of keys matching the filters, across all pages. May be null.',
    }),
    ApiKeySet: Type.Union([Type.Array(ApiKey, { description: 'The keys of this page, secrets included, in the list\'s order.' }), Type.Null()], {
      description: 'The keys of this page, secrets included. May be null; the emulator sends `[]` for no key.',
    }),
  },
  { $id: 'ApiKeysStatus', title: 'ApiKeysStatus', description: 'A page of API keys and the number of all matches.', additionalProperties: false },
)
export type ApiKeysStatus = Static<typeof ApiKeysStatus>
