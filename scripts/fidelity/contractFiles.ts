/** The emitted JSON Schema files (generated/json-schema/), read and compiled as a consumer of the package would. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { repositoryRoot } from './metadata.js'
import type { JsonSchema } from './contractShape.js'

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020

export class ContractFiles {
  readonly schemas: Readonly<Record<string, JsonSchema>>
  private readonly ajv: Ajv2020

  /** From the emitted files, or from given schemas (a test's altered copy). */
  constructor(source: string | Readonly<Record<string, JsonSchema>> = join(repositoryRoot, 'generated', 'json-schema')) {
    this.schemas =
      typeof source === 'string'
        ? Object.fromEntries(
            readdirSync(source)
              .filter((file) => file.endsWith('.json'))
              .map((file) => [file.replace(/\.json$/, ''), JSON.parse(readFileSync(join(source, file), 'utf8'))]),
          )
        : source
    this.ajv = addFormats(new Ajv2020({ strict: true, allErrors: true, validateFormats: true }))
    for (const schema of Object.values(this.schemas)) this.ajv.addSchema(schema)
  }

  schema(component: string): JsonSchema {
    const schema = this.schemas[component]
    if (!schema) throw new Error(`generated/json-schema/${component}.json does not exist`)
    return schema
  }

  validator(component: string): ValidateFunction {
    const validate = this.ajv.getSchema(this.schema(component).$id)
    if (!validate) throw new Error(`cannot compile ${component}`)
    return validate
  }
}
