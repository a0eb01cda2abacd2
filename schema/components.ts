import type { TSchema } from '@sinclair/typebox'
import { Tag } from './tag.js'
import { AccessKeyType } from './accessKeyType.js'
import { ApiKey } from './apiKey.js'
import { actionNames, tc3HeadersSchema, v1CommonParameters } from './commonParameters.js'
import { actions } from './actions/index.js'

/** The TC3 common headers, X-TC-Action being any action of the registry. */
export const Tc3Headers = tc3HeadersSchema(actionNames(actions.map((action) => action.name)))
/** The v1 common parameters, Action being any action of the registry (each action's v1 form names its own). */
export const v1Common = v1CommonParameters(actionNames(actions.map((action) => action.name)))

/**
 * Every named schema, in the order the emitters write them: the shared ones, then each action's. The key is the
 * component name, equal to the schema's `$id`; a nested schema with a registered `$id` is emitted as a reference.
 */
type Registered = (typeof actions)[number]['components']
type UnionToIntersection<U> = (U extends unknown ? (union: U) => void : never) extends (intersection: infer I) => void ? I : never
type Components = { readonly Tag: typeof Tag; readonly AccessKeyType: typeof AccessKeyType; readonly ApiKey: typeof ApiKey; readonly Tc3Headers: typeof Tc3Headers } & UnionToIntersection<Registered>

export const components: Components = (() => {
  const named: Record<string, TSchema> = { Tag, AccessKeyType, ApiKey }
  for (const action of actions) {
    for (const [name, schema] of Object.entries(action.components)) {
      if (name in named) throw new Error(`components: ${name} is defined twice`)
      named[name] = schema
    }
  }
  named.Tc3Headers = Tc3Headers
  return named as unknown as Components
})()

export type ComponentName = keyof Components

/** The same components, widened: for code that walks them by name. */
export const componentSchemas: Readonly<Record<string, TSchema>> = components
