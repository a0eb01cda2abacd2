import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** Writes `relativePath` under `root`, creating folders; every emitter writes through here. */
export function writeFile(root: string, relativePath: string, contents: string): void {
  const target = join(root, relativePath)
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, contents)
}

export const jsonText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`
