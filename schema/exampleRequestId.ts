/** A stable, UUID-shaped RequestId per example name (FNV-1a), so regenerating the document changes nothing. */
export function exampleRequestId(name: string): string {
  let hex = ''
  for (let round = 0; hex.length < 32; round++) {
    let hash = 0x811c9dc5 ^ round
    for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0
    hex += hash.toString(16).padStart(8, '0')
  }
  // Version 4 and RFC 4122 variant nibbles, so the value also passes strict UUID checks.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}
