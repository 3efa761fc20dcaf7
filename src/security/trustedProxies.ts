import net from 'node:net'

/**
 * Which forwarded addresses to believe. `TRUSTED_PROXIES` is a comma list of IP addresses and CIDR
 * ranges (IPv4 or IPv6) of the load balancers in front of the portal; none by default, and then the
 * socket address is the client, whatever `X-Forwarded-For` says. Used by the front server
 * (src/launcher/frontServer.ts), which hands Next the one address it decided on.
 */
export type TrustedProxies = {
  /** True when `address` (a socket or forwarded address) is one of the configured proxies. */
  trusts: (address: string) => boolean
  /** The configured entries, normalised, for logs. */
  entries: string[]
}

/** `::ffff:10.0.0.1` (an IPv4 peer on a dual-stack socket) → `10.0.0.1`; brackets and zones off. */
export function normalizeAddress(value: string): string {
  let address = value.trim()
  if (address.startsWith('[')) address = address.slice(1, address.indexOf(']'))
  // An IPv4 address with a port ("1.2.3.4:5678"), as some proxies write it.
  if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.indexOf(':'))
  const zone = address.indexOf('%')
  if (zone > 0) address = address.slice(0, zone)
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)
  if (mapped) address = mapped[1]!
  return address.toLowerCase()
}

/** Parses `TRUSTED_PROXIES`; throws with the offending entry when one is not an address or range. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new net.BlockList()
  const entries: string[] = []
  for (const raw of (value ?? '').split(',')) {
    const entry = raw.trim()
    if (!entry) continue
    const [addressPart, prefixPart, ...rest] = entry.split('/')
    const address = normalizeAddress(addressPart ?? '')
    const family = net.isIP(address)
    if (!family || rest.length) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`)
    }
    const type = family === 4 ? 'ipv4' : 'ipv6'
    if (prefixPart === undefined) {
      list.addAddress(address, type)
      entries.push(address)
      continue
    }
    const prefix = Number(prefixPart)
    if (!/^\d{1,3}$/.test(prefixPart) || prefix > (family === 4 ? 32 : 128)) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" has an invalid prefix length`)
    }
    list.addSubnet(address, prefix, type)
    entries.push(`${address}/${prefix}`)
  }
  return {
    entries,
    trusts: (candidate) => {
      const address = normalizeAddress(candidate)
      const family = net.isIP(address)
      return family !== 0 && list.check(address, family === 4 ? 'ipv4' : 'ipv6')
    },
  }
}

/**
 * The client of a request: the socket peer, unless the peer is a trusted proxy; then the right-most
 * address in `X-Forwarded-For` that is not a trusted proxy (everything to its left was written by
 * the client and proves nothing). A chain of trusted proxies only, or a malformed entry where the
 * walk stops, yields the last address that could be checked.
 */
export function clientAddress(
  peer: string,
  forwardedFor: string | string[] | undefined,
  trusted: TrustedProxies,
): string {
  let client = normalizeAddress(peer)
  if (!trusted.trusts(client)) return client
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '')
  const chain = header
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  for (let index = chain.length - 1; index >= 0; index--) {
    const hop = normalizeAddress(chain[index]!)
    if (!net.isIP(hop)) break
    client = hop
    if (!trusted.trusts(hop)) break
  }
  return client
}
