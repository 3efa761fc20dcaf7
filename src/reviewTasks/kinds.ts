/** The kinds of review task, with the Danish label the admin and the digests show. */
export const reviewTaskKinds = {
  'repealed-provision': 'Henviser til ophævet bestemmelse',
  'legislation-note': 'Bekræft opslaget mod ny lovgivning',
  'act-changed': 'Loven er ændret',
} as const

export type ReviewTaskKind = keyof typeof reviewTaskKinds

/** Who a task is for: the listing's owners (its NGO editors and consultant), or the consultants. */
export const reviewTaskAssignees = {
  owners: 'Opslagets ejere',
  consultants: 'Konsulenterne',
} as const

export type ReviewTaskAssignee = keyof typeof reviewTaskAssignees

export const reviewTaskStatuses = { open: 'Åben', done: 'Løst' } as const

export type ReviewTaskStatus = keyof typeof reviewTaskStatuses

export const REVIEW_TASKS = 'review-tasks'
