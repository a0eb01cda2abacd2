/**
 * Independent JSON Schema validators (ajv, draft 2020-12, strict mode, with formats) over the emitted artifacts:
 * the standalone files in generated/json-schema/ and the component schemas inside generated/openapi.json.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { jsonSchemaFiles, openApi } from './artifacts.js'

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020

function newAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: true })
  addFormats(ajv)
  return ajv
}

const fileAjv = newAjv()
for (const schema of Object.values(jsonSchemaFiles)) fileAjv.addSchema(schema)

const openApiAjv = newAjv()
// The OpenAPI document's top-level keys are not JSON Schema keywords: declare them so strict mode accepts the root,
// then compile each component where it stands, so its `#/components/schemas/...` references resolve in place.
openApiAjv.addVocabulary(Object.keys(openApi).filter((key) => key !== 'components'))
openApiAjv.addKeyword('components')
openApiAjv.addSchema({ ...openApi, $id: 'https://consumer.test/openapi.json' })

const cache = new Map<string, ValidateFunction>()

/** The validator compiled from generated/json-schema/<name>.json. */
export function fromJsonSchemaFile(name: string): ValidateFunction {
  const key = `file:${name}`
  if (!cache.has(key)) {
    const id = jsonSchemaFiles[name]?.$id
    const validate = id && fileAjv.getSchema(id)
    if (!validate) throw new Error(`no JSON Schema file for ${name}`)
    cache.set(key, validate)
  }
  return cache.get(key)!
}

/** The validator compiled from `#/components/schemas/<name>` of generated/openapi.json. */
export function fromOpenApi(name: string): ValidateFunction {
  const key = `openapi:${name}`
  if (!cache.has(key)) {
    const validate = openApiAjv.getSchema(`https://consumer.test/openapi.json#/components/schemas/${name}`)
    if (!validate) throw new Error(`no component ${name} in openapi.json`)
    cache.set(key, validate)
  }
  return cache.get(key)!
}
