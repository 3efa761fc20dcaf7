import { type CollectionBeforeChangeHook, Forbidden, ValidationError } from 'payload'

import { checkRole } from '@/access/checkRole'
import { isNetworkEditor, isNetworkMember } from '@/network/access'
import { relationId, relationIds } from '@/utilities/relationId'

import {
  ANSWER_EXISTS_MESSAGE,
  DUPLICATE_INDICATOR_MESSAGE,
  UNKNOWN_INDICATOR_MESSAGE,
} from '../scale'
import { ownMunicipality } from '../access'

type Scores = Array<{ indicator?: string; score?: number; comment?: string | null }>

/**
 * One answer per member municipality, indicator set and year: the network comes from the set, the
 * municipality must be a member of it, every indicator must be one of the set's (once), and the
 * writer must edit the network or be a consultant of that municipality.
 */
export const checkAnswer: CollectionBeforeChangeHook = async ({ data, req, originalDoc }) => {
  const setId = relationId(data.indicatorSet ?? originalDoc?.indicatorSet)
  const municipality = relationId(data.municipality ?? originalDoc?.municipality)
  const year = Number(data.year ?? originalDoc?.year)
  const fail = (path: string, message: string) => {
    throw new ValidationError({ collection: 'quality-answers', errors: [{ path, message }] })
  }
  if (setId === undefined) return fail('indicatorSet', 'Vælg indikatorsættet.')
  // access: the set and its network decide what the answer may hold; checked below per writer.
  const set = await req.payload
    .findByID({
      collection: 'quality-indicator-sets',
      id: setId,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    .catch(() => null)
  if (!set) return fail('indicatorSet', 'Indikatorsættet findes ikke.')
  const networkId = relationId(set.network)!
  // access: the network's members and editors, to check the writer and the municipality.
  const network = await req.payload.findByID({
    collection: 'networks',
    id: networkId,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (
    municipality === undefined ||
    !relationIds(network.memberMunicipalities).includes(municipality)
  )
    return fail('municipality', 'Kommunen er ikke medlem af netværket.')
  if (req.user) {
    const editor = isNetworkEditor(req.user, network)
    const ownAnswer = ownMunicipality(req) === municipality && isNetworkMember(req.user, network)
    if (!editor && !ownAnswer && !checkRole(['admin'], req.user)) throw new Forbidden(req.t)
  }
  const keys = new Set(
    (set.themes ?? []).flatMap((theme) =>
      (theme.indicators ?? []).map((indicator) => indicator.key),
    ),
  )
  const seen = new Set<string>()
  ;((data.scores ?? []) as Scores).forEach((row, index) => {
    const key = row.indicator ?? ''
    if (!keys.has(key)) fail(`scores.${index}.indicator`, UNKNOWN_INDICATOR_MESSAGE(key))
    if (seen.has(key)) fail(`scores.${index}.indicator`, DUPLICATE_INDICATOR_MESSAGE(key))
    seen.add(key)
  })
  // access: one answer per municipality, set and year, whoever may see the other one.
  const twin = await req.payload.find({
    collection: 'quality-answers',
    where: {
      and: [
        { indicatorSet: { equals: setId } },
        { municipality: { equals: municipality } },
        { year: { equals: year } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (twin.totalDocs > 0) fail('year', ANSWER_EXISTS_MESSAGE)
  data.network = networkId
  return data
}
