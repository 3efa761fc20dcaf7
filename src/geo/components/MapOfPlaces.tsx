import type { Dictionary } from '@/i18n'
import { mapTiles } from '@/geo/tiles'

import { type MapPlace, PlacesMap } from './PlacesMap.client'

/**
 * The map of a page's places when a tile server is configured (MAP_TILE_URL); without one, or
 * without places with coordinates, nothing: the page's own list of addresses tells the same.
 */
export function MapOfPlaces({ places, t }: { places: MapPlace[]; t: Dictionary }) {
  const tiles = mapTiles()
  if (!tiles || places.length === 0) return null
  return (
    <figure className="geo-map__figure" data-map="">
      <PlacesMap
        places={places}
        tileUrl={tiles.url}
        attribution={tiles.attribution}
        label={t.geo.mapLabel(places.length)}
      />
      <figcaption className="muted small">{t.geo.mapListNote}</figcaption>
    </figure>
  )
}
