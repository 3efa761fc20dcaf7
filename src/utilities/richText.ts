import { isAllowedLinkTarget } from '@/domain/rules'

/**
 * Plain text ⇄ Lexical rich text, for the import format: paragraphs are separated by a blank line,
 * and a single newline inside a paragraph is a line break.
 */
type LexicalNode = { type: string; text?: string; children?: LexicalNode[]; [key: string]: unknown }
export type LexicalState = { root: LexicalNode }

const textNode = (text: string): LexicalNode => ({
  type: 'text',
  text,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

export function textToLexical(text: string): LexicalState {
  const paragraphs = text
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: paragraphs.map((paragraph) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: paragraph
          .split('\n')
          .flatMap((line, index) =>
            index === 0 ? [textNode(line)] : [{ type: 'linebreak', version: 1 }, textNode(line)],
          ),
      })),
    },
  }
}

function inlineText(node: LexicalNode): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'linebreak') return '\n'
  return (node.children ?? []).map(inlineText).join('')
}

/** The text of each block (paragraph, heading, list item …), blocks separated by a blank line. */
export function lexicalToText(state: unknown): string {
  const root = (state as LexicalState | null | undefined)?.root
  if (!root?.children) return ''
  const blocks: string[] = []
  const walk = (node: LexicalNode) => {
    if (node.type === 'list') {
      for (const item of node.children ?? []) blocks.push(inlineText(item).trim())
      return
    }
    blocks.push(inlineText(node).trim())
  }
  root.children.forEach(walk)
  return blocks.filter(Boolean).join('\n\n')
}

/**
 * The link targets of a Lexical state that may not be stored (see `isAllowedLinkTarget`): every
 * node with `fields.url` (link, autolink and any custom link node) or a plain `url`, at any depth.
 */
export function unsafeLinksIn(state: unknown): string[] {
  const found: string[] = []
  const seen = new Set<unknown>()
  const walk = (node: unknown, depth: number) => {
    if (!node || typeof node !== 'object' || seen.has(node) || depth > 200) return
    seen.add(node)
    if (Array.isArray(node)) {
      for (const child of node) walk(child, depth + 1)
      return
    }
    const record = node as Record<string, unknown>
    // A link node keeps its target in `fields.url`; the walk reaches `fields` as an object too.
    const url = record.url
    if (typeof url === 'string' && url !== '' && !isAllowedLinkTarget(url)) found.push(url)
    for (const value of Object.values(record)) walk(value, depth + 1)
  }
  walk(state, 0)
  return found
}
