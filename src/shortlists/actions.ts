'use server'

import { redirect } from 'next/navigation'
import { APIError, ValidationError } from 'payload'
import { z } from 'zod'

import { containsCprNumber } from '@/domain/rules'
import { localePrefix } from '@/domain/urls'
import { shortlistEntries, shortlistName, shortlistParam } from '@/domain/shortlist'
import { defaultLocale, isLocale } from '@/i18n/locales'
import type { User } from '@/payload-types'
import { getPortalPayload, getViewer } from '@/queries/session'

import { isProfessionalUser } from './access'
import type { ShortlistOutcome, ShortlistProblem } from './outcomes'
import { SHORTLISTS_SLUG, shareKeyPattern } from './collection'
import { shortlistLabels } from './labels'
import { coreOf, createShortlist, updateShortlist } from './store'

type Outcome = ShortlistOutcome
type Problem = ShortlistProblem

const field = (formData: FormData, name: string) => {
  const value = formData.get(name)
  return typeof value === 'string' ? value : undefined
}

const localeOf = (formData: FormData) => {
  const raw = formData.get('locale')
  return isLocale(raw) ? raw : defaultLocale
}

/** Back to the list page (or the overview), with one outcome or one problem. */
function back(
  formData: FormData,
  key: string | null,
  result: { ok: Outcome } | { problem: Problem },
): never {
  const base = `${localePrefix(localeOf(formData))}/huskeliste${key ? `/${key}` : ''}`
  redirect(`${base}?${'ok' in result ? `ok=${result.ok}` : `fejl=${result.problem}`}`)
}

async function reader(formData: FormData, key: string | null) {
  const user = await getViewer()
  if (!user) back(formData, key, { problem: 'login' })
  return { payload: await getPortalPayload(), user }
}

/** The list the form names by its key, when the reader may change it (owner or admin). */
async function ownList(formData: FormData, user: User) {
  const key = field(formData, 'key') ?? ''
  if (!shareKeyPattern.test(key)) back(formData, null, { problem: 'notFound' })
  const payload = await getPortalPayload()
  const { docs } = await payload.find({
    collection: SHORTLISTS_SLUG as 'shortlists',
    where: { and: [{ shareKey: { equals: key } }, { owner: { equals: user.id } }] },
    select: { name: true, shareKey: true, entries: true, owner: true, updatedAt: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    user,
  })
  if (!docs[0]) back(formData, key, { problem: 'notFound' })
  return { key, list: coreOf(docs[0]) }
}

/** A refused save, named: a CPR-like name has its own message. */
function problemOf(error: unknown): { problem: Problem } {
  if (error instanceof ValidationError) {
    const first = error.data.errors[0]
    if (first?.path === 'sharedWith') return { problem: 'colleague' }
    return { problem: /CPR/.test(first?.message ?? '') ? 'cpr' : 'name' }
  }
  if (error instanceof APIError && error.status < 500) return { problem: 'name' }
  throw error
}

const nameOf = (formData: FormData, fallback: string) =>
  shortlistName.safeParse(field(formData, 'name') ?? fallback)

/** Why a name was refused: a CPR-like number, or empty or too long. */
const nameProblem = (formData: FormData): { problem: Problem } => ({
  problem: containsCprNumber(field(formData, 'name') ?? '') ? 'cpr' : 'name',
})

/** »Opret liste«: a new, empty list, or (from the browser's list) one with its entries. */
export async function createShortlistAction(formData: FormData) {
  const { payload, user } = await reader(formData, null)
  const l = shortlistLabels[localeOf(formData)]
  const fromBrowser = field(formData, 'entries')
  const name = nameOf(formData, fromBrowser ? l.localDefaultName : '')
  if (!name.success) back(formData, null, nameProblem(formData))
  let entries: string[] = []
  if (fromBrowser !== undefined && fromBrowser !== '') {
    const parsed = shortlistParam.safeParse(fromBrowser)
    if (!parsed.success) back(formData, null, { problem: 'entries' })
    entries = parsed.data
  }
  let key: string | null = null
  try {
    const list = await createShortlist({ payload, user }, { name: name.data, entries })
    key = list.shareKey ?? null
  } catch (error) {
    back(formData, null, problemOf(error))
  }
  back(formData, key, { ok: fromBrowser ? 'saved' : 'created' })
}

async function change(
  formData: FormData,
  data: Parameters<typeof updateShortlist>[2],
  ok: Outcome,
  list?: { key: string; id: number },
) {
  const { payload, user } = await reader(formData, null)
  const target = list ?? (await ownList(formData, user)).list
  const key = 'key' in target ? target.key : (target as { shareKey: string }).shareKey
  try {
    const updated = await updateShortlist({ payload, user }, target.id, data)
    if (!updated) back(formData, key, { problem: 'notFound' })
  } catch (error) {
    back(formData, key, problemOf(error))
  }
  back(formData, key, { ok })
}

/** »Omdøb«. */
export async function renameShortlistAction(formData: FormData) {
  const name = nameOf(formData, '')
  if (!name.success) {
    back(formData, field(formData, 'key') ?? null, nameProblem(formData))
  }
  await change(formData, { name: name.data }, 'renamed')
}

/** »Brug denne liste«: the list becomes the current one (the one changed last). */
export async function makeCurrentShortlistAction(formData: FormData) {
  const { user } = await reader(formData, null)
  const { list } = await ownList(formData, user)
  await change(formData, { entries: list.entries }, 'used')
}

/** »Fjern« on one listing of a list. */
export async function removeShortlistEntryAction(formData: FormData) {
  const { user } = await reader(formData, null)
  const { list } = await ownList(formData, user)
  const entry = field(formData, 'remove')
  await change(formData, { entries: list.entries.filter((e) => e !== entry) }, 'removed')
}

/** »Gem deling«: whether every logged-in professional with the link may see the list. */
export async function linkSharingAction(formData: FormData) {
  await change(formData, { linkSharing: field(formData, 'linkSharing') === 'on' }, 'sharingSaved')
}

const email = z.string().trim().toLowerCase().email().max(254)

/** »Del« with a colleague named by e-mail: a professional of the network, never the owner. */
export async function shareWithColleagueAction(formData: FormData) {
  const { payload, user } = await reader(formData, null)
  const { key, list } = await ownList(formData, user)
  const address = email.safeParse(field(formData, 'email'))
  if (!address.success) back(formData, key, { problem: 'colleague' })
  // access: the owner names a colleague by e-mail; only the id and role are read, and an answer
  // says no more than "no professional with that e-mail".
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: address.data } },
    select: { role: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  const colleague = docs[0]
  if (!colleague || !isProfessionalUser(colleague)) back(formData, key, { problem: 'colleague' })
  if (colleague.id === user.id) back(formData, key, { problem: 'self' })
  const current = await sharedIds(list.id, user)
  await change(
    formData,
    { sharedWith: [...new Set([...current, colleague.id])] },
    'sharedWithDone',
    { key, id: list.id },
  )
}

