import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DOCX_MIME } from '@/network/methods/documentText'
import { syncDocuments } from '@/search/indexing/indexer'
import { textToLexical } from '@/utilities/richText'

import { docBytes, docxBytes, refusal } from '../helpers/documents'
import { sampleIds, uniqueKey } from '../helpers/fixtures'
import { pngBytes } from '../helpers/files'
import { baseURL, loginToken, uploadForm } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { eventually } from '../helpers/search'

/**
 * Methods and templates (issue 18): files are PDF or .docx by content, their text is extracted on
 * upload and found by the portal's search as a kind of its own; a file follows its method's
 * visibility, through the API, the file URL and the portal page.
 */

let payload: Payload
let consultant: string
const created: Array<{ collection: 'methods' | 'media' | 'networks' | 'users'; id: number }> = []

async function upload(file: Buffer, filename: string, type: string) {
  const response = await fetch(`${baseURL()}/api/media`, {
    method: 'POST',
    headers: { Authorization: `JWT ${consultant}` },
    body: uploadForm(file, filename, type, 'Skabelon'),
  })
  const body = (await response.json()) as {
    doc?: { id: number; url: string }
    errors?: Array<{ message: string }>
  }
  if (body.doc) created.push({ collection: 'media', id: body.doc.id })
  return { status: response.status, body }
}

async function createMethod(word: string, visibility: 'public' | 'internal', files: number[]) {
  const doc = await payload.create({
    collection: 'methods',
    data: {
      title: `Metode ${uniqueKey('metode')}`,
      methodType: 'template',
      summary: 'En skabelon til test af metodebiblioteket.',
      description: textToLexical('Beskrivelsen nævner ikke filens særlige ord.'),
      whenToUse: 'Når testen kører.',
      evidenceLevel: 'experience-based',
      owner: 'Testgruppen',
      version: '1.0',
      files,
      visibility,
      _status: 'published',
    } as never,
    overrideAccess: true,
    depth: 0,
  })
  created.push({ collection: 'methods', id: doc.id })
  expect(JSON.stringify(doc)).not.toContain(word)
  return doc
}

beforeAll(async () => {
  payload = await getTestPayload()
  consultant = await loginToken('konsulent@videnportal.local')
})

afterAll(async () => {
  for (const { collection, id } of created.reverse())
    await payload.delete({ collection, id, overrideAccess: true }).catch(() => undefined)
})

