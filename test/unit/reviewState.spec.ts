import { describe, expect, it } from 'vitest'

import { reviewStateLabels } from '@/moderation/reviewState'

describe('the review state an NGO editor sees in their lists', () => {
  it('says »Afventer gennemsyn« (the words of issue 13) and »Sendt tilbage«', () => {
    expect(reviewStateLabels).toEqual({
      'awaiting-review': 'Afventer gennemsyn',
      'changes-requested': 'Sendt tilbage',
    })
  })
})
