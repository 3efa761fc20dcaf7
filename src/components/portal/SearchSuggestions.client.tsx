'use client'

import { useEffect, useId, useRef, useState } from 'react'

type Suggestion = { text: string; kind: 'title' | 'topic' | 'term' }

/**
 * Suggestions as you type for the search box `inputId`: titles, topics and search terms from
 * `/api/search-suggestions` (its own request limit, apart from searches), offered as the input's
 * datalist. Progressive enhancement: without JavaScript the box is a plain field of the GET form.
 */
export function SearchSuggestions({ inputId, label }: { inputId: string; label: string }) {
  const listId = `${useId().replace(/:/g, '')}-suggestions`
  const [items, setItems] = useState<Suggestion[]>([])
  const last = useRef('')

  useEffect(() => {
    const input = document.getElementById(inputId) as HTMLInputElement | null
    if (!input) return
    input.setAttribute('list', listId)
    let timer: ReturnType<typeof setTimeout> | undefined
    let controller: AbortController | undefined
    const onInput = () => {
      clearTimeout(timer)
      timer = setTimeout(async () => {
        const q = input.value.trim()
        if (q.length < 2 || q === last.current) return
        last.current = q
        controller?.abort()
        controller = new AbortController()
        try {
          const response = await fetch(`/api/search-suggestions?q=${encodeURIComponent(q)}`, {
            signal: controller.signal,
            headers: { Accept: 'application/json' },
          })
          if (!response.ok) return
          const body = (await response.json()) as { suggestions?: Suggestion[] }
          setItems(body.suggestions ?? [])
        } catch {
          // Aborted or offline: the box still works as a plain field.
        }
      }, 150)
    }
    input.addEventListener('input', onInput)
    return () => {
      clearTimeout(timer)
      controller?.abort()
      input.removeEventListener('input', onInput)
      input.removeAttribute('list')
    }
  }, [inputId, listId])

  return (
    <datalist id={listId} aria-label={label} data-suggestions-for={inputId}>
      {items.map((item) => (
        <option key={`${item.kind}:${item.text}`} value={item.text} />
      ))}
    </datalist>
  )
}
