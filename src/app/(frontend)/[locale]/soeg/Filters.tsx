import { contentLang, type Dictionary, formatNumber, type Locale } from '@/i18n'
import type { ReferenceData } from '@/queries/reference'
import { type FacetName, type SearchParams, searchKinds } from '@/search/query/params'
import type { SearchResult } from '@/search/query/types'

import { paths } from '@/domain/urls'
import { DistanceFilter } from '@/geo/components/DistanceFilter'

import { facetValueLabel } from './labels'
import { FiltersDisclosure } from './FiltersDisclosure.client'
import { activeFilters, selected } from './suggestions'

const VISIBLE = 8

type Props = {
  params: SearchParams
  result: SearchResult
  reference: ReferenceData
  locale: Locale
  t: Dictionary
  /** »Afstand« was chosen without a postal code or position (src/geo/pageParams.ts). */
  distanceNeedsPoint?: boolean
}

/** A facet's values with their counts, chosen values included, in the order readers expect. */
function orderedValues(
  facet: FacetName,
  { params, result, reference, t }: Props,
): Array<[string, number]> {
  const values = new Map(Object.entries(result.facets[facet] ?? {}))
  for (const value of selected(params, facet)) if (!values.has(value)) values.set(value, 0)
  const entries = [...values.entries()]
  if (facet === 'kind') {
    return searchKinds.filter((k) => values.has(k)).map((k) => [k, values.get(k)!])
  }
  if (facet === 'municipality') {
    const label = (code: string) => facetValueLabel('municipality', code, reference, t)
    return entries.sort((a, b) => label(a[0]).localeCompare(label(b[0]), 'da'))
  }
  return entries.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'da'))
}

/** A facet of checkboxes; the first values shown, the rest behind "show more". */
function CheckboxFacet({
  facet,
  ...props
}: Props & {
  facet: 'kind' | 'municipality' | 'topic' | 'legalBasis' | 'language' | 'outcome'
}) {
  const { params, reference, locale, t } = props
  const entries = orderedValues(facet, props)
  if (entries.length === 0) return null
  const chosen = new Set(selected(params, facet))
  const item = ([value, count]: [string, number]) => {
    const id = `f-${facet}-${value}`
    return (
      <li key={value}>
        <input
          type="checkbox"
          id={id}
          name={facet}
          value={value}
          defaultChecked={chosen.has(value)}
        />
        <label htmlFor={id}>
          <span lang={facet === 'topic' || facet === 'outcome' ? contentLang(locale) : undefined}>
            {facetValueLabel(facet, value, reference, t)}
          </span>{' '}
          <span className="count">({formatNumber(count, locale)})</span>
        </label>
      </li>
    )
  }
  // Chosen values always stay visible.
  const visible = entries.filter(([value], index) => index < VISIBLE || chosen.has(value))
  const rest = entries.filter(([value], index) => index >= VISIBLE && !chosen.has(value))
  return (
    <fieldset className="facet" data-facet={facet}>
      <legend>{t.search.facets[facet]}</legend>
      <ul>{visible.map(item)}</ul>
      {rest.length > 0 ? (
        <details>
          <summary>{t.search.showMore(rest.length)}</summary>
          <ul>{rest.map(item)}</ul>
        </details>
      ) : null}
    </fieldset>
  )
}

/** A yes/no filter (only free, only open for referral). */
function SingleFacet({
  facet,
  value,
  label,
  params,
  result,
  locale,
  t,
}: Props & { facet: 'cost' | 'capacity'; value: 'free' | 'open'; label: string }) {
  const id = `f-${facet}`
  const count = result.facets[facet]?.[value] ?? 0
  return (
    <fieldset className="facet" data-facet={facet}>
      <legend>{t.search.facets[facet]}</legend>
      <ul>
        <li>
          <input
            type="checkbox"
            id={id}
            name={facet}
            value={value}
            defaultChecked={params[facet] === value}
          />
          <label htmlFor={id}>
            {label} <span className="count">({formatNumber(count, locale)})</span>
          </label>
        </li>
      </ul>
    </fieldset>
  )
}

/** The age select: one age; further ages from the address are kept as hidden fields. */
function AgeFacet({ params, result, locale, t }: Props) {
  const ages = result.facets.age ?? {}
  const chosenAges = selected(params, 'age')
  return (
    <div className="facet" data-facet="age">
      <label htmlFor="f-age" className="facet__label">
        {t.search.facets.age}
      </label>
      <select id="f-age" name="age" defaultValue={chosenAges[0] ?? ''}>
        <option value="">{t.search.anyAge}</option>
        {Array.from({ length: 31 }, (_, age) => String(age)).map((age) => (
          <option key={age} value={age}>
            {t.search.years(Number(age))} ({formatNumber(ages[age] ?? 0, locale)})
          </option>
        ))}
      </select>
      {chosenAges.slice(1).map((age) => (
        <input key={age} type="hidden" name="age" value={age} />
      ))}
    </div>
  )
}

/**
 * Every filter of the results page with its counts (fields of the page's GET form), behind a
 * "Filtre (n)" disclosure on phones so that the results come first (FiltersDisclosure).
 */
export function Filters(props: Props) {
  const { t, params } = props
  const chosen = activeFilters(params).length
  return (
    <aside className="filters" aria-labelledby="filters-heading">
      <FiltersDisclosure
        summary={
          <summary className="filters__toggle button button--secondary" data-active={chosen}>
            {t.resultCard.filters(chosen)}
          </summary>
        }
      >
        <FilterFields {...props} />
      </FiltersDisclosure>
    </aside>
  )
}

function FilterFields(props: Props) {
  const { t } = props
  return (
    <div className="filters__body">
      <h2 id="filters-heading">{t.search.filters}</h2>
      <DistanceFilter
        params={props.params}
        result={props.result}
        searchPath={paths.search(props.locale)}
        needsPoint={props.distanceNeedsPoint}
        t={t}
      />
      <AgeFacet {...props} />
      <CheckboxFacet facet="municipality" {...props} />
      <CheckboxFacet facet="kind" {...props} />
      <SingleFacet facet="capacity" value="open" label={t.search.onlyOpen} {...props} />
      <SingleFacet facet="cost" value="free" label={t.search.onlyFree} {...props} />
      <CheckboxFacet facet="topic" {...props} />
      <CheckboxFacet facet="outcome" {...props} />
      <CheckboxFacet facet="language" {...props} />
      <CheckboxFacet facet="legalBasis" {...props} />
      <button type="submit" className="button button--secondary filters__apply">
        {t.search.applyFilters}
      </button>
    </div>
  )
}
