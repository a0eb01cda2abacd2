/**
 * The documentation site in a real browser: Debian's Chromium (installed by scripts/ensureChromium.sh, run before
 * `npm test`) opens the committed docs/index.html from file:// and from scripts/docsServe.ts on 127.0.0.1, with every
 * request that would leave the machine blocked and recorded. After the clicks a reader would make, the operation,
 * every request parameter, every error code and the examples must be visible, the console must hold no error, and
 * no request may have tried to leave. Screenshots go to screenshots/ (git-ignored).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { serveDocs, type DocsServer } from '../scripts/docsServe.js'
import { keyTransitions } from '../schema/keyLifecycle.js'
import { openApi, repositoryRoot } from './support/artifacts.js'

const chromiumPath = '/usr/bin/chromium'
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
const screenshotsDir = join(repositoryRoot, 'screenshots')

// What must be visible, read from the published OpenAPI document as any consumer would.
const post = openApi.paths['/'].post
const get = openApi.paths['/'].get
const schemas = openApi.components.schemas
const errorCodes: string[] = schemas.ErrorCode.enum
// The auto shape also names AccessKeyId and AccessKeySecret, as `false` (never present, for the TypeScript type):
// they are not parameters of an auto key, and the page must not list them there (Redoc would show "any").
const autoParameters = Object.entries(schemas.CreateApiKeyAutoRequest.properties).filter(([, schema]) => schema !== false).map(([name]) => name)
const manualOnlyParameters = Object.keys(schemas.CreateApiKeyManualRequest.properties).filter((name) => !autoParameters.includes(name))
const headerParameters: string[] = post.parameters.map((parameter: { name: string }) => parameter.name)
const queryParameters: string[] = get.parameters.map((parameter: { name: string }) => parameter.name)
const actionParameters = [...autoParameters, ...manualOnlyParameters]
const decisionQuestions = readFileSync(join(repositoryRoot, 'docs', 'decisions.md'), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('## '))
  .map((line) => line.slice(3).replace(/`/g, ''))
const requestExampleSummary: string = post.requestBody.content['application/json'].examples.manualKey.summary
const errorExample = post.responses['200'].content['application/json'].examples['FailedOperation.AccessKeyExist']
const errorExampleSummary: string = errorExample.summary
const errorExampleMessage: string = errorExample.value.Response.Error.Message

/** Anything but the page's own file or the local server is the network; data: and blob: never leave the page. */
function isLocal(url: string, allowedOrigin: string | undefined): boolean {
  const parsed = new URL(url)
  if (parsed.protocol === 'file:' || parsed.protocol === 'data:' || parsed.protocol === 'blob:' || url === 'about:blank') return true
  return allowedOrigin !== undefined && parsed.origin === allowedOrigin
}

interface Session {
  readonly context: BrowserContext
  readonly page: Page
  /** Requests that tried to leave the machine (blocked). */
  readonly blocked: string[]
  /** Every request the page made. */
  readonly requests: string[]
  readonly consoleErrors: string[]
  readonly close: () => Promise<void>
}

