/** fast-check arbitraries aimed at the documented edges of every action of the contract (`generators` by name). */
export * from './characters.js'
export * from './strings.js'
export * from './json.js'
export * from './requests.js'
export * from './responses.js'
export * from './query.js'
export * from './describeApiKey.js'
export { generators, type ActionGenerators } from './actions.js'
