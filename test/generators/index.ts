/** fast-check arbitraries aimed at the documented edges of the CreateApiKey contract. */
export * from './characters.js'
export * from './strings.js'
export * from './json.js'
export * from './requests.js'
export * from './responses.js'
export * from './query.js'
