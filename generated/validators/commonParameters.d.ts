// Generated from schema/commonParameters.ts by scripts/emitCommonParameters.ts: do not edit.

export interface CommonParameterRule {
  readonly required: boolean
  /** The action and the version: routing, checked by the pipeline against the registry before the other rules. */
  readonly routing?: true
  /** The only value allowed. */
  readonly const?: string
  /** The values allowed. */
  readonly enum?: readonly string[]
  /** The value meant when the parameter is absent (SignatureMethod: HmacSHA1). */
  readonly default?: string
  readonly pattern?: string
  readonly regExp?: RegExp
  readonly minLength?: number
}
export declare const v1CommonParameters: Readonly<Record<string, CommonParameterRule>>
export declare const tc3CommonHeaders: Readonly<Record<string, CommonParameterRule>>
