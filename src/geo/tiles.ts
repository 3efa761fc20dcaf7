import { z } from 'zod'

/**
 * The map's tile server (`MAP_TILE_URL`, a Leaflet URL template such as
 * `https://tiles.example.dk/{z}/{x}/{y}.png`, `{s}` allowed in the host) and the attribution its
 * licence asks for (`MAP_TILE_ATTRIBUTION`, plain text). Unset, as on the embedded start with no
 * internet: no map, the pages show the places as a list, and the CSP admits no tile origin.
 */
export const mapTileUrlSchema = z
  .string()
  .trim()
  .regex(
    /^https?:\/\/[^\s/]+\/\S*\{z\}\S*\{x\}\S*\{y\}\S*$/,
    'MAP_TILE_URL must be an http(s) URL template with {z}, {x} and {y}, e.g. https://tiles.example.dk/{z}/{x}/{y}.png',
  )

export type MapTiles = { url: string; attribution: string; origin: string }

/** The configured tiles, read from the environment when asked (the CSP and the pages). */
export function mapTiles(env: Record<string, string | undefined> = process.env): MapTiles | null {
  const parsed = mapTileUrlSchema.safeParse(env.MAP_TILE_URL)
  if (!parsed.success) return null
  return {
    url: parsed.data,
    attribution: (env.MAP_TILE_ATTRIBUTION ?? '').trim().slice(0, 300),
    origin: tileOrigin(parsed.data),
  }
}

/** The CSP source of a tile template: its origin, with `{s}` subdomains as a wildcard. */
export function tileOrigin(template: string): string {
  const match = /^(https?):\/\/([^/]+)/.exec(template)!
  const host = match[2]!.replace(/^\{s\}\./, '*.').replace(/\{[^}]*\}/g, '')
  return `${match[1]}://${host}`
}
