import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { hasPublicContact, type ContactLike, type ProviderLike } from '@/domain/publicContact'

const dir = path.resolve(__dirname, '../../content')
const read = (file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8'))

type Item = { externalId: string; status?: string; provider: string; contacts?: ContactLike[] }

describe('the sample content', () => {
  it('gives every published listing a public phone or e-mail, its own or its provider’s', () => {
    const organizations = new Map<string, ProviderLike>(
      (read('organizations.json').organizations as (ProviderLike & { externalId: string })[]).map(
        (org) => [org.externalId, org],
      ),
    )
    const listings = readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .flatMap((file) => (read(file).listings ?? []) as Item[])
    expect(listings.length).toBeGreaterThan(50)
    const stranded = listings
      .filter((item) => (item.status ?? 'published') === 'published')
      .filter((item) => !hasPublicContact(item.contacts, organizations.get(item.provider)))
      .map((item) => item.externalId)
    expect(stranded).toEqual([])
  })
})