describe('method files', () => {
  it('accepts a .docx over REST and extracts its text', async () => {
    const { status, body } = await upload(
      docxBytes('Fælles arbejdsgang med kvitteringsskabelon'),
      'arbejdsgang.docx',
      DOCX_MIME,
    )
    expect(status).toBe(201)
    const stored = await payload.findByID({
      collection: 'media',
      id: body.doc!.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(stored.mimeType).toBe(DOCX_MIME)
    expect(stored.documentText).toBe('Fælles arbejdsgang med kvitteringsskabelon')
  })

  it('refuses .doc and macro-enabled Word files by content, with a Danish message', async () => {
    const doc = await upload(docBytes(), 'gammel.docx', DOCX_MIME)
    expect(doc.status).toBe(400)
    expect(doc.body.errors?.[0]?.message).toMatch(/Filtypen er ikke tilladt/)
    const macro = await upload(docxBytes('x', { macros: true }), 'makro.docx', DOCX_MIME)
    expect(macro.status).toBe(400)
    expect(macro.body.errors?.[0]?.message).toMatch(/makroer/)
  })

  it('refuses an image as a method file', async () => {
    const png = await pngBytes()
    const image = await payload.create({
      collection: 'media',
      data: { alt: 'Billede' },
      file: { data: png, mimetype: 'image/png', name: `${uniqueKey('b')}.png`, size: png.length },
      overrideAccess: true,
    })
    created.push({ collection: 'media', id: image.id })
    expect(await refusal(createMethod('x', 'public', [image.id]))).toMatch(/PDF- og Word-filer/)
  })
})

describe('methods in the search follow their read access', () => {
  // Letters only, so that no analyser splits it: a word nothing else in the index holds.
  const word = `lundeskema${Date.now()
    .toString(36)
    .replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)}`
  const password = 'metode-kodeord-7'
  const email = (prefix: string) => `${uniqueKey(prefix)}@test.local`.toLowerCase()
  const outsiderEmail = email('udenfor')
  const memberEmail = email('medlem')
  let title = ''

  beforeAll(async () => {
    const { koege } = await sampleIds(payload)
    const { docs } = await payload.find({
      collection: 'municipalities',
      where: { id: { not_equals: koege } },
      depth: 0,
      limit: 1,
    })
    const other = docs[0]!.id
    const user = async (address: string, municipality: number) => {
      const doc = await payload.create({
        collection: 'users',
        data: {
          email: address,
          password,
          name: 'Test Konsulent',
          role: 'consultant',
          municipality,
        },
        depth: 0,
        overrideAccess: true,
      })
      created.push({ collection: 'users', id: doc.id })
    }
    // The outsider is a consultant of Køge; the network's only member municipality is another.
    await user(outsiderEmail, koege)
    await user(memberEmail, other)
    const network = await payload.create({
      collection: 'networks',
      data: {
        name: `Netværk uden Køge ${uniqueKey('n')}`,
        formality: 'formal',
        task: 'closed',
        visibility: 'internal',
        memberMunicipalities: [other],
      } as never,
      depth: 0,
      overrideAccess: true,
    })
    created.push({ collection: 'networks', id: network.id })
    title = `Intern metode om ${word}`
    const method = await payload.create({
      collection: 'methods',
      data: {
        network: network.id,
        title,
        methodType: 'procedure',
        summary: `Et internt resumé om ${word}.`,
        description: textToLexical('Kun for netværkets medlemmer.'),
        whenToUse: 'Når netværket mødes.',
        evidenceLevel: 'experience-based',
        owner: 'Netværkets arbejdsgruppe',
        version: '1.0',
        visibility: 'internal',
        _status: 'published',
      } as never,
      depth: 0,
      overrideAccess: true,
    })
    created.push({ collection: 'methods', id: method.id })
    // The sync job would do this on the server; run it here, so the index holds it now.
    await syncDocuments(payload, 'methods', [method.id])
  })

  const found = async (token: string | null) => {
    const headers = token ? { Authorization: `JWT ${token}` } : undefined
    const response = await fetch(`${baseURL()}/api/search?q=${word}`, { headers })
    expect(response.status).toBe(200)
    const body = (await response.json()) as { degraded: boolean; hits: Array<{ title: string }> }
    expect(body.degraded).toBe(false)
    return body.hits.map((hit) => hit.title)
  }
  const suggested = async (token: string) => {
    const response = await fetch(`${baseURL()}/api/search-suggestions?q=${word}`, {
      headers: { Authorization: `JWT ${token}` },
    })
    expect(response.status).toBe(200)
    const body = (await response.json()) as { suggestions: Array<{ text: string }> }
    return body.suggestions.map((suggestion) => suggestion.text)
  }

  it("a consultant finds an internal method of a network they are a member of, not of another's", async () => {
    const member = await loginToken(memberEmail, password)
    const outsider = await loginToken(outsiderEmail, password)
    // The server keeps who takes part in each network in memory for 15 s (the network was made
    // by this process, so the server did not forget its copy at once).
    await eventually(async () => (await found(member)).includes(title), {
      timeoutMs: 45_000,
      intervalMs: 500,
      what: 'the member finds the internal method',
    })
    expect(await found(member)).toEqual([title])
    expect(await suggested(member)).toContain(title)
    // The method's page is refused to the outsider: so are its title and summary in the search.
    expect(await found(outsider)).toEqual([])
    expect(await suggested(outsider)).not.toContain(title)
    expect(await found(null)).toEqual([])
    // The secretariat reads every method.
    expect(await found(await loginToken('admin@videnportal.local'))).toEqual([title])
  })
})
