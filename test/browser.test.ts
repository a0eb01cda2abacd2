/**
 * The documentation site in a real browser: Debian's Chromium (installed by scripts/ensureChromium.sh, run before
 * `npm test`) opens the committed docs/index.html from file:// and from scripts/docsServe.ts on 127.0.0.1, with every
 * request that would leave the machine blocked and recorded. After the clicks a reader would make, for every action
 * of the registry its section, its operations, every request parameter, every error code and the examples must be
 * visible, the console must hold no error, and
 * no request may have tried to leave. Screenshots go to screenshots/ (git-ignored).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { serveDocs, type DocsServer } from '../scripts/docsServe.js'
import { actions, type AnyContractAction } from '../schema/index.js'
import { keyTransitions } from '../schema/keyLifecycle.js'
import { typeScriptExampleAction } from '../scripts/markdown.js'
import { openApi, operationsOf, repositoryRoot } from './support/artifacts.js'

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
const schemas = openApi.components.schemas
const decisionQuestions = readFileSync(join(repositoryRoot, 'docs', 'decisions.md'), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('## '))
  .map((line) => line.slice(3).replace(/`/g, ''))
const refName = (schema: { $ref?: string }) => schema.$ref!.split('/').at(-1)!

/** One action as the document shows it: its operations, its request shapes and parameters, its error codes and examples. */
function shownAction(action: AnyContractAction) {
  const { post, get } = operationsOf(action.name)
  const request = schemas[refName(post.requestBody.content['application/json'].schema)]
  // The shapes of the request (the members of a union), each with its title and the parameters it accepts. A `false`
  // property (never present, for the TypeScript type) is not a parameter of that shape: the page must not list it.
  const shapes = ((request.anyOf as { $ref: string }[] | undefined)?.map((member) => schemas[refName(member)]) ?? [request]).map((shape: any) => ({
    title: String(shape.title),
    parameters: Object.entries(shape.properties).filter(([, schema]) => schema !== false).map(([name]) => name),
  }))
  const parameters = [...new Set(shapes.flatMap((shape) => shape.parameters))]
  const jsonExamples = Object.values<{ summary: string; value: Record<string, unknown> }>(post.requestBody.content['application/json'].examples)
  const responseExamples = post.responses['200'].content['application/json'].examples
  const errorExample = responseExamples[action.ownErrorCodes.find((code) => code in responseExamples)!]
  const shownExample = jsonExamples.at(-1)!
  // A scalar member: Redoc prints objects and arrays over several lines.
  const [firstName, firstValue] = Object.entries(shownExample.value).find(([, value]) => typeof value !== 'object' || value === null)!
  return {
    post,
    get,
    shapes,
    parameters,
    errorCodes: schemas[action.errorCodeComponent].enum as string[],
    headerParameters: post.parameters.map((parameter: { name: string }) => parameter.name) as string[],
    queryParameters: get.parameters.map((parameter: { name: string }) => parameter.name) as string[],
    requestExampleCount: jsonExamples.length,
    requestExample: { summary: shownExample.summary, line: `"${firstName}": ${JSON.stringify(firstValue)}` },
    errorExample: { summary: errorExample.summary as string, message: errorExample.value.Response.Error.Message as string },
  }
}

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

/** Redoc shows the shapes of a union as tabs, or as an "Any of" dropdown when they do not fit: picks one either way. */
async function pickShape(page: Page, section: Locator, current: string, wanted: string): Promise<void> {
  const tab = section.getByRole('tab', { name: wanted }).first()
  if ((await tab.count()) > 0) return tab.click()
  await section.locator('[data-section-id="switcher"]').getByRole('button', { name: current }).first().click()
  await page.getByRole('menuitem', { name: wanted }).first().click()
}

/** Picks a request-sample language; Redoc keeps the last one chosen across operations, so start from whichever shows. */
async function chooseSample(page: Page, section: Locator, wanted: string): Promise<void> {
  const button = section.getByRole('button', { name: /^(curl|TypeScript|Payload)$/ }).first()
  await expectVisible(button, `the request-sample language button (to choose ${wanted})`)
  if ((await button.innerText()).trim() === wanted) return
  await button.click()
  await page.getByRole('menuitem', { name: wanted }).first().click()
}