/** »Stop deling« for one colleague. */
export async function unshareAction(formData: FormData) {
  const { user } = await reader(formData, null)
  const { key, list } = await ownList(formData, user)
  const id = Number(field(formData, 'colleague'))
  const current = await sharedIds(list.id, user)
  await change(formData, { sharedWith: current.filter((c) => c !== id) }, 'unshared', {
    key,
    id: list.id,
  })
}

async function sharedIds(id: number, user: User): Promise<number[]> {
  const payload = await getPortalPayload()
  const doc = await payload.findByID({
    collection: SHORTLISTS_SLUG as 'shortlists',
    id,
    select: { sharedWith: true },
    depth: 0,
    overrideAccess: false,
    user,
  })
  return (doc.sharedWith ?? []).map((value) => (typeof value === 'number' ? value : value.id))
}

/** »Slet listen«. */
export async function deleteShortlistAction(formData: FormData) {
  const { payload, user } = await reader(formData, null)
  const { list } = await ownList(formData, user)
  await payload.delete({
    collection: SHORTLISTS_SLUG as 'shortlists',
    id: list.id,
    depth: 0,
    overrideAccess: false,
    user,
  })
  back(formData, null, { ok: 'deleted' })
}

/** »Kopiér til mine lister«: a list shared with the reader becomes one of their own. */
export async function copyShortlistAction(formData: FormData) {
  const { payload, user } = await reader(formData, null)
  const l = shortlistLabels[localeOf(formData)]
  const entries = shortlistEntries.safeParse(
    (field(formData, 'entries') ?? '').split(',').filter(Boolean),
  )
  if (!entries.success) back(formData, null, { problem: 'entries' })
  const name = nameOf(formData, l.localDefaultName)
  let key: string | null = null
  try {
    const list = await createShortlist(
      { payload, user },
      { name: name.success ? name.data : l.localDefaultName, entries: entries.data },
    )
    key = list.shareKey ?? null
  } catch (error) {
    back(formData, null, problemOf(error))
  }
  back(formData, key, { ok: 'copied' })
}
