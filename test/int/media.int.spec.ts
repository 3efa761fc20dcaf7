import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { htmlBytes, pdfBytes, pngBytes, svgBytes } from '../helpers/files'
import { baseURL, loginToken, uploadForm } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let consultantToken: string

const mediaCount = async () => (await payload.count({ collection: 'media' })).totalDocs

async function upload(file: Buffer, filename: string, type: string, token?: string) {
  const response = await fetch(`${baseURL()}/api/media`, {
    method: 'POST',
    headers: token ? { Authorization: `JWT ${token}` } : {},
    body: uploadForm(file, filename, type),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

const firstMessage = (body: Record<string, unknown>) =>
  (body.errors as Array<{ message: string }> | undefined)?.[0]?.message ?? ''

beforeAll(async () => {
  payload = await getTestPayload()
  consultantToken = await loginToken('konsulent@videnportal.local')
})

describe('media over the Local API', () => {
  it('stores a real PNG with its detected type', async () => {
    const data = await pngBytes()
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'Logo' },
      file: { data, mimetype: 'image/png', name: 'logo.png', size: data.length },
    })
    expect(doc.mimeType).toBe('image/png')
    expect(doc.sizes?.thumbnail?.filename).toBeTruthy()
  })

  it('refuses HTML that calls itself a PNG, and writes nothing', async () => {
    const before = await mediaCount()
    const data = htmlBytes()
    await expect(
      payload.create({
        collection: 'media',
        data: { alt: 'Falsk billede' },
        file: { data, mimetype: 'image/png', name: 'falsk.png', size: data.length },
      }),
    ).rejects.toThrow(/Filtypen er ikke tilladt/)
    expect(await mediaCount()).toBe(before)
  })
})

describe('media over REST', () => {
  it('accepts a PDF from a consultant', async () => {
    const { status, body } = await upload(
      pdfBytes(),
      'vejledning.pdf',
      'application/pdf',
      consultantToken,
    )
    expect(status).toBe(201)
    expect((body.doc as { mimeType: string }).mimeType).toBe('application/pdf')
  })

  it('refuses a disguised file with 400 and a Danish message', async () => {
    const before = await mediaCount()
    const { status, body } = await upload(
      htmlBytes(),
      'rapport.pdf',
      'application/pdf',
      consultantToken,
    )
    expect(status).toBe(400)
    expect(firstMessage(body)).toMatch(/Filtypen er ikke tilladt/)
    expect(await mediaCount()).toBe(before)
  })

  it('refuses SVG', async () => {
    const { status, body } = await upload(svgBytes(), 'ikon.svg', 'image/svg+xml', consultantToken)
    expect(status).toBe(400)
    expect(firstMessage(body)).toMatch(/ikke tilladt/)
  })

  it('refuses a PNG named .pdf', async () => {
    const { status, body } = await upload(
      await pngBytes(),
      'dokument.pdf',
      'application/pdf',
      consultantToken,
    )
    expect(status).toBe(400)
    expect(firstMessage(body)).toMatch(/ender på \.pdf, men indholdet er PNG/)
  })

  it('refuses uploads from anonymous visitors and caseworkers', async () => {
    expect((await upload(await pngBytes(), 'a.png', 'image/png')).status).toBe(403)
    const caseworker = await loginToken('sagsbehandler@videnportal.local')
    expect((await upload(await pngBytes(), 'a.png', 'image/png', caseworker)).status).toBe(403)
  })

  it("approves a consultant's upload at once and serves it to everyone; an NGO editor's waits", async () => {
    const consultantUpload = await upload(
      await pngBytes(),
      'godkendt-med-det-samme.png',
      'image/png',
      consultantToken,
    )
    expect(consultantUpload.status).toBe(201)
    const approvedDoc = consultantUpload.body.doc as { id: number; approved: boolean; url: string }
    expect(approvedDoc.approved).toBe(true)
    // Anonymous readers see approved files only.
    const anonymous = await fetch(`${baseURL()}/api/media/${approvedDoc.id}`)
    expect(anonymous.status).toBe(200)
    const file = await fetch(new URL(approvedDoc.url, baseURL()))
    expect(file.status).toBe(200)

    // An explicit choice stands: a consultant may upload a file that is not public yet.
    const form = uploadForm(pdfBytes(), 'ikke-endnu.pdf', 'application/pdf')
    form.set('_payload', JSON.stringify({ alt: 'Ikke endnu', approved: false }))
    const held = await fetch(`${baseURL()}/api/media`, {
      method: 'POST',
      headers: { Authorization: `JWT ${consultantToken}` },
      body: form,
    })
    expect(held.status).toBe(201)
    expect(((await held.json()) as { doc: { approved: boolean } }).doc.approved).toBe(false)

    // An NGO editor's upload waits for a consultant, even when it asks to be approved.
    const ngoToken = await loginToken('ngo@videnportal.local')
    const ngoForm = uploadForm(await pngBytes(), 'forening.png', 'image/png')
    ngoForm.set('_payload', JSON.stringify({ alt: 'Foreningens logo', approved: true }))
    const ngoUpload = await fetch(`${baseURL()}/api/media`, {
      method: 'POST',
      headers: { Authorization: `JWT ${ngoToken}` },
      body: ngoForm,
    })
    expect(ngoUpload.status).toBe(201)
    const waiting = ((await ngoUpload.json()) as { doc: { id: number; approved: boolean } }).doc
    expect(waiting.approved).toBe(false)
    expect((await fetch(`${baseURL()}/api/media/${waiting.id}`)).status).toBe(404)
  })

  // Last: the server drops the connection of an aborted upload, which a reused socket would hit.
  it('refuses a file over the size limit with 413', async () => {
    const before = await mediaCount()
    const big = Buffer.concat([pdfBytes(), Buffer.alloc(11 * 1024 * 1024, 0x20)])
    const { status, body } = await upload(big, 'stor.pdf', 'application/pdf', consultantToken)
    expect(status).toBe(413)
    expect(firstMessage(body)).toMatch(/Filen er for stor/)
    expect(await mediaCount()).toBe(before)
  })
})
