import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publicContactMessage } from '@/domain/publicContact'
import { importFiles } from '@/import/importer'

import { offerData, offerInput, uniqueKey } from '../helpers/fixtures'
import { baseURL, loginToken } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let consultantToken: string
/** An organization of its own with neither phone nor e-mail. */
let silentOrg: number

const api = async (path: string, token: string, init: RequestInit = {}) => {
  const response = await fetch(`${baseURL()}/api${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

beforeAll(async () => {
  payload = await getTestPayload()
  consultantToken = await loginToken('konsulent@videnportal.local')
  const org = await payload.create({
    collection: 'organizations',
    data: { name: `Stille forening ${uniqueKey('org')}`, type: 'ngo', _status: 'published' },
  })
  silentOrg = org.id
})

afterAll(async () => {
  await payload.delete({ collection: 'offers', where: { provider: { equals: silentOrg } } })
  await payload.delete({ collection: 'organizations', id: silentOrg })
})

describe('a listing is published only with a way to reach the provider', () => {
  it('refuses to publish a listing without a public contact, over REST in Danish, and stores nothing', async () => {
    const title = `Uden kontakt ${uniqueKey('t')}`
    const data = await offerData(payload, {
      title,
      provider: silentOrg,
      contacts: [
        { name: 'Kun et navn', internal: false },
        { phone: '70 20 31 45', internal: true },
      ],
    })
    const created = await api('/offers', consultantToken, {
      method: 'POST',
      body: JSON.stringify(data),
    })
    expect(created.status).toBe(400)
    expect(JSON.stringify(created.body)).toContain(publicContactMessage)
    const { totalDocs } = await payload.count({
      collection: 'offers',
      where: { title: { equals: title } },
    })
    expect(totalDocs).toBe(0)
  })

  it('keeps such a listing as a draft, and publishes it once it has a public phone', async () => {
    const draft = await payload.create({
      collection: 'offers',
      data: (await offerData(payload, {
        provider: silentOrg,
        contacts: [],
        _status: 'draft',
      })) as never,
      draft: true,
    })
    const publish = await api(`/offers/${draft.id}`, consultantToken, {
      method: 'PATCH',
      body: JSON.stringify({ _status: 'published' }),
    })
    expect(publish.status).toBe(400)
    expect(JSON.stringify(publish.body)).toContain(publicContactMessage)
    const withPhone = await api(`/offers/${draft.id}`, consultantToken, {
      method: 'PATCH',
      body: JSON.stringify({
        _status: 'published',
        contacts: [{ role: 'Koordinator', phone: '70 20 31 45', internal: false }],
      }),
    })
    expect(withPhone.status).toBe(200)
  })

  it("accepts the organization's phone instead, and then keeps the organization from dropping it", async () => {
    await payload.update({
      collection: 'organizations',
      id: silentOrg,
      data: { email: 'kontakt@stille.example' },
    })
    const offer = await payload.create({
      collection: 'offers',
      data: (await offerData(payload, { provider: silentOrg, contacts: [] })) as never,
    })
    expect(offer._status).toBe('published')
    const dropped = await api(`/organizations/${silentOrg}`, consultantToken, {
      method: 'PATCH',
      body: JSON.stringify({ email: null, phone: null, _status: 'published' }),
    })
    expect(dropped.status).toBe(400)
    expect(JSON.stringify(dropped.body)).toContain(offer.title)
    const org = await payload.findByID({ collection: 'organizations', id: silentOrg, depth: 0 })
    expect(org.email).toBe('kontakt@stille.example')
    // A phone instead of the e-mail is fine.
    const swapped = await api(`/organizations/${silentOrg}`, consultantToken, {
      method: 'PATCH',
      body: JSON.stringify({ email: null, phone: '56 67 67 67', _status: 'published' }),
    })
    expect(swapped.status).toBe(200)
  })
})

describe('the importer', () => {
  it('reports a published listing without a way to reach the provider, and writes nothing', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'videnportal-contact-'))
    try {
      const orgKey = uniqueKey('org-stille')
      const listing = offerInput({ provider: orgKey, contacts: [] })
      const file = path.join(dir, 'uden-kontakt.json')
      writeFileSync(
        file,
        JSON.stringify({
          format: 'videnportal/v1',
          organizations: [{ externalId: orgKey, name: `Stille ${orgKey}`, type: 'ngo' }],
          listings: [listing],
        }),
      )
      const report = await importFiles(payload, [file])
      expect(report.written).toBe(false)
      expect(report.issues).toContainEqual(
        expect.objectContaining({ id: listing.externalId, field: 'contacts' }),
      )
      const { totalDocs } = await payload.count({
        collection: 'offers',
        where: { externalId: { equals: listing.externalId } },
      })
      expect(totalDocs).toBe(0)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
