import { paths } from '@/domain/urls'
import type { Dictionary, Locale } from '@/i18n'
import type { ReferenceMunicipality } from '@/queries/reference'

import { SearchSuggestions } from './SearchSuggestions.client'

/** The home page's search: a plain GET form to the results page, with age and municipality. */
export function QuickSearchForm({
  locale,
  t: dictionary,
  members,
}: {
  locale: Locale
  t: Dictionary
  members: ReferenceMunicipality[]
}) {
  const t = dictionary.home
  return (
    <form action={paths.search(locale)} method="get" role="search" className="quick-search">
      <div className="quick-search__query">
        <label htmlFor="home-q">{t.searchLabel}</label>
        <p id="home-q-hint" className="hint">
          {t.searchHint}
        </p>
        <input
          id="home-q"
          name="q"
          type="search"
          maxLength={200}
          aria-describedby="home-q-hint"
          autoComplete="off"
          enterKeyHint="search"
        />
        <SearchSuggestions inputId="home-q" label={t.searchLabel} />
      </div>
      <div className="quick-search__filters">
        <div>
          <label htmlFor="home-age">{t.ageLabel}</label>
          <select id="home-age" name="age" defaultValue="">
            <option value="">{t.anyAge}</option>
            {Array.from({ length: 31 }, (_, age) => (
              <option key={age} value={age}>
                {dictionary.search.years(age)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="home-municipality">{t.municipalityLabel}</label>
          <select id="home-municipality" name="municipality" defaultValue="">
            <option value="">{t.anyMunicipality}</option>
            {members.map((m) => (
              <option key={m.code} value={m.code}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--large">
          {t.submit}
        </button>
      </div>
    </form>
  )
}
