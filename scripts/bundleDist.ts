/**
 * Bundles each runtime entry point (src/index.ts, src/arbitraries/index.ts, src/client/index.ts) into one ESM file in dist/, over the
 * per-module files tsc emitted (tsc still provides the .d.ts files). Node's ESM loader costs most of a millisecond
 * per module, so one file per entry keeps "import, then first validation" within the 5 ms budget (npm run bench).
 * Only Node built-ins and fast-check (an optional peer of the arbitraries) stay external; nothing else is bundled
 * in, since the runtime imports nothing but src/ and generated/validators/.
 *
 * The conform engine (src/conform/index.ts, loaded by the CLI's `conform` only) is the exception: fast-check is
 * bundled into it, so `npx tencent-apigateway-apikey-contract conform` runs where the optional peer is not
 * installed (decision conform-fast-check); its MIT license notice heads that file.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, resolve } from 'node:path'
import { build } from 'esbuild'

const root = resolve(import.meta.dirname, '..')
const entries = { index: 'src/index.ts', 'arbitraries/index': 'src/arbitraries/index.ts', 'client/index': 'src/client/index.ts' }

for (const [out, entry] of Object.entries(entries)) {
  await build({
    entryPoints: [resolve(root, entry)],
    outfile: resolve(root, 'dist', `${out}.js`),
    allowOverwrite: true,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    // The client's node:crypto and node:querystring are built-ins: platform neutral leaves `node:` imports external.
    external: ['fast-check', 'node:*'],
    legalComments: 'none',
    logLevel: 'warning',
    banner: { js: `// Bundled by scripts/bundleDist.ts from ${entry} and generated/validators/. Do not edit.` },
  })
}

const fastCheckPackage = createRequire(import.meta.url).resolve('fast-check/package.json')
const fastCheckVersion = (JSON.parse(readFileSync(fastCheckPackage, 'utf8')) as { version: string }).version
const fastCheckLicense = readFileSync(resolve(dirname(fastCheckPackage), 'LICENSE'), 'utf8').trim().replaceAll('*/', '* /')

await build({
  entryPoints: [resolve(root, 'src/conform/index.ts')],
  outfile: resolve(root, 'dist/conform/index.js'),
  allowOverwrite: true,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'es2022',
  external: ['node:*'],
  legalComments: 'none',
  logLevel: 'warning',
  banner: { js: `// Bundled by scripts/bundleDist.ts from src/conform/index.ts, generated/validators/ and fast-check. Do not edit.\n/*! fast-check ${fastCheckVersion}, bundled in:\n${fastCheckLicense} */` },
})
