import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readServerEnv } from '@/env'
import { retsinformationSource, SourceError } from '@/legislation/watch/client'
import { actPath } from '@/legislation/watch/eli'
import {
  FormatError,
  parseActMetadata,
  parseUpdateFeed,
  retsinformationDate,
} from '@/legislation/watch/format'
import { actCitation } from '@/legislation/watch/citation'
import { watchRetsinformationTask } from '@/legislation/watch/tasks/watchRetsinformation'

const fixture = (name: string) =>
  readFileSync(path.resolve(import.meta.dirname, '../fixtures/retsinformation', name), 'utf8')

const BARNETS_LOV = actPath('https://www.retsinformation.dk/eli/lta/2023/721')!

describe('ELI paths', () => {
  it('names one act whatever form the link takes', () => {
    for (const link of [
      'https://www.retsinformation.dk/eli/lta/2023/721',
      'https://retsinformation.dk/eli/lta/2023/721',
      'https://www.retsinformation.dk/eli/lta/2023/721/dan',
      'https://retsinformation.dk/eli/lta/2023/721.rdfa',
      ' https://www.retsinformation.dk/eli/lta/2023/721/xml ',
    ]) {
      expect(actPath(link)).toBe('/eli/lta/2023/721')
    }
    expect(actPath('https://example.org/lov/721')).toBeNull()
    expect(actPath(undefined)).toBeNull()
  })

  it('reads Retsinformation dates and refuses impossible ones', () => {
    expect(retsinformationDate('29-06-2026 16:42:28')).toBe('2026-06-29')
    expect(retsinformationDate('2026-06-29T13:45:00Z')).toBe('2026-06-29')
    expect(retsinformationDate('31-02-2026 00:00:00')).toBeNull()
    expect(retsinformationDate('i morgen')).toBeNull()
  })
})

describe('an act’s ELI metadata (.rdfa)', () => {
  it('reads the recorded answer for Barnets Lov: in force, changed by two acts', () => {
    const act = parseActMetadata(fixture('barnets-lov.unchanged.rdfa.json'), BARNETS_LOV)
    expect(act).toMatchObject({
      path: '/eli/lta/2023/721',
      title: 'Lov om bedre støtte til børn og deres familier (Barnets Lov)',
      inForce: true,
      documentDate: '2023-06-13',
      documentType: 'LOV',
      noLongerInForceOn: null,
    })
    expect(act.changedBy).toEqual(['/eli/lta/2023/1544', '/eli/lta/2024/683'])
  })

  it('sees the new amending act in the amended answer', () => {
    const act = parseActMetadata(fixture('barnets-lov.amended.rdfa.json'), BARNETS_LOV)
    expect(act.changedBy).toContain('/eli/lta/2025/1760')
    const amending = parseActMetadata(
      fixture('amending-act.rdfa.json'),
      actPath('/eli/lta/2025/1760')!,
    )
    expect(amending.changes).toContain('/eli/lta/2023/721')
    expect(actCitation('/eli/lta/2025/1760', amending)).toBe('LOV nr. 1760 af 10. december 2025')
    expect(actCitation('/eli/lta/2025/1760')).toBe('Lovtidende A nr. 1760 (2025)')
  })

  it('reads an act no longer in force, with relations given as content and no www.', () => {
    const act = parseActMetadata(fixture('repealed-act.rdfa.json'), actPath('/eli/lta/2005/573')!)
    expect(act).toMatchObject({
      inForce: false,
      noLongerInForceOn: '2024-01-01',
      documentType: 'LBK',
      changedBy: ['/eli/lta/2023/721'],
    })
  })

  it('reads the same facts as JSON-LD nodes', () => {
    const ELI = 'http://data.europa.eu/eli/ontology#'
    const act = parseActMetadata(
      JSON.stringify({
        '@graph': [
          {
            '@id': 'https://retsinformation.dk/eli/lta/2023/721',
            [`${ELI}in_force`]: [{ '@id': `${ELI}InForce-inForce` }],
            [`${ELI}changed_by`]: [{ '@id': 'https://retsinformation.dk/eli/lta/2025/1760' }],
          },
          {
            '@id': 'https://retsinformation.dk/eli/lta/2023/721/dan',
            [`${ELI}title`]: [{ '@value': '  Barnets   Lov \r\n' }],
          },
          {
            '@id': 'https://retsinformation.dk/eli/lta/2025/1760',
            [`${ELI}title`]: [{ '@value': 'x' }],
          },
        ],
      }),
      BARNETS_LOV,
    )
    expect(act).toMatchObject({
      title: 'Barnets Lov',
      inForce: true,
      changedBy: ['/eli/lta/2025/1760'],
    })
  })

  it('ignores statements about other acts, and refuses what it cannot read', () => {
    const other = fixture('amending-act.rdfa.json')
    expect(() => parseActMetadata(other, BARNETS_LOV)).toThrow(FormatError)
    for (const garbled of [
      '<html>Service Unavailable</html>',
      '{}',
      '[]',
      '[1,2]',
      'null',
      '{"@graph": 3}',
    ]) {
      expect(() => parseActMetadata(garbled, BARNETS_LOV), garbled).toThrow(FormatError)
    }
  })
})

