/**
 * The validator emitter, run in-process: what it writes now is byte for byte the committed generated/validators/
 * (which the contract, runtime and property tests exercise), so a change to the emitter that changes its output
 * fails here, and one that does not cannot change behaviour. npm run check does the same for every artifact, in
 * another process. The guards that stop the emitter on a schema it cannot translate are tested on such schemas.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Kind, Type, TypeRegistry } from '@sinclair/typebox'
import { afterAll, describe, expect, it } from 'vitest'
import { compiledCheck, emitValidators, stringRules } from '../scripts/emitValidators.js'
import { generatedDir } from './support/artifacts.js'

const fresh = mkdtempSync(join(tmpdir(), 'apikey-contract-validators-'))
afterAll(() => rmSync(fresh, { recursive: true, force: true }))

describe('emitValidators', () => {
  it('writes exactly the committed generated/validators/, twice in a row (no state leaks between runs)', () => {
    const committedDir = join(generatedDir, 'validators')
    // commonParameters.* come from scripts/emitCommonParameters.ts; the drift check (npm run check) holds those.
    const committed = readdirSync(committedDir).filter((file) => !file.startsWith('commonParameters.')).sort()
    for (let run = 0; run < 2; run++) {
      emitValidators(fresh)
      const emittedDir = join(fresh, 'generated', 'validators')
      expect(readdirSync(emittedDir).sort()).toEqual(committed)
      for (const file of committed) {
        expect(readFileSync(join(emittedDir, file), 'utf8'), file).toBe(readFileSync(join(committedDir, file), 'utf8'))
      }
    }
  })
})

describe('emitter guards and rule texts, on schemas the contract does not use (yet)', () => {
  it('refuses generated code that needs a helper the validators do not emit', () => {
    expect(() => compiledCheck(Type.String({ format: 'email' }))).toThrow('emitValidators: generated code needs format(), which is not emitted')
    expect(() => compiledCheck(Type.Array(Type.String(), { uniqueItems: true }))).toThrow('emitValidators: generated code needs hash(), which is not emitted')
    TypeRegistry.Set('EmitterTestKind', () => true)
    try {
      expect(() => compiledCheck(Type.Unsafe({ [Kind]: 'EmitterTestKind' }))).toThrow('emitValidators: generated code needs kind(), which is not emitted')
    } finally {
      TypeRegistry.Delete('EmitterTestKind')
    }
  })

  it('describes each kind of length bound, and refuses a non-string or an undescribed pattern', () => {
    const texts = (schema: Parameters<typeof stringRules>[0]) => stringRules(schema).map(({ rule, requirement, test }) => `${rule}|${requirement}|${test}`)
    expect(texts(Type.String())).toEqual(["type|must be a string|typeof value === 'string'"])
    expect(texts(Type.String({ minLength: 1 }))[1]).toBe('length|must be at least 1 character long|value.length >= 1')
    expect(texts(Type.String({ minLength: 2 }))[1]).toBe('length|must be at least 2 characters long|value.length >= 2')
    expect(texts(Type.String({ maxLength: 3 }))[1]).toBe('length|must be at most 3 characters long|value.length <= 3')
    expect(texts(Type.String({ minLength: 2, maxLength: 3 }))[1]).toBe('length|must be 2–3 characters long|value.length >= 2 && value.length <= 3')
    expect(() => stringRules(Type.Number())).toThrow('emitValidators: expected a string schema, got Number')
    expect(() => stringRules(Type.String({ pattern: '^a$' }))).toThrow('emitValidators: no description for pattern ^a$; add it to patternRules')
  })
})
