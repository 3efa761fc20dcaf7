import { RichText } from '@payloadcms/richtext-lexical/react'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

/** Lexical rich text (descriptions, note bodies) as HTML. */
export function RichTextBlock({ value, lang }: { value: unknown; lang?: string }) {
  if (!value || typeof value !== 'object' || !('root' in value)) return null
  return (
    <div className="rich-text" lang={lang}>
      <RichText data={value as SerializedEditorState} disableContainer />
    </div>
  )
}
