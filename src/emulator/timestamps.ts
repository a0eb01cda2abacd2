/** `YYYY-MM-DDThh:mm:ssZ`: UTC, whole seconds, literal Z, the form of every documented CreatedTime. */
export const utcSeconds = (epochMs: number): string => new Date(Math.floor(epochMs / 1000) * 1000).toISOString().replace('.000Z', 'Z')

/** `YYYY-MM-DD` of a UNIX time in seconds, as TC3 uses it in the credential scope. */
export const utcDate = (epochSeconds: number): string => new Date(epochSeconds * 1000).toISOString().slice(0, 10)
