/**
 * The validator emitter, run in-process: what it writes now is byte for byte the committed generated/validators/
 * (which the contract, runtime and property tests exercise), so a change to the emitter that changes its output
 * fails here, and one that does not cannot change behaviour. npm run check does the same for every artifact, in
 * another process.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { emitValidators } from '../scripts/emitValidators.js'
import { generatedDir } from './support/artifacts.js'

const fresh = mkdtempSync(join(tmpdir(), 'apikey-contract-validators-'))
afterAll(() => rmSync(fresh, { recursive: true, force: true }))

describe('emitValidators', () => {
  it('writes exactly the committed generated/validators/, twice in a row (no state leaks between runs)', () => {
    const committedDir = join(generatedDir, 'validators')
    const committed = readdirSync(committedDir).sort()
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
