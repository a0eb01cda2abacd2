/**
 * Tencent's machine-generated metadata for the API-key actions, read where the project keeps its reference material
 * (`../shared/reference/metadata/` beside the checkout; FIDELITY_METADATA_DIR overrides). It is never copied into the
 * repository, so a user's checkout has none: `loadMetadata` then says why, and callers report the check as skipped.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const repositoryRoot = resolve(import.meta.dirname, '..', '..')

/** A member of a metadata object (api.json). */
export interface MetadataMember {
  readonly name: string
  /** `string`, `int`, `bool`, `float`, `list` or `object`. */
  readonly type: string
  /** Scalar type or object name: `string`, `int64`, `uint64`, `bool`, `datetime_iso`, `Tag`, ... */
  readonly member: string
  readonly document?: string
  /** In a request: the caller must send it. In older output objects: always present. */
  readonly required?: boolean
  /** In an output object: always present. */
  readonly output_required?: boolean
  /** In an output object: may be null. */
  readonly value_allowed_null?: boolean
}

export interface MetadataObject {
  readonly document?: string
  readonly members: readonly MetadataMember[]
}

export interface MetadataExample {
  readonly title: string
  readonly input: string
  readonly output: string
}

export interface Metadata {
  readonly directory: string
  readonly cliCommit: string
  readonly goCommit: string
  readonly actions: Readonly<Record<string, { input: string; output: string }>>
  readonly objects: Readonly<Record<string, MetadataObject>>
  readonly examples: Readonly<Record<string, readonly MetadataExample[]>>
  /** Error codes per action, from the Go SDK's client.go. */
  readonly errorsByAction: Readonly<Record<string, readonly string[]>>
}

export type MetadataLoad = { readonly ok: true; readonly metadata: Metadata } | { readonly ok: false; readonly reason: string }

const cliFile = 'tccli-apigateway-keys.json'
const goFile = 'go-sdk-apigateway-key-errors.json'

export function metadataDirectory(): string {
  return process.env.FIDELITY_METADATA_DIR || join(repositoryRoot, '..', 'shared', 'reference', 'metadata')
}

export function loadMetadata(directory = metadataDirectory()): MetadataLoad {
  for (const file of [cliFile, goFile]) {
    if (!existsSync(join(directory, file))) {
      return { ok: false, reason: `Tencent's API metadata is not available: ${join(directory, file)} does not exist (it lives in the project's shared/reference/metadata/, beside the checkout, and is not shipped with the repository).` }
    }
  }
  const cli = JSON.parse(readFileSync(join(directory, cliFile), 'utf8'))
  const go = JSON.parse(readFileSync(join(directory, goFile), 'utf8'))
  return {
    ok: true,
    metadata: {
      directory,
      cliCommit: String(cli.source?.commit ?? 'unknown'),
      goCommit: String(go.source?.commit ?? 'unknown'),
      actions: cli.actions,
      objects: cli.objects,
      examples: cli.examples ?? {},
      errorsByAction: go.errorsByAction,
    },
  }
}

/** Always present in an output object: `output_required`, or `required` in the older flag style. */
export const alwaysPresent = (member: MetadataMember) => member.output_required ?? member.required ?? false
