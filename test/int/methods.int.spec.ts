import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DOCX_MIME } from '@/network/methods/documentText'
import { textToLexical } from '@/utilities/richText'

import { docBytes, docxBytes, refusal } from '../helpers/documents'
import { uniqueKey } from '../helpers/fixtures'
import { pngBytes } from '../helpers/files'
import { baseURL, loginToken, uploadForm } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

/**
 * Methods and templates (issue 18): files are PDF or .docx by content, their text is extracted on
 * upload and found by the portal's search as a kind of its own; a file follows its method's
 * visibility, through the API, the file URL and the portal page.
 */

let payload: Payload
let consultant: string
const created: Array<{ collection: 'methods' | 'media'; id: number }> = []

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
