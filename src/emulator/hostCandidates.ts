/**
 * The host values a client may have signed: the Host header as sent, and without its port, then the configured
 * `signedHosts` (a proxy in front of the emulator, such as Prism, replaces Host with the upstream's host:port). The
 * official Node SDK signs the URL's hostname (no port) in TC3 and the endpoint as configured (with the port) in v1;
 * other clients differ. Real traffic goes to port 443, where both are the same. A Forwarded or X-Forwarded-Host
 * header is never a candidate: the client writes it, outside the signature (see the decision emulator-signed-host).
 */
export function hostCandidates(hostHeader: string, signedHosts: readonly string[] = []): string[] {
  const host = hostHeader.trim()
  const withoutPort = host.replace(/:\d+$/, '')
  const received = withoutPort === host ? [host] : [withoutPort, host]
  return signedHosts.length === 0 ? received : [...received, ...signedHosts.filter((extra) => !received.includes(extra))]
}