describe('the ELI update feed', () => {
  it('reads the recorded feed: entries only (not the feed’s own id), with the extension elements', () => {
    const entries = parseUpdateFeed(fixture('eli-update-feed.atom'))
    expect(entries.map((entry) => entry.path)).toEqual([
      '/eli/lta/2025/1760',
      '/eli/lta/2023/721',
      '/eli/retsinfo/2025/9737',
      '/eli/lta/2025/1700',
    ])
    expect(entries[0]).toMatchObject({
      title: expect.stringMatching(/^Lov om ændring af barnets lov/),
      updated: '2025-12-11',
      changeDate: '2025-12-11',
      reason: 'NewDocument',
      publishedIn: 'Lovtidende A',
    })
    expect(entries[2]!.title).toBe('Vejledning om hjælp og støtte til børn & unge (eksempel)')
    expect(entries[3]!.reason).toBeNull()
  })

  it('refuses what is not an Atom feed', () => {
    for (const garbled of ['', '<html><body>Fejl</body></html>', '<feed><entry>', '{"feed": []}']) {
      expect(() => parseUpdateFeed(garbled), garbled).toThrow(FormatError)
    }
  })
})

describe('reading over HTTP', () => {
  let server: Server
  let base: string
  beforeAll(async () => {
    server = createServer((request, response) => {
      const url = request.url ?? ''
      if (url === '/eli/lta/2023/721.rdfa') {
        response.writeHead(200, { 'content-type': 'application/json' })
        response.end(fixture('barnets-lov.unchanged.rdfa.json'))
      } else if (url === '/eli/lta/2023/999.rdfa') {
        response.writeHead(404, { 'content-type': 'text/plain' })
        response.end('No document found matching ELI request')
      } else if (url === '/eli/lta/2023/500.rdfa') {
        response.writeHead(503).end('Service Unavailable')
      } else if (url === '/eli/lta/2023/501.rdfa') {
        response.writeHead(200, { 'content-type': 'application/json' })
        response.end('[{"property": "eli:tit')
      } else if (url === '/eli/lta/2023/502.rdfa') {
        setTimeout(() => response.writeHead(200).end('[]'), 2000)
      } else if (url === '/eli/eli-update-feed.atom') {
        response.writeHead(200, { 'content-type': 'application/atom+xml' })
        response.end(fixture('eli-update-feed.atom'))
      } else {
        response.writeHead(500).end()
      }
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  it('reads an act and the feed, answers null for an unknown act, and names every failure', async () => {
    const source = retsinformationSource({ baseUrl: base, timeoutMs: 500 })
    expect((await source.actMetadata(BARNETS_LOV))?.inForce).toBe(true)
    expect(await source.updateFeed()).toHaveLength(4)
    expect(await source.actMetadata('/eli/lta/2023/999')).toBeNull()
    await expect(source.actMetadata('/eli/lta/2023/500')).rejects.toThrow(/HTTP 503/)
    await expect(source.actMetadata('/eli/lta/2023/501')).rejects.toThrow(/unreadable answer/)
    await expect(source.actMetadata('/eli/lta/2023/502')).rejects.toThrow(/no answer within 500 ms/)
    await expect(source.actMetadata('/eli/lta/2023/502')).rejects.toBeInstanceOf(SourceError)
    const unreachable = retsinformationSource({ baseUrl: 'http://127.0.0.1:9', timeoutMs: 500 })
    await expect(unreachable.updateFeed()).rejects.toBeInstanceOf(SourceError)
  })
})

const envOf = (vars: Record<string, string>) => readServerEnv(vars as NodeJS.ProcessEnv)

describe('switching the watch on and off', () => {
  it('is off without RETSINFORMATION_URL: no schedule, and a queued run does nothing', async () => {
    const off = watchRetsinformationTask({ timeoutSeconds: 20 })
    expect(off.schedule).toEqual([])
    const result = await (off.handler as (args: unknown) => Promise<unknown>)({
      input: {},
      req: {},
    })
    expect(result).toMatchObject({ output: { skipped: true, checked: 0 } })
    const on = watchRetsinformationTask({
      baseUrl: 'https://www.retsinformation.dk',
      timeoutSeconds: 20,
    })
    expect(on.schedule).toHaveLength(1)
  })

  it('takes only a URL and a sane timeout from the environment', () => {
    expect(envOf({}).RETSINFORMATION_URL).toBeUndefined()
    expect(envOf({}).RETSINFORMATION_TIMEOUT_SECONDS).toBe(20)
    expect(
      envOf({ RETSINFORMATION_URL: 'https://www.retsinformation.dk' }).RETSINFORMATION_URL,
    ).toBe('https://www.retsinformation.dk')
    expect(() => envOf({ RETSINFORMATION_URL: 'retsinformation' })).toThrow(/RETSINFORMATION_URL/)
    expect(() => envOf({ RETSINFORMATION_TIMEOUT_SECONDS: '0' })).toThrow(
      /RETSINFORMATION_TIMEOUT_SECONDS/,
    )
  })
})
