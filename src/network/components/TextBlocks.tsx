import { textBlocks } from '../domain'

/** Plain text as paragraphs, lines starting with "- " as a list (the kommissorium's sections). */
export function TextBlocks({ text, lang }: { text?: string | null; lang?: string }) {
  const blocks = textBlocks(text)
  return (
    <>
      {blocks.map((block, index) =>
        block.kind === 'list' ? (
          <ul key={index} lang={lang}>
            {block.items.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        ) : (
          <p key={index} lang={lang}>
            {block.text}
          </p>
        ),
      )}
    </>
  )
}
