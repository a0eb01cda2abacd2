/**
 * The host values a client may have signed: the Host header as sent, and without its port. The official Node SDK
 * signs the URL's hostname (no port) in TC3 and the endpoint as configured (with the port) in v1; other clients
 * differ. Real traffic goes to port 443, where both are the same.
 */
export function hostCandidates(hostHeader: string): string[] {
  const host = hostHeader.trim()
  const withoutPort = host.replace(/:\d+$/, '')
  return withoutPort === host ? [host] : [withoutPort, host]
}
