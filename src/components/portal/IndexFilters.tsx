import Link from 'next/link'
import type { ReactNode } from 'react'

/**
 * The filter form of a portal index (/lovgivning, /metoder): a GET form (the URL is the state, it
 * works without JavaScript) with a free-text field first, the index's own selects, "apply" and,
 * when something is filtered, a link back to everything.
 */
export function IndexFilters({
  action,
  label,
  searchLabel,
  q,
  applyLabel,
  clear,
  data,
  children,
}: {
  action: string
  /** The form's accessible name. */
  label: string
  searchLabel: string
  q: string | undefined
  applyLabel: string
  /** The link back to the unfiltered index, shown when something is filtered. */
  clear: { href: string; label: string } | null
  /** A data attribute tests and styles find the form by, e.g. `data-note-filters`. */
  data: `data-${string}`
  children: ReactNode
}) {
  return (
    <form
      method="get"
      action={action}
      className="note-filters"
      role="search"
      aria-label={label}
      {...{ [data]: '' }}
    >
      <label className="note-filters__search">
        {searchLabel}
        <input type="search" name="q" defaultValue={q} maxLength={200} />
      </label>
      {children}
      <button type="submit" className="button">
        {applyLabel}
      </button>
      {clear ? <Link href={clear.href}>{clear.label}</Link> : null}
    </form>
  )
}

/** One select of an index's filters, with an "all" option first. */
export function FilterSelect({
  name,
  label,
  all,
  value,
  children,
}: {
  name: string
  label: string
  all: string
  value: string | undefined
  children: ReactNode
}) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value ?? ''}>
        <option value="">{all}</option>
        {children}
      </select>
    </label>
  )
}
