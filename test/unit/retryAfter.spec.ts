import { describe, expect, it } from 'vitest'

import { OUTAGE_RETRY_AFTER_SECONDS, withRetryAfter } from '@/security/restBoundary'

describe('a 503 says when to try again', () => {
  it('adds Retry-After to a 503 and keeps its body and headers', async () => {
    const answer = withRetryAfter(
      Response.json({ errors: [{ message: 'x' }] }, { status: 503, headers: { 'X-A': '1' } }),
    )
    expect(answer.status).toBe(503)
    expect(answer.headers.get('Retry-After')).toBe(String(OUTAGE_RETRY_AFTER_SECONDS))
    expect(answer.headers.get('X-A')).toBe('1')
    expect(await answer.json()).toEqual({ errors: [{ message: 'x' }] })
  })

  it('leaves other answers, and a Retry-After already given, alone', () => {
    const ok = Response.json({}, { status: 200 })
    expect(withRetryAfter(ok)).toBe(ok)
    const own = new Response(null, { status: 503, headers: { 'Retry-After': '60' } })
    expect(withRetryAfter(own).headers.get('Retry-After')).toBe('60')
  })
})