/** An action's section and operations, as a reader clicks through them. */
async function readTheAction(page: Page, action: AnyContractAction, shots: string): Promise<void> {
  const main = page.locator('main')
  const shown = shownAction(action)
  const name = (section: Locator, text: string) => section.getByText(text, { exact: true }).first()
  const code = (section: Locator, text: string) => section.locator('code, pre', { hasText: text }).first()

  // Its section: what it does, every parameter with its rules, every error code with its meaning and remedy.
  await sidebarLink(page, action.name).click()
  await expectVisible(main.getByRole('heading', { name: headingName(action.name) }).first(), `the ${action.name} section`)
  await sidebarLink(page, `${action.name} parameters`).click()
  const sectionId = action.name.toLowerCase()
  const parameterTable = main.locator(`[data-section-id="/${sectionId}/${sectionId}-parameters"] table`, { has: page.getByRole('columnheader', { name: 'Characters' }) })
  for (const parameter of shown.parameters) await expectVisible(parameterTable.getByRole('cell', { name: parameter, exact: true }), `${action.name} parameter ${parameter} in its parameter table`)
  if (action.rulesMarkdown) await expectVisible(main.getByText(action.rulesMarkdown.match(/^\*\*([^*]+)\*\*/)![1]!, { exact: false }).first(), `${action.name}'s rules`)
  await sidebarLink(page, `${action.name} error codes`).click()
  const errorTable = main.locator(`[data-section-id="/${sectionId}/${sectionId}-error-codes"] table`, { has: page.getByRole('columnheader', { name: 'What to do' }) })
  for (const errorCode of shown.errorCodes) await expectVisible(errorTable.getByRole('cell', { name: errorCode, exact: true }), `${action.name} error code ${errorCode}`)
  expect(await errorTable.locator('tbody tr').count()).toBe(shown.errorCodes.length)
  await errorTable.screenshot({ path: join(shots, `${action.name}-error-table.png`) })

  // The POST operation: headers, then the parameters of each shape of the body, as the reader picks each shape.
  await sidebarLink(page, shown.post.summary).click()
  const postSection = operationSection(page, shown.post.summary)
  await expectVisible(postSection.getByRole('heading', { name: headingName(shown.post.summary) }), `the ${action.name} POST operation`)
  for (const header of shown.headerParameters) await expectVisible(name(postSection, header), `${action.name} header ${header}`)
  const [first, ...others] = shown.shapes
  for (const parameter of first!.parameters) await expectVisible(name(postSection, parameter), `${action.name} body parameter ${parameter} (${first!.title})`)
  for (const shape of others) {
    const onlyHere = shape.parameters.filter((parameter) => !first!.parameters.includes(parameter))
    for (const parameter of onlyHere) expect(await name(postSection, parameter).isVisible(), `${parameter} before choosing ${shape.title}`).toBe(false)
    await pickShape(page, postSection, first!.title, shape.title)
    for (const parameter of onlyHere) await expectVisible(name(postSection, parameter), `${action.name} body parameter ${parameter} (${shape.title})`)
  }

  // Request samples: the curl tab first, the TypeScript one where there is one, then the payload of an example.
  await chooseSample(page, postSection, 'curl')
  await expectVisible(code(postSection, 'TC3-HMAC-SHA256 Credential='), `the ${action.name} curl request sample`)
  await expectVisible(code(postSection, `X-TC-Action: ${action.name}`), `the ${action.name} curl request sample's action`)
  if (action === typeScriptExampleAction) {
    await chooseSample(page, postSection, 'TypeScript')
    await expectVisible(code(postSection, 'parseCreateApiKeyResponse'), 'the TypeScript request sample')
  }
  await chooseSample(page, postSection, 'Payload')
  // Redoc offers a choice of examples only when there are several; a single one is shown as it is.
  if (shown.requestExampleCount > 1) {
    await postSection.getByRole('button', { name: 'Example' }).first().click()
    await page.getByRole('menuitem', { name: shown.requestExample.summary }).first().click()
  }
  await expectVisible(code(postSection, shown.requestExample.line), `the ${action.name} request example ${shown.requestExample.summary}`)

  // Responses: the error shape of the body, and an error example among the response samples.
  await pickShape(page, postSection, 'success', 'error')
  await expectVisible(name(postSection, 'Error'), `the ${action.name} error envelope`)
  await postSection.getByRole('button', { name: 'Example' }).last().click()
  await page.getByRole('menuitem', { name: shown.errorExample.summary }).first().click()
  await expectVisible(code(postSection, shown.errorExample.message), `the ${action.name} error response example`)

  // The operation after those clicks: the last shape's parameters with its request sample, then the error example.
  const scrollToTop = (locator: Locator) => locator.evaluate((element) => element.scrollIntoView({ block: 'start' }))
  await scrollToTop(postSection.getByRole('heading', { name: headingName(shown.post.summary) }))
  await page.screenshot({ path: join(shots, `${action.name}-operation.png`) })
  await scrollToTop(postSection.getByText(shown.errorExample.message, { exact: false }).first())
  await page.screenshot({ path: join(shots, `${action.name}-operation-response.png`) })

  // The v1 query form: every query parameter and its curl sample.
  await sidebarLink(page, shown.get.summary).click()
  const getSection = operationSection(page, shown.get.summary)
  await expectVisible(getSection.getByRole('heading', { name: headingName(shown.get.summary) }), `the ${action.name} GET operation`)
  for (const parameter of shown.queryParameters) await expectVisible(name(getSection, parameter), `${action.name} query parameter ${parameter}`)
  await expectVisible(code(getSection, 'curl -sS --get'), `the ${action.name} curl GET request sample`)
  await expectVisible(code(getSection, `Action=${action.name}`), `the ${action.name} curl GET request sample's action`)
}

