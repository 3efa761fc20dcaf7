import { z } from 'zod'

export const regionNames = [
  'Region Hovedstaden',
  'Region Sjælland',
  'Region Syddanmark',
  'Region Midtjylland',
  'Region Nordjylland',
] as const

export const municipalitySchema = z.object({
  code: z.string().regex(/^\d{3}$/, 'Kommunekoden skal være tre cifre, fx 259.'),
  name: z.string().trim().min(1, 'Navnet mangler.'),
  region: z.enum(regionNames, { message: 'Ukendt region.' }),
  networkMember: z.boolean(),
})

export const municipalitiesFileSchema = z.object({
  municipalities: z.array(municipalitySchema).length(98, 'Danmark har 98 kommuner.'),
})

export type MunicipalityInput = z.infer<typeof municipalitySchema>
