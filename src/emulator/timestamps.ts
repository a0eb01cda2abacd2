/** `YYYY-MM-DDThh:mm:ssZ`: UTC, whole seconds, literal Z, the form of every documented CreatedTime. */
export function utcSeconds(epochMs: number): string {
  const second = Math.floor(epochMs / 1000)
  // Many keys are created within one second: format each second once.
  if (second !== lastSecond) {
    lastSecond = second
    lastFormatted = new Date(second * 1000).toISOString().replace('.000Z', 'Z')
  }
  return lastFormatted
}
let lastSecond = Number.NaN
let lastFormatted = ''

/** `YYYY-MM-DD` of a UNIX time in seconds, as TC3 uses it in the credential scope. */
export function utcDate(epochSeconds: number): string {
  if (epochSeconds !== lastDateSecond) {
    lastDateSecond = epochSeconds
    lastDate = new Date(epochSeconds * 1000).toISOString().slice(0, 10)
  }
  return lastDate
}
let lastDateSecond = Number.NaN
let lastDate = ''