/** The clicks a reader makes through the site, with what each must show. */
async function readTheSite(page: Page, url: string, shots: string): Promise<void> {
  mkdirSync(shots, { recursive: true })
  await page.goto(url)
  const main = page.locator('main')

  // Overview: what the actions are, the response fields, then the service-wide sections.
  await expectVisible(page.getByRole('heading', { level: 1, name: /API keys/ }), 'the title')
  await expectVisible(main.getByText("Tencent Cloud API Gateway's API-key actions", { exact: false }), 'what the actions are')
  await page.screenshot({ path: join(shots, 'overview.png') })

  await sidebarLink(page, 'Response').click()
  const apiKeyTable = main.locator('table', { has: page.getByRole('columnheader', { name: 'Always present' }) }).first()
  for (const field of Object.keys(schemas.ApiKey.properties)) {
    await expectVisible(apiKeyTable.getByRole('cell', { name: field, exact: true }), `ApiKey field ${field}`)
  }

  // Examples: curl (POST JSON and GET) and TypeScript, as code blocks.
  await sidebarLink(page, 'Examples').click()
  await expectVisible(main.locator('pre', { hasText: `X-TC-Action: ${typeScriptExampleAction.name}` }).first(), 'the curl POST example')
  await expectVisible(main.locator('pre', { hasText: 'curl -sS --get' }).first(), 'the curl GET example')
  await expectVisible(main.locator('pre', { hasText: 'parseCreateApiKeyRequest' }).first(), 'the TypeScript example')

  await sidebarLink(page, 'Signing').click()
  await expectVisible(main.getByText('String to sign', { exact: false }).first(), 'the signing steps')
  await sidebarLink(page, 'Limits').click()
  await expectVisible(main.getByText('Rate limit', { exact: false }).first(), 'the rate limit')

  // The key's states: the table of transitions, each refusal code in it; no Mermaid source (Redoc would show it as
  // text: the diagram is in docs/lifecycle.md).
  await sidebarLink(page, 'Key lifecycle').click()
  expect(await main.locator('pre', { hasText: 'stateDiagram-v2' }).count()).toBe(0)
  const lifecycleTable = main.locator('table', { has: page.getByRole('columnheader', { name: 'Decision' }) })
  for (const refusal of new Set(keyTransitions.flatMap((t) => (t.refusal ? [t.refusal] : [])))) {
    await expectVisible(lifecycleTable.getByRole('cell', { name: `refused: ${refusal}`, exact: true }).first(), `the lifecycle refusal ${refusal}`)
  }

  // The decisions, each with its sources (the questions as docs/decisions.md lists them).
  await sidebarLink(page, 'Decisions').click()
  for (const question of decisionQuestions) await expectVisible(main.getByText(question, { exact: true }), `decision: ${question}`)
  expect(await main.getByText('Sources.', { exact: true }).count()).toBe(decisionQuestions.length)

  for (const action of actions) await readTheAction(page, action, shots)
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
          const lastGet = operationsOf(actions.at(-1)!.name).get
          await expectVisible(operationHeading(session.page, lastGet.summary), 'the last GET operation after a reload')
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
