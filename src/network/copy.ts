import { APIError, type Endpoint, type Payload, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { checkRole } from '@/access/checkRole'
import { contentEditorRoles } from '@/access/roles'
import { cprMessage, cprNumbersIn } from '@/domain/rules'

const copyInput = z
  .object({
    name: z
      .string()
      .trim()
      .min(2, 'Giv det nye netværk et navn på mindst to tegn.')
      .max(160, 'Navnet må højst være 160 tegn.')
      .refine((name) => cprNumbersIn(name).length === 0, cprMessage('»Navn«'))
      .optional(),
  })
  .strict()

/**
 * "Start from a copy": a new network (internal, led by whoever copies it) whose kommissorium and
 * type are a copy of another network's that the user may read; its members, people, plan and
 * meetings are not copied. Evaluation and approval dates are left empty: they belong to the new
 * network's own decisions. Runs with the user's access.
 */
export async function copyNetwork(
  payload: Payload,
  { id, name, req }: { id: number; name?: string; req: PayloadRequest },
) {
  const user = req.user
  if (!user) throw new APIError('Log ind for at kopiere et netværk.', 401, null, true)
  if (!checkRole(contentEditorRoles, user))
    throw new APIError('Kun konsulenter og sekretariatet kan starte et netværk.', 403, null, true)
  const source = await payload
    .findByID({ collection: 'networks', id, depth: 0, overrideAccess: false, user, req })
    .catch(() => null)
  if (!source) throw new APIError('Netværket findes ikke.', 404, null, true)
  const kommissorium = source.kommissorium ?? {}
  return payload.create({
    collection: 'networks',
    data: {
      name: name ?? `Kopi af ${source.name}`,
      summary: source.summary,
      formality: source.formality,
      task: source.task,
      visibility: 'internal',
      leader: user.id,
      copiedFrom: source.id,
      kommissorium: {
        ...kommissorium,
        evaluation: { text: kommissorium.evaluation?.text, date: null },
        approvedOn: null,
        approvedBy: null,
      },
    },
    depth: 0,
    overrideAccess: false,
    user,
    req,
  })
}

/** POST /api/networks/:id/copy `{ "name"?: string }` → 201 with the new network. */
export const copyNetworkEndpoint: Endpoint = {
  path: '/:id/copy',
  method: 'post',
  handler: async (req) => {
    const id = Number(req.routeParams?.id)
    if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) {
      return Response.json({ errors: [{ message: 'Ugyldigt id.' }] }, { status: 400 })
    }
    let body: unknown = {}
    const text = req.text ? await req.text() : ''
    if (text.trim()) {
      try {
        body = JSON.parse(text)
      } catch {
        return Response.json({ errors: [{ message: 'Body skal være JSON.' }] }, { status: 400 })
      }
    }
    const input = copyInput.safeParse(body ?? {})
    if (!input.success) {
      return Response.json(
        { errors: input.error.issues.map((issue) => ({ message: issue.message })) },
        { status: 400 },
      )
    }
    try {
      const doc = await copyNetwork(req.payload, { id, name: input.data.name, req })
      return Response.json({ doc }, { status: 201 })
    } catch (error) {
      if (error instanceof APIError && error.status < 500) {
        return Response.json({ errors: [{ message: error.message }] }, { status: error.status })
      }
      throw error
    }
  },
}
