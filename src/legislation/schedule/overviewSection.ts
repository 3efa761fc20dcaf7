import { checkRole } from '@/access/checkRole'
import { contentEditorRoles } from '@/access/roles'
import { formatDanishDate } from '@/domain/danishDate'
import type { OverviewSection } from '@/overview/sections'

type ScheduleJob = {
  id: number | string
  waitUntil?: string | null
  hasError?: boolean | null
  input?: {
    type?: 'publish' | 'unpublish'
    doc?: { relationTo?: string; value?: string | number }
    user?: { relationTo?: string; value?: string | number } | null
  } | null
}

const ADMIN_NOTES = '/admin/collections/legislation-notes'

/**
 * Overblik: the legislation notes scheduled to go public (or be withdrawn), soonest first, and
 * schedules that failed (e.g. a draft missing a required field when its time came), so a
 * consultant sees what will happen without opening each note.
 */
export const scheduledNotesSection: OverviewSection = {
  key: 'planlagte-noter',
  title: 'Planlagte lovgivningsnoter',
  load: async ({ payload, req }) => {
    if (!checkRole(contentEditorRoles, req.user)) return []
    // access: the job queue is not readable over the API; the section is for consultants and
    // admins only (checked above), and shows only the schedules of notes, read below with the
    // reader's own access.
    const { docs: jobs } = await payload.find({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: 'schedulePublish' } },
          { completedAt: { exists: false } },
          { 'input.doc.relationTo': { equals: 'legislation-notes' } },
        ],
      },
      sort: 'waitUntil',
      depth: 0,
      limit: 200,
      overrideAccess: true,
    })
    const scheduled = jobs as unknown as ScheduleJob[]
    const noteIds = [
      ...new Set(scheduled.map((job) => Number(job.input?.doc?.value)).filter(Number.isInteger)),
    ]
    const userIds = [
      ...new Set(scheduled.map((job) => Number(job.input?.user?.value)).filter(Number.isInteger)),
    ]
    const notes = noteIds.length
      ? (
          await payload.find({
            collection: 'legislation-notes',
            where: { id: { in: noteIds } },
            select: { title: true, effectiveDate: true, _status: true },
            draft: true,
            depth: 0,
            pagination: false,
            overrideAccess: false,
            req,
          })
        ).docs
      : []
    const users = userIds.length
      ? (
          await payload.find({
            collection: 'users',
            where: { id: { in: userIds } },
            select: { name: true },
            depth: 0,
            pagination: false,
            overrideAccess: false,
            req,
          })
        ).docs
      : []
    const noteById = new Map(notes.map((note) => [Number(note.id), note]))
    const userById = new Map(users.map((user) => [Number(user.id), user]))
    const rows = scheduled.flatMap((job) => {
      const note = noteById.get(Number(job.input?.doc?.value))
      if (!note) return []
      const by = userById.get(Number(job.input?.user?.value)) as { name?: string } | undefined
      return [
        {
          note: { value: note.title ?? '', href: `${ADMIN_NOTES}/${note.id}` },
          action: {
            value: job.input?.type === 'unpublish' ? 'Trækkes tilbage' : 'Offentliggøres',
          },
          at: { value: formatDanishDate(job.waitUntil, { withTime: true }) },
          effectiveDate: { value: formatDanishDate(note.effectiveDate as string | undefined) },
          status: {
            value: job.hasError
              ? 'Mislykkedes: åbn noten, ret den og offentliggør den'
              : note._status === 'published'
                ? 'Offentliggjort (ændringer venter)'
                : 'Kladde',
          },
          by: { value: by?.name ?? '' },
        },
      ]
    })
    return [
      {
        key: 'planlagte-noter',
        title: 'Planlagte lovgivningsnoter',
        description:
          'Noter, der offentliggøres eller trækkes tilbage på et planlagt tidspunkt, uden at nogen skal være til stede. Planlæg fra notens »Offentliggør«-knap.',
        columns: [
          { key: 'note', label: 'Note' },
          { key: 'action', label: 'Handling' },
          { key: 'at', label: 'Tidspunkt' },
          { key: 'effectiveDate', label: 'Ikrafttræden' },
          { key: 'status', label: 'Status nu' },
          { key: 'by', label: 'Planlagt af' },
        ],
        rows,
        empty: 'Ingen noter er planlagt.',
      },
    ]
  },
}