async function openSession(allowedOrigin: string | undefined): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'apikey-docs-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1440, height: 900 },
    serviceWorkers: 'block',
  })
  const blocked: string[] = []
  const requests: string[] = []
  const consoleErrors: string[] = []
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (isLocal(url, allowedOrigin)) return route.continue()
    blocked.push(url)
    return route.abort('blockedbyclient')
  })
  context.on('request', (request) => requests.push(request.url()))
  const page = context.pages()[0] ?? (await context.newPage())
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => consoleErrors.push(`page error: ${error.message}`))
  return {
    context,
    page,
    blocked,
    requests,
    consoleErrors,
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

/** Waits until the element is visible; fails naming what a reader could not see. */
async function expectVisible(locator: Locator, what: string): Promise<void> {
  try {
    await locator.waitFor({ state: 'visible', timeout: 10_000 })
  } catch {
    throw new Error(`not visible: ${what}`)
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** An operation heading's accessible name also holds its anchor link's label ("link to ..."), so match the end. */
const headingName = (summary: string) => new RegExp(`${escapeRegExp(summary)}$`)
const operationHeading = (page: Page, summary: string) => page.locator('main').getByRole('heading', { name: headingName(summary) })
/** One operation's section of the page (Redoc marks each with data-item-kind="httpItem"). */
const operationSection = (page: Page, summary: string) =>
  page.locator('main [data-item-kind="httpItem"]', { has: page.getByRole('heading', { name: headingName(summary) }) })

const sidebar = (page: Page) => page.locator('[data-component-name="Menu/MenuItem"]')
const sidebarLink = (page: Page, label: string) => sidebar(page).getByText(label, { exact: true }).first()

/** The clicks a reader makes through the site, with what each must show. */
async function readTheSite(page: Page, url: string, shots: string): Promise<void> {
  mkdirSync(shots, { recursive: true })
  await page.goto(url)
  const main = page.locator('main')

  // Overview: what the action does, every parameter with its rules, the response fields.
  await expectVisible(page.getByRole('heading', { level: 1, name: /CreateApiKey/ }), 'the title')
  await expectVisible(main.getByText('Creates an API key pair for Tencent Cloud API Gateway', { exact: false }), 'what the action does')
  await page.screenshot({ path: join(shots, 'overview.png') })

  await sidebarLink(page, 'Parameters').click()
  const parameterTable = main.locator('table', { has: page.getByRole('columnheader', { name: 'Characters' }) })
  for (const name of actionParameters) {
    await expectVisible(parameterTable.getByRole('cell', { name, exact: true }), `parameter ${name} in the parameter table`)
  }
  await expectVisible(main.getByText('The manual rule.', { exact: false }), 'the manual rule')

  await sidebarLink(page, 'Response').click()
  const apiKeyTable = main.locator('table', { has: page.getByRole('columnheader', { name: 'Always present' }) }).first()
  for (const field of Object.keys(schemas.ApiKey.properties)) {
    await expectVisible(apiKeyTable.getByRole('cell', { name: field, exact: true }), `ApiKey field ${field}`)
  }

  // Examples: curl (POST JSON and GET) and TypeScript, as code blocks.
  await sidebarLink(page, 'Examples').click()
  await expectVisible(main.locator('pre', { hasText: 'X-TC-Action: CreateApiKey' }).first(), 'the curl POST example')
  await expectVisible(main.locator('pre', { hasText: 'curl -sS --get' }).first(), 'the curl GET example')
  await expectVisible(main.locator('pre', { hasText: 'parseCreateApiKeyRequest' }).first(), 'the TypeScript example')

  await sidebarLink(page, 'Signing').click()
  await expectVisible(main.getByText('String to sign', { exact: false }).first(), 'the signing steps')
  await sidebarLink(page, 'Limits').click()
  await expectVisible(main.getByText('Rate limit', { exact: false }).first(), 'the rate limit')

  // The key's states: the Mermaid state diagram's text and the table of transitions, each refusal code in it.
  await sidebarLink(page, 'Key lifecycle').click()
  await expectVisible(main.locator('pre', { hasText: 'stateDiagram-v2' }).first(), 'the state diagram')
  const lifecycleTable = main.locator('table', { has: page.getByRole('columnheader', { name: 'Decision' }) })
  for (const refusal of new Set(keyTransitions.flatMap((t) => (t.refusal ? [t.refusal] : [])))) {
    await expectVisible(lifecycleTable.getByRole('cell', { name: `refused: ${refusal}`, exact: true }).first(), `the lifecycle refusal ${refusal}`)
  }

  // The error-code section: every code, with its meaning and remedy.
  await sidebarLink(page, 'Error codes').click()
  const errorTable = main.locator('table', { has: page.getByRole('columnheader', { name: 'What to do' }) })
  await expectVisible(errorTable, 'the error table')
  for (const code of errorCodes) await expectVisible(errorTable.getByRole('cell', { name: code, exact: true }), `error code ${code}`)
  await errorTable.screenshot({ path: join(shots, 'error-table.png') })

  // The decisions, each with its sources (the questions as docs/decisions.md lists them).
  await sidebarLink(page, 'Decisions').click()
  for (const question of decisionQuestions) await expectVisible(main.getByText(question, { exact: true }), `decision: ${question}`)
  expect(await main.getByText('Sources.', { exact: true }).count()).toBe(decisionQuestions.length)

  // The operation: expand the tag, open the POST operation. Both operations share the tag's page, so every check
  // below is scoped to one operation's section.
  await sidebarLink(page, 'API keys').click()
  await sidebarLink(page, post.summary).click()
  const postSection = operationSection(page, post.summary)
  await expectVisible(postSection.getByRole('heading', { name: headingName(post.summary) }), 'the POST operation')
  const name = (section: Locator, text: string) => section.getByText(text, { exact: true }).first()
  for (const header of headerParameters) await expectVisible(name(postSection, header), `header ${header}`)
  for (const parameter of autoParameters) await expectVisible(name(postSection, parameter), `body parameter ${parameter} (auto key)`)
  // The manual-only parameters appear once the reader picks the manual shape of the body.
  for (const parameter of manualOnlyParameters) expect(await name(postSection, parameter).isVisible(), `${parameter} before choosing manual`).toBe(false)
  await postSection.getByRole('tab', { name: 'manual key' }).first().click()
  for (const parameter of manualOnlyParameters) await expectVisible(name(postSection, parameter), `body parameter ${parameter} (manual key)`)

  // Request samples: the curl tab first, then TypeScript, then the payload of the manual example.
  const code = (section: Locator, text: string) => section.locator('code, pre', { hasText: text }).first()
  await expectVisible(code(postSection, 'TC3-HMAC-SHA256 Credential='), 'the curl request sample')
  await postSection.getByRole('button', { name: 'curl', exact: true }).first().click()
  await page.getByRole('menuitem', { name: 'TypeScript' }).first().click()
  await expectVisible(code(postSection, 'parseCreateApiKeyResponse'), 'the TypeScript request sample')
  await postSection.getByRole('button', { name: 'TypeScript', exact: true }).first().click()
  await page.getByRole('menuitem', { name: 'Payload' }).first().click()
  await postSection.getByRole('button', { name: 'Example' }).first().click()
  await page.getByRole('menuitem', { name: requestExampleSummary }).first().click()
  await expectVisible(code(postSection, '"AccessKeyType": "manual"'), 'the manual request example')

  // Responses: the error shape of the body, and an error example among the response samples.
  await postSection.getByRole('tab', { name: 'error' }).first().click()
  await expectVisible(name(postSection, 'Error'), 'the error envelope')
  await postSection.getByRole('button', { name: 'Example' }).last().click()
  await page.getByRole('menuitem', { name: errorExampleSummary }).first().click()
  await expectVisible(code(postSection, errorExampleMessage), 'the error response example')

  // The operation after those clicks: the manual key's parameters with its request sample, then the error example.
  const scrollToTop = (locator: Locator) => locator.evaluate((element) => element.scrollIntoView({ block: 'start' }))
  await scrollToTop(postSection.getByRole('tab', { name: 'manual key' }).first())
  await page.screenshot({ path: join(shots, 'operation.png') })
  await scrollToTop(postSection.getByRole('tab', { name: 'error' }).first())
  await page.screenshot({ path: join(shots, 'operation-response.png') })

  // The v1 query form: every query parameter and its curl sample.
  await sidebarLink(page, get.summary).click()
  const getSection = operationSection(page, get.summary)
  await expectVisible(getSection.getByRole('heading', { name: headingName(get.summary) }), 'the GET operation')
  for (const parameter of queryParameters) await expectVisible(name(getSection, parameter), `query parameter ${parameter}`)
  await expectVisible(code(getSection, 'curl -sS --get'), 'the curl GET request sample')

  // Search, as a reader would: a parameter's name finds the request fields of the operations.
  await page.getByText('Search', { exact: false }).first().click()
  await page.keyboard.type('AccessKeySecret')
  await expectVisible(page.getByText('request fields →', { exact: false }).first(), 'search results for AccessKeySecret')
  await page.keyboard.press('Escape')

  // Both sidebar states show the (local) attribution logo, loaded.
  const logo = page.getByRole('img', { name: 'redocly logo' })
  const logoLoaded = () => logo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)
  await expectVisible(logo, 'the attribution logo')
  expect(await logoLoaded()).toBe(true)
  await page.getByRole('button', { name: 'Hide sidebar' }).click()
  await expectVisible(logo, 'the attribution logo in the collapsed sidebar')
  expect(await logoLoaded()).toBe(true)
}

describe('the documentation site in headless Chromium, offline', () => {
  let server: DocsServer

  beforeAll(async () => {
    server = await serveDocs({ root: join(repositoryRoot, 'docs') })
  })
  afterAll(async () => {
    await server?.close()
  })

  const scenarios = [
    { name: 'from file://', folder: 'file', url: () => pathToFileURL(join(repositoryRoot, 'docs', 'index.html')).href, origin: () => undefined },
    { name: 'from a static server on 127.0.0.1', folder: 'http', url: () => server.url, origin: () => new URL(server.url).origin },
  ]

  for (const scenario of scenarios) {
    test(`${scenario.name}: operation, parameters, error codes and examples visible; no console error; nothing leaves the machine`, async () => {
      const session = await openSession(scenario.origin())
      try {
        await readTheSite(session.page, scenario.url(), join(screenshotsDir, scenario.folder))
        if (scenario.folder === 'http') {
          // A deep link survives a reload on the server (Redoc routes with real paths over http).
          await session.page.reload()
          await expectVisible(operationHeading(session.page, get.summary), 'the GET operation after a reload')
        }
        expect(session.consoleErrors).toEqual([])
        expect(session.blocked).toEqual([])
        expect(session.requests.filter((url) => !isLocal(url, scenario.origin()))).toEqual([])
        expect(session.requests.length).toBeGreaterThan(0)
      } finally {
        await session.close()
      }
    })
  }

  test('the blocking is real: a request to another host is recorded and fails', async () => {
    const session = await openSession(undefined)
    try {
      await session.page.goto(pathToFileURL(join(repositoryRoot, 'docs', 'index.html')).href)
      const outcome = await session.page.evaluate(() =>
        fetch('https://cdn.redoc.ly/redoc/logo-mini.svg').then(
          () => 'loaded',
          () => 'failed',
        ),
      )
      expect(outcome).toBe('failed')
      expect(session.blocked).toEqual(['https://cdn.redoc.ly/redoc/logo-mini.svg'])
    } finally {
      await session.close()
    }
  })
})
