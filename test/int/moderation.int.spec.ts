import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { baseURL, loginToken } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let ngoToken: string
let consultantToken: string

const api = async (path: string, token?: string, init: RequestInit = {}) => {
  const response = await fetch(`${baseURL()}/api${path}`, {
    ...init,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `JWT ${token}` } : {}),
    },
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

async function ownPublishedOffer() {
  const { docs: orgs } = await payload.find({
    collection: 'organizations',
    where: { externalId: { equals: 'org-pusterummet' } },
    limit: 1,
  })
  const { docs } = await payload.find({
    collection: 'offers',
    where: {
      and: [
        { provider: { equals: orgs[0]!.id } },
        { _status: { equals: 'published' } },
        { visibility: { equals: 'public' } },
      ],
    },
    sort: '-id',
    limit: 1,
    depth: 0,
  })
  return docs[0]!
}

beforeAll(async () => {
  payload = await getTestPayload()
  ngoToken = await loginToken('ngo@videnportal.local')
  consultantToken = await loginToken('konsulent@videnportal.local')
})

describe('moderation over the API', () => {
  it('keeps an NGO change as a draft, even when it asks to publish', async () => {
    const offer = await ownPublishedOffer()
    const patch = await api(`/offers/${offer.id}`, ngoToken, {
      method: 'PATCH',
      body: JSON.stringify({
        summary: 'Foreningen vil gerne offentliggøre dette.',
        _status: 'published',
      }),
    })
    expect(patch.status).toBe(200)
    expect((await api(`/offers/${offer.id}?depth=0`)).body.summary).toBe(offer.summary)
    const draft = await api(`/offers/${offer.id}?draft=true&depth=0`, consultantToken)
    expect(draft.body.summary).toBe('Foreningen vil gerne offentliggøre dette.')
    expect(draft.body.review).toMatchObject({ status: 'awaiting-review' })
    // Asking for the draft does not reveal it to those who may not read drafts.
    for (const token of [undefined, await loginToken('sagsbehandler@videnportal.local')]) {
      const asked = await api(`/offers/${offer.id}?draft=true&depth=0`, token)
      expect(asked.body.summary).toBe(offer.summary)
      const listed = await api(
        `/offers?draft=true&depth=0&limit=200&where[id][equals]=${offer.id}`,
        token,
      )
      expect(JSON.stringify(listed.body)).not.toContain('Foreningen vil gerne offentliggøre dette.')
    }
  })

  it('lets a consultant send it back with a comment the editor sees, and the public version stays', async () => {
    const offer = await ownPublishedOffer()
    await api(`/offers/${offer.id}`, ngoToken, {
      method: 'PATCH',
      body: JSON.stringify({ schedule: 'Nye tider: onsdage.' }),
    })
    const empty = await api(`/offers/${offer.id}/review`, consultantToken, {
      method: 'POST',
      body: JSON.stringify({ action: 'return', comment: '  ' }),
    })
    expect(empty.status).toBe(400)
    expect(JSON.stringify(empty.body)).toContain('Skriv en kommentar til redaktøren.')
    const back = await api(`/offers/${offer.id}/review`, consultantToken, {
      method: 'POST',
      body: JSON.stringify({ action: 'return', comment: 'Angiv også tidspunktet.' }),
    })
    expect(back.status).toBe(200)
    const seenByEditor = await api(`/offers/${offer.id}?draft=true&depth=0`, ngoToken)
    expect(seenByEditor.body.review).toMatchObject({
      status: 'changes-requested',
      comment: 'Angiv også tidspunktet.',
    })
    expect((await api(`/offers/${offer.id}?depth=0`)).body.schedule).toBe(offer.schedule)
  })

  it('publishes on the consultant’s word only', async () => {
    const offer = await ownPublishedOffer()
    await api(`/offers/${offer.id}`, ngoToken, {
      method: 'PATCH',
      body: JSON.stringify({ schedule: 'Torsdage kl. 17.' }),
    })
    const byEditor = await api(`/offers/${offer.id}/review`, ngoToken, {
      method: 'POST',
      body: JSON.stringify({ action: 'publish' }),
    })
    expect(byEditor.status).toBe(403)
    const bad = await api(`/offers/${offer.id}/review`, consultantToken, {
      method: 'POST',
      body: JSON.stringify({ action: 'approve' }),
    })
    expect(bad.status).toBe(400)
    const published = await api(`/offers/${offer.id}/review`, consultantToken, {
      method: 'POST',
      body: JSON.stringify({ action: 'publish' }),
    })
    expect(published.status).toBe(200)
    const now = await api(`/offers/${offer.id}?depth=0`)
    expect(now.body.schedule).toBe('Torsdage kl. 17.')
    expect(now.body.review).toMatchObject({ status: null })
    const again = await api(`/offers/${offer.id}/review`, consultantToken, {
      method: 'POST',
      body: JSON.stringify({ action: 'publish' }),
    })
    expect(again.status).toBe(404)
  })
})
