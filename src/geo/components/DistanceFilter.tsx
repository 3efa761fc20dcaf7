import Link from 'next/link'

import type { Dictionary } from '@/i18n'
import { formatNear } from '@/geo/params'
import type { SearchParams } from '@/search/query/params'
import { searchQueryString } from '@/search/query/params'
import type { SearchResult } from '@/search/query/types'

import { NearMeButton } from './NearMeButton.client'

const RADII = [5, 10, 25, 50] as const

/**
 * »Afstand« on the results page (fields of its GET form): near a postal code, or »nær mig« (the
 * browser's position, asked for on click), optionally within a radius. Where the distances are
 * measured from is said in words, with the note on how postal codes' centres are found.
 */
export function DistanceFilter({
  params,
  result,
  searchPath,
  needsPoint,
  t,
}: {
  params: SearchParams
  result: SearchResult
  searchPath: string
  needsPoint?: boolean
  t: Dictionary
}) {
  const g = t.geo
  const origin = result.origin
  const radii: number[] = [...RADII]
  if (params.radius && !radii.includes(params.radius)) radii.push(params.radius)
  const without = searchQueryString({
    ...params,
    near: undefined,
    postnr: undefined,
    radius: undefined,
    sort: params.sort === 'distance' ? 'relevance' : params.sort,
    page: 1,
  })
  const sortedByDistance = searchQueryString({ ...params, sort: 'distance', page: 1 })
  return (
    <fieldset className="facet distance-filter" data-facet="distance">
      <legend>{g.legend}</legend>
      {needsPoint ? (
        <p className="notice notice--warning" role="status">
          {g.needsPoint}
        </p>
      ) : null}
      <label htmlFor="f-postnr" className="facet__label">
        {g.postnr}
      </label>
      <input
        id="f-postnr"
        name="postnr"
        type="text"
        inputMode="numeric"
        autoComplete="postal-code"
        pattern="[0-9]{4}"
        maxLength={4}
        size={6}
        defaultValue={params.postnr ?? ''}
        aria-describedby="f-postnr-note"
      />
      {/* Always present, so that »Nær mig« can fill it in; empty fields stay out of the address. */}
      <input type="hidden" name="near" value={params.near ? formatNear(params.near) : ''} />
      <label htmlFor="f-radius" className="facet__label">
        {g.radius}
      </label>
      <select id="f-radius" name="radius" defaultValue={params.radius ? String(params.radius) : ''}>
        <option value="">{g.anyRadius}</option>
        {radii.map((km) => (
          <option key={km} value={km}>
            {g.km(km)}
          </option>
        ))}
      </select>
      <NearMeButton
        labels={{
          nearMe: g.nearMe,
          locating: g.locating,
          denied: g.denied,
          unavailable: g.unavailable,
          hint: g.nearMeHint,
        }}
      />
      {origin ? (
        <p data-distance-origin="">
          {origin.postnr ? g.fromPostnr(origin.postnr, origin.city ?? '') : g.fromHere}
          {params.sort !== 'distance' ? (
            <>
              {' · '}
              <Link href={`${searchPath}?${sortedByDistance}`}>{t.search.sorts.distance}</Link>
            </>
          ) : null}
          {' · '}
          <Link href={without ? `${searchPath}?${without}` : searchPath}>{g.clear}</Link>
        </p>
      ) : null}
      <p id="f-postnr-note" className="muted small">
        {g.centresNote}
      </p>
    </fieldset>
  )
}
