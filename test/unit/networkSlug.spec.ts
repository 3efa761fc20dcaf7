import { readdirSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { networkSlug, reservedNetworkSlugs } from '@/network/domain'
import { networkInput } from '@/network/import/sections'

/**
 * A network whose slug is the name of a page under /netvaerk/ (the follow-ups page, /netvaerk/
 * opfoelgning) would be hidden behind it: such slugs are reserved, in the admin (the slug field's
 * rule) and in the importer, with a Danish message.
 */
const routes = path.resolve(__dirname, '../../src/app/(frontend)/[locale]/netvaerk')

describe('reserved network slugs', () => {
  it('reserves every page of its own under /netvaerk/', () => {
    const pages = readdirSync(routes, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('['))
      .map((entry) => entry.name)
    expect(pages).toContain('opfoelgning')
    expect([...reservedNetworkSlugs].sort()).toEqual(pages.sort())
  })

  it('refuses a reserved slug with a Danish message and accepts others', () => {
    const refused = networkSlug.safeParse('opfoelgning')
    expect(refused.success).toBe(false)
    expect(refused.error?.issues[0]?.message).toMatch(/optaget af en side i portalen/)
    expect(networkSlug.safeParse('opfoelgning-i-skolen').success).toBe(true)
    expect(networkSlug.safeParse('Opfølgning').success).toBe(false)
  })

  it('refuses it in the exchange format too', () => {
    const result = networkInput.safeParse({
      externalId: 'net-test',
      name: 'Et netværk',
      slug: 'opfoelgning',
      formality: 'formal',
      task: 'open',
      visibility: 'internal',
    })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]).toMatchObject({ path: ['slug'] })
  })
})
