'use client'

import 'leaflet/dist/leaflet.css'

import { useEffect, useRef } from 'react'

export type MapPlace = { lat: number; lng: number; label: string; href?: string }

/**
 * A Leaflet map of places on the configured tile server (MAP_TILE_URL). The same places are
 * always listed in the page's text beside it, so the map adds a picture and hides nothing from
 * keyboard and screen-reader users; Leaflet's own keyboard panning and zooming stay on.
 */
export function PlacesMap({
  places,
  tileUrl,
  attribution,
  label,
}: {
  places: MapPlace[]
  tileUrl: string
  attribution: string
  label: string
}) {
  const element = useRef<HTMLDivElement>(null)
  useEffect(() => {
    let map: import('leaflet').Map | undefined
    let cancelled = false
    void import('leaflet').then((L) => {
      if (cancelled || !element.current) return
      map = L.map(element.current, { scrollWheelZoom: false })
      L.tileLayer(tileUrl, { attribution: escapeText(attribution), maxZoom: 18 }).addTo(map)
      const bounds = L.latLngBounds([])
      for (const place of places) {
        const marker = L.circleMarker([place.lat, place.lng], {
          radius: 8,
          weight: 2,
          color: '#0b5394',
          fillOpacity: 0.6,
        }).addTo(map)
        marker.bindTooltip(escapeText(place.label))
        bounds.extend([place.lat, place.lng])
      }
      if (places.length === 1) map.setView(bounds.getCenter(), 13)
      else map.fitBounds(bounds, { padding: [24, 24], maxZoom: 13 })
    })
    return () => {
      cancelled = true
      map?.remove()
    }
  }, [places, tileUrl, attribution])
  return <div ref={element} className="geo-map" role="region" aria-label={label} />
}

/** Leaflet renders tooltips and attribution as HTML: only text goes in. */
function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
