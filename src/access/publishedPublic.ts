import type { Where } from 'payload'

/** What anyone may read: the published version of a public document. */
export const publishedPublic: Where = {
  and: [{ _status: { equals: 'published' } }, { visibility: { equals: 'public' } }],
}

export const published: Where = { _status: { equals: 'published' } }
