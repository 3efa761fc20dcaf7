/**
 * Atom 1.0 (RFC 4287) as text, from plain data: no library, a few elements. Every element the
 * RFC requires is a required property here: the feed's id, title, updated and author (at feed
 * level, so entries need none), and each entry's id, title, updated and an alternate link.
 */
export type AtomEntry = {
  id: string
  title: string
  updated: Date
  published?: Date
  link: string
  summary?: string
  categories?: Array<{ term: string; label?: string; scheme?: string }>
}

export type AtomFeed = {
  id: string
  title: string
  subtitle?: string
  updated: Date
  author: { name: string; uri?: string }
  /** The feed's own address (rel="self"). */
  self: string
  /** The page the feed mirrors (rel="alternate"). */
  alternate: string
  lang: string
  entries: AtomEntry[]
}

/** Characters XML 1.0 does not allow at all (controls other than tab, newline, return). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

export const escapeXml = (value: string) =>
  value
    .replace(NOT_XML, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')

/** RFC 3339 without fractions, as Atom readers expect: 2026-12-01T10:00:00Z. */
export const atomDate = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z')

const text = (name: string, value: string, indent: string) =>
  `${indent}<${name}>${escapeXml(value)}</${name}>`

const attributes = (values: Record<string, string | undefined>) =>
  Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(value!)}"`)
    .join('')

export function renderAtom(feed: AtomFeed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    text('id', feed.id, '  '),
    text('title', feed.title, '  '),
    ...(feed.subtitle ? [text('subtitle', feed.subtitle, '  ')] : []),
    text('updated', atomDate(feed.updated), '  '),
    '  <author>',
    text('name', feed.author.name, '    '),
    ...(feed.author.uri ? [text('uri', feed.author.uri, '    ')] : []),
    '  </author>',
    `  <link${attributes({ rel: 'self', type: 'application/atom+xml', href: feed.self })}/>`,
    `  <link${attributes({ rel: 'alternate', type: 'text/html', href: feed.alternate })}/>`,
    text('generator', 'Videnportal', '  '),
  ]
  for (const entry of feed.entries) {
    lines.push(
      '  <entry>',
      text('id', entry.id, '    '),
      text('title', entry.title, '    '),
      text('updated', atomDate(entry.updated), '    '),
      ...(entry.published ? [text('published', atomDate(entry.published), '    ')] : []),
      `    <link${attributes({ rel: 'alternate', type: 'text/html', href: entry.link })}/>`,
      ...(entry.summary ? [`    <summary type="text">${escapeXml(entry.summary)}</summary>`] : []),
      ...(entry.categories ?? []).map(
        (category) =>
          `    <category${attributes({ term: category.term, label: category.label, scheme: category.scheme })}/>`,
      ),
      '  </entry>',
    )
  }
  lines.push('</feed>', '')
  return lines.join('\n')
}
