/**
 * Where the emulator listens, as a client sees it: whether an address is loopback (only this machine can reach it),
 * and the `host:port` endpoints a client can use, which for a wildcard address (`0.0.0.0`, `::`) are loopback and
 * the machine's own interface addresses, never the wildcard itself (emulator-exposure).
 */
import { BlockList, isIP } from 'node:net'
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os'

const loopback = new BlockList()
loopback.addSubnet('127.0.0.0', 8, 'ipv4')
loopback.addAddress('::1', 'ipv6')
// IPv4-mapped IPv6 loopback (::ffff:127.x.y.z).
loopback.addSubnet('::ffff:127.0.0.0', 104, 'ipv6')

/** True for an IP literal in 127.0.0.0/8, `::1` or `::ffff:127.0.0.0/104`, and for the name `localhost`. */
/** A host as listen and isIP take it: `[::1]`, as URLs write an IPv6 address, is `::1`. */
export const bareHost = (host: string): string => (host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host)

export function isLoopbackHost(host: string): boolean {
  const bare = bareHost(host)
  if (bare.toLowerCase() === 'localhost') return true
  const family = isIP(bare)
  return family !== 0 && loopback.check(bare, family === 4 ? 'ipv4' : 'ipv6')
}

/** `host:port`, with an IPv6 address in brackets. */
export const formatEndpoint = (address: string, port: number): string => (address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`)

type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>

/**
 * The endpoints a client can use to reach an address the server is bound to, loopback first. A wildcard address
 * stands for every interface: IPv4 ones for `0.0.0.0`, both families for `::` (dual stack). IPv6 link-local
 * addresses are left out: a client would need the interface's zone to use them.
 */
export function usableEndpoints(boundAddress: string, port: number, interfaces: Interfaces = networkInterfaces()): string[] {
  if (boundAddress !== '0.0.0.0' && boundAddress !== '::') return [formatEndpoint(boundAddress, port)]
  const families = boundAddress === '::' ? ['IPv4', 'IPv6'] : ['IPv4']
  const addresses = boundAddress === '::' ? ['127.0.0.1', '::1'] : ['127.0.0.1']
  for (const entries of Object.values(interfaces)) {
    for (const entry of entries ?? []) {
      if (entry.internal || !families.includes(entry.family) || entry.address.toLowerCase().startsWith('fe80:')) continue
      if (!addresses.includes(entry.address)) addresses.push(entry.address)
    }
  }
  return addresses.map((address) => formatEndpoint(address, port))
}
