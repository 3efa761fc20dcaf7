import type { Field } from 'payload'

/**
 * No data of its own: shows the review state of the newest draft at the top of the document
 * ("Din ændring venter på godkendelse hos en konsulent …") and as the list column "Gennemsyn"
 * ("Afventer gennemsyn"). The state itself is the `review` group (./reviewFields).
 */
export const reviewStateField = (): Field => ({
  name: 'reviewState',
  type: 'ui',
  label: { da: 'Gennemsyn', en: 'Review' },
  admin: {
    components: {
      Field: '/components/admin/PendingReviewNotice.client#PendingReviewNotice',
      Cell: '/components/admin/ReviewStateCell.client#ReviewStateCell',
    },
  },
})
