import Link from 'next/link'

/** The topics of a document page, each a link into the search (nothing when there are none). */
export function TopicLinks({
  heading,
  topics,
  href,
  lang,
}: {
  heading: string
  topics: ReadonlyArray<{ id: number; name: string; slug?: string | null }>
  /** The search a topic leads to. */
  href: (slug: string) => string
  lang: string | undefined
}) {
  if (!topics.length) return null
  return (
    <section aria-labelledby="emner">
      <h2 id="emner">{heading}</h2>
      <ul className="tag-list">
        {topics.map((topic) => (
          <li key={topic.id}>
            <Link href={href(topic.slug ?? '')} lang={lang}>
              {topic.name}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
