import { z } from 'zod'

import { topicFacetValues } from '@/domain/options'
import { slug } from '@/domain/rules'

import { optionalText, text } from '../fields'
import { compact, defineSection } from '../section'

export const topicInput = z.object({
  slug,
  name: text('Emnet mangler et navn.'),
  facet: z.enum(topicFacetValues, { message: 'Emnetypen skal være "need" eller "target-group".' }),
  parent: slug.optional(),
  description: optionalText,
})
export type TopicInput = z.infer<typeof topicInput>

/** Topics, keyed by slug; a topic may name a broader one as its parent. */
export const topics = defineSection({
  name: 'topics',
  labels: { one: 'emne', many: 'emner', english: 'topics' },
  schema: topicInput,
  keyField: 'slug',
  collections: ['topics'],
  references: [
    { field: 'parent', to: 'topics', what: 'overordnet emne', keys: (topic) => [topic.parent] },
  ],
  check: (topic) =>
    topic.parent === topic.slug
      ? [{ field: 'parent', message: 'Et emne kan ikke være sit eget overemne.' }]
      : [],
  linksItself: true,
  toData: (topic, context, { withSelfReferences }) => ({
    slug: topic.slug,
    name: topic.name,
    facet: topic.facet,
    description: topic.description ?? null,
    ...(withSelfReferences ? { parent: context.id('topics', topic.parent) ?? null } : {}),
  }),
  exportItem: (t, context) =>
    compact({
      slug: String(t.slug),
      name: String(t.name),
      facet: t.facet as 'need',
      parent: context.key('topics', t.parent),
      description: t.description as string,
    }),
})
