import type { ActPath } from './eli'
import { type ActMetadata, type FeedEntry, parseActMetadata, parseUpdateFeed } from './format'

/** Why a read from Retsinformation failed, in words for the log and the watched act's record. */
export class SourceError extends Error {
  override name = 'SourceError'
}

export type RetsinformationSource = {
  /** The act's ELI metadata; null when Retsinformation does not know the act (404). */
  actMetadata: (path: ActPath) => Promise<ActMetadata | null>
  updateFeed: () => Promise<FeedEntry[]>
  /** Where it reads, for messages. */
  baseUrl: string
}

export type SourceOptions = {
  /** e.g. https://www.retsinformation.dk (RETSINFORMATION_URL); tests give a local server. */
  baseUrl: string
  /** Per request; a slower answer counts as a failure of that read. */
  timeoutMs: number
  /** The largest answer read (a feed of 60 days is a few hundred kB). */
  maxBytes?: number
  fetch?: typeof fetch
  userAgent?: string
}

const DEFAULT_MAX_BYTES = 5 * 1024 * 1024

/**
 * Reads Retsinformation over HTTP: `GET <base><eli>.rdfa` per act and `GET <base>/eli/eli-update-
 * feed.atom`. Every failure (no answer, a timeout, a status other than 200 or 404, an answer too
 * large or unreadable) is a SourceError naming the address; nothing here retries, the next run
 * of the watch does.
 */
export function retsinformationSource(options: SourceOptions): RetsinformationSource {
  const baseUrl = options.baseUrl.replace(/\/+$/, '')
  const doFetch = options.fetch ?? fetch
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES

  async function get(url: string, accept: string): Promise<string | null> {
    let response: Response
    try {
      response = await doFetch(url, {
        headers: {
          accept,
          'user-agent': options.userAgent ?? 'Videnportal (lovgivningsovervågning)',
        },
        redirect: 'follow',
        signal: AbortSignal.timeout(options.timeoutMs),
      })
    } catch (error) {
      const reason =
        (error as Error)?.name === 'TimeoutError'
          ? `no answer within ${options.timeoutMs} ms`
          : ((error as Error)?.message ?? String(error))
      throw new SourceError(`${url}: ${reason}`)
    }
    if (response.status === 404) {
      await response.body?.cancel().catch(() => undefined)
      return null
    }
    if (response.status !== 200) {
      await response.body?.cancel().catch(() => undefined)
      throw new SourceError(`${url}: HTTP ${response.status}`)
    }
    const length = Number(response.headers.get('content-length') ?? 0)
    if (length > maxBytes) {
      await response.body?.cancel().catch(() => undefined)
      throw new SourceError(`${url}: answer of ${length} bytes is larger than ${maxBytes}`)
    }
    try {
      const buffer = Buffer.from(await response.arrayBuffer())
      if (buffer.byteLength > maxBytes) {
        throw new SourceError(`${url}: answer larger than ${maxBytes} bytes`)
      }
      // UTF-8 whatever the answer declares (the feed's declaration says utf-16; it is not).
      return buffer.toString('utf8')
    } catch (error) {
      if (error instanceof SourceError) throw error
      const reason =
        (error as Error)?.name === 'TimeoutError'
          ? `answer not complete within ${options.timeoutMs} ms`
          : ((error as Error)?.message ?? String(error))
      throw new SourceError(`${url}: ${reason}`)
    }
  }

  const readable = <T>(url: string, read: () => T): T => {
    try {
      return read()
    } catch (error) {
      throw new SourceError(`${url}: unreadable answer (${(error as Error).message})`)
    }
  }

  return {
    baseUrl,
    actMetadata: async (path) => {
      const url = `${baseUrl}${path}.rdfa`
      const text = await get(url, 'application/json')
      return text === null ? null : readable(url, () => parseActMetadata(text, path))
    },
    updateFeed: async () => {
      const url = `${baseUrl}/eli/eli-update-feed.atom`
      const text = await get(url, 'application/atom+xml')
      if (text === null) throw new SourceError(`${url}: HTTP 404`)
      return readable(url, () => parseUpdateFeed(text))
    },
  }
}
