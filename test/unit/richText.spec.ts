import { describe, expect, it } from 'vitest'

import { lexicalToText, textToLexical } from '@/utilities/richText'

describe('rich text as plain paragraphs', () => {
  it('round-trips paragraphs and line breaks', () => {
    const text = 'Første afsnit med æøå.\n\nAndet afsnit\nmed linjeskift.'
    const state = textToLexical(text)
    expect(state.root.children).toHaveLength(2)
    expect(lexicalToText(state)).toBe(text)
  })

  it('reads nothing from an empty value', () => {
    expect(lexicalToText(null)).toBe('')
  })
})
