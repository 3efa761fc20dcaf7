import { createRequire } from 'node:module'

/**
 * A strict XML reader for tests (sax, which Payload already depends on): throws on anything that is
 * not well-formed XML and returns a small element tree, so a test checks a feed as a feed reader
 * parses it rather than by matching strings.
 */
export type XmlElement = {
  name: string
  attributes: Record<string, string>
  children: XmlElement[]
  text: string
}

type SaxParser = {
  onopentag: (node: { name: string; attributes: Record<string, string> }) => void
  onclosetag: () => void
  ontext: (text: string) => void
  oncdata: (text: string) => void
  onerror: (error: Error) => void
  write: (xml: string) => SaxParser
  close: () => void
}

const sax = createRequire(import.meta.url)('sax') as {
  parser: (strict: boolean, options: Record<string, unknown>) => SaxParser
}

export function parseXml(xml: string): XmlElement {
  const parser = sax.parser(true, { xmlns: false, position: true })
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' }
  const stack: XmlElement[] = [root]
  parser.onopentag = (node) => {
    const element: XmlElement = {
      name: node.name,
      attributes: node.attributes,
      children: [],
      text: '',
    }
    stack.at(-1)!.children.push(element)
    stack.push(element)
  }
  parser.onclosetag = () => {
    stack.pop()
  }
  parser.ontext = (text) => {
    stack.at(-1)!.text += text
  }
  parser.oncdata = parser.ontext
  parser.onerror = (error) => {
    throw error
  }
  parser.write(xml).close()
  if (root.children.length !== 1) throw new Error('an XML document has exactly one root element')
  return root.children[0]!
}

/** The child elements of `element` with this name. */
export const childrenNamed = (element: XmlElement, name: string) =>
  element.children.filter((child) => child.name === name)

/** The text of the one child with this name ('' when missing). */
export const childText = (element: XmlElement, name: string) =>
  childrenNamed(element, name)[0]?.text.trim() ?? ''

/**
 * The elements RFC 4287 requires, checked on a parsed Atom document: the feed's id, title,
 * updated and author (at feed level, or on every entry), and each entry's id, title, updated and
 * a link (rel="alternate", as an entry without content must have). Returns the problems found.
 */
export function atomProblems(feed: XmlElement): string[] {
  const problems: string[] = []
  const isDate = (value: string) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value)
  if (feed.name !== 'feed') problems.push(`root is <${feed.name}>, not <feed>`)
  if (feed.attributes.xmlns !== 'http://www.w3.org/2005/Atom') problems.push('no Atom namespace')
  for (const name of ['id', 'title', 'updated']) {
    if (childrenNamed(feed, name).length !== 1) problems.push(`feed needs exactly one <${name}>`)
    else if (!childText(feed, name)) problems.push(`feed <${name}> is empty`)
  }
  if (!isDate(childText(feed, 'updated'))) problems.push('feed <updated> is not RFC 3339')
  const feedAuthor = childrenNamed(feed, 'author')
  if (feedAuthor.length > 0 && !childText(feedAuthor[0]!, 'name')) {
    problems.push('feed <author> has no <name>')
  }
  const self = childrenNamed(feed, 'link').find((link) => link.attributes.rel === 'self')
  if (!self?.attributes.href) problems.push('feed has no rel="self" link')
  for (const [index, entry] of childrenNamed(feed, 'entry').entries()) {
    for (const name of ['id', 'title', 'updated']) {
      if (childrenNamed(entry, name).length !== 1) {
        problems.push(`entry ${index} needs exactly one <${name}>`)
      }
    }
    if (!isDate(childText(entry, 'updated')))
      problems.push(`entry ${index} <updated> is not RFC 3339`)
    if (feedAuthor.length === 0 && childrenNamed(entry, 'author').length === 0) {
      problems.push(`entry ${index} has no author and neither has the feed`)
    }
    const alternate = childrenNamed(entry, 'link').find(
      (link) => (link.attributes.rel ?? 'alternate') === 'alternate' && link.attributes.href,
    )
    if (!alternate && childrenNamed(entry, 'content').length === 0) {
      problems.push(`entry ${index} has neither a rel="alternate" link nor <content>`)
    }
  }
  if (feedAuthor.length === 0 && childrenNamed(feed, 'entry').length === 0) {
    problems.push('feed has no <author>')
  }
  return problems
}
