import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { slugify } from '@/domain/rules'

import { indicatorKeyPattern } from '../scale'

type Themes = Array<{ theme?: string; indicators?: Array<{ key?: string; statement?: string }> }>

/**
 * Gives every indicator a stable key (from its statement, when left empty) and refuses a key used
 * twice in the set: answers refer to indicators by key, so keys must not change or repeat.
 */
export const checkIndicatorSet: CollectionBeforeValidateHook = ({ data }) => {
  if (!data?.themes) return data
  const seen = new Set<string>()
  const errors: Array<{ path: string; message: string }> = []
  ;(data.themes as Themes).forEach((theme, t) => {
    theme.indicators?.forEach((indicator, i) => {
      if (!indicator.key && indicator.statement)
        indicator.key = slugify(indicator.statement).slice(0, 60)
      const key = indicator.key ?? ''
      const path = `themes.${t}.indicators.${i}.key`
      if (!indicatorKeyPattern.test(key))
        errors.push({ path, message: 'Nøglen må kun indeholde små bogstaver, tal og bindestreg.' })
      else if (seen.has(key))
        errors.push({ path, message: `Nøglen "${key}" er brugt to gange i indikatorsættet.` })
      seen.add(key)
    })
  })
  if (errors.length) throw new ValidationError({ collection: 'quality-indicator-sets', errors })
  return data
}
