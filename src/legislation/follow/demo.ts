import { ValidationError, type Payload } from 'payload'

import { SUBSCRIPTIONS_SLUG } from './collections/subscriptions'

/** What the demo caseworker follows, so »Nyt siden sidst« and the digest show in the demo. */
const demoFollows: Array<{ email: string; topics: string[]; laws: string[] }> = [
  { email: 'sagsbehandler@videnportal.local', topics: ['angst'], laws: ['barnets-lov'] },
]

/** Subscriptions of the demo users (embedded start only); running it again changes nothing. */
export async function seedDemoSubscriptions(payload: Payload): Promise<number> {
  let created = 0
  for (const follow of demoFollows) {
    // access: the seed, before anybody is served.
    const { docs: users } = await payload.find({
      collection: 'users',
      where: { email: { equals: follow.email } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
    })
    const user = users[0]
    if (!user) continue
    // access: the seed.
    const { docs: topics } = await payload.find({
      collection: 'topics',
      where: { slug: { in: follow.topics } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    const wanted = [
      ...topics.map((topic) => ({ kind: 'topic', topic: topic.id })),
      ...follow.laws.map((law) => ({ kind: 'law', law })),
    ]
    for (const data of wanted) {
      try {
        // access: the seed.
        await payload.create({
          collection: SUBSCRIPTIONS_SLUG as 'subscriptions',
          data: { ...data, user: user.id } as never,
          depth: 0,
          overrideAccess: true,
          context: { disableRevalidate: true },
        })
        created++
      } catch (error) {
        // Already followed (a second start).
        if (!(error instanceof ValidationError)) throw error
      }
    }
  }
  return created
}
