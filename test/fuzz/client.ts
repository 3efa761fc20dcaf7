import { Agent, fetch as undiciFetch, FormData } from 'undici'

/**
 * The fuzzer plays many clients. The front server believes X-Forwarded-For only from a trusted
 * proxy (TRUSTED_PROXIES), so the fuzzer's requests leave from the loopback address the test and
 * fuzz servers trust, and name their client in X-Forwarded-For: per-client limits and login locks
 * then apply per fuzzed client, and never to the demo accounts for every other test.
 */
export const FUZZ_PROXY_ADDRESS = '127.0.0.9'

const viaTrustedProxy = new Agent({ connect: { localAddress: FUZZ_PROXY_ADDRESS } })

export const fuzzFetch = (url: string, init: Parameters<typeof undiciFetch>[1] = {}) =>
  undiciFetch(url, { ...init, dispatcher: viaTrustedProxy })

export { FormData }
