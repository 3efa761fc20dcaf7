import type { Access, Where } from 'payload'

const publishedAndPublic: Where = {
  and: [{ _status: { equals: 'published' } }, { visibility: { equals: 'public' } }],
}

/**
 * Anonymous visitors read published, public documents only; logged-in users read more (the
 * access issue narrows this per role).
 */
export const publishedPublicOrAuthenticated: Access = ({ req: { user } }) =>
  user ? true : publishedAndPublic
