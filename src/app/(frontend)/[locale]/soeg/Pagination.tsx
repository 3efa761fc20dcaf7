import Link from 'next/link'

import type { Dictionary } from '@/i18n'

/** Page numbers around the current one, with gaps (null) for long lists. */
export function pageWindow(current: number, total: number): Array<number | null> {
  const pages = new Set([1, total, current - 1, current, current + 1])
  const sorted = [...pages].filter((p) => p >= 1 && p <= total).sort((a, b) => a - b)
  const out: Array<number | null> = []
  for (const page of sorted) {
    if (out.length && page - (out[out.length - 1] as number) > 1) out.push(null)
    out.push(page)
  }
  return out
}

/** Previous, numbered and next links; nothing when everything fits on one page. */
export function Pagination({
  page,
  pages,
  link,
  t,
}: {
  page: number
  pages: number
  link: (page: number) => string
  t: Dictionary
}) {
  if (pages <= 1) return null
  return (
    <nav aria-label={t.search.pagination} className="pagination">
      <ul>
        {page > 1 ? (
          <li>
            <Link href={link(page - 1)} rel="prev">
              {t.search.previous}
            </Link>
          </li>
        ) : null}
        {pageWindow(page, pages).map((number, index) =>
          number === null ? (
            <li key={`gap-${index}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={number}>
              <Link
                href={link(number)}
                aria-current={number === page ? 'page' : undefined}
                aria-label={t.search.page(number)}
              >
                {number}
              </Link>
            </li>
          ),
        )}
        {page < pages ? (
          <li>
            <Link href={link(page + 1)} rel="next">
              {t.search.next}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
