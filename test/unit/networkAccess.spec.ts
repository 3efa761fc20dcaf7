import type { Payload, PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import {
  canCreateNetworkPart,
  canReadNetwork,
  isNetworkEditor,
  isNetworkMember,
  networkEditConstraint,
  networkMemberConstraint,
  networkReadConstraint,
} from '@/network/access'
import { methodSearchFilter } from '@/network/methods/searchFilter'
import { canCreateIndicatorSets } from '@/network/quality/access'

const koege = 1
const roskilde = 2
const network = {
  visibility: 'internal',
  leader: { id: 10 },
  memberMunicipalities: [{ id: koege }],
  secretariat: [{ user: 11 }, { name: 'Ekstern' }],
  steeringGroup: [{ user: { id: 12 } }],
}
const user = (id: number, role: string, municipality?: number) => ({ id, role, municipality })

describe('network access', () => {
  it('lets the leader and the secretariat edit when they are consultants, and admins always', () => {
    expect(isNetworkEditor(user(10, 'consultant', roskilde), network)).toBe(true)
    expect(isNetworkEditor(user(11, 'consultant', roskilde), network)).toBe(true)
    expect(isNetworkEditor(user(99, 'admin'), network)).toBe(true)
    // The steering group reads but does not edit; a caseworker named leader is no editor.
    expect(isNetworkEditor(user(12, 'consultant', roskilde), network)).toBe(false)
    expect(isNetworkEditor(user(10, 'caseworker', roskilde), network)).toBe(false)
    expect(isNetworkEditor(user(13, 'consultant', koege), network)).toBe(false)
    expect(isNetworkEditor(null, network)).toBe(false)
  })

  it('makes users of member municipalities and the named people members, never NGO editors', () => {
    expect(isNetworkMember(user(20, 'caseworker', koege), network)).toBe(true)
    expect(isNetworkMember(user(20, 'caseworker', roskilde), network)).toBe(false)
    expect(isNetworkMember(user(12, 'consultant', roskilde), network)).toBe(true)
    expect(isNetworkMember(user(21, 'ngo-editor', koege), network)).toBe(false)
    expect(isNetworkMember(undefined, network)).toBe(false)
  })

  it('lets everyone read a public network and only members and editors an internal one', () => {
    expect(canReadNetwork(null, { ...network, visibility: 'public' })).toBe(true)
    expect(canReadNetwork(null, network)).toBe(false)
    expect(canReadNetwork(user(20, 'caseworker', roskilde), network)).toBe(false)
    expect(canReadNetwork(user(20, 'caseworker', koege), network)).toBe(true)
  })

  it('states the same rules as queries', () => {
    expect(networkReadConstraint(user(1, 'admin'))).toBe(true)
    expect(networkReadConstraint(null)).toEqual({ or: [{ visibility: { equals: 'public' } }] })
    expect(networkReadConstraint(user(21, 'ngo-editor'))).toEqual({
      or: [{ visibility: { equals: 'public' } }],
    })
    // Meetings: members only, public or not.
    expect(networkMemberConstraint(null)).toBe(false)
    expect(networkMemberConstraint(user(20, 'caseworker', koege))).toEqual({
      or: [
        { memberMunicipalities: { in: [koege] } },
        { leader: { equals: 20 } },
        { 'secretariat.user': { equals: 20 } },
        { 'steeringGroup.user': { equals: 20 } },
      ],
    })
    expect(networkReadConstraint(user(20, 'caseworker', koege))).toEqual({
      or: [
        { visibility: { equals: 'public' } },
        { memberMunicipalities: { in: [koege] } },
        { leader: { equals: 20 } },
        { 'secretariat.user': { equals: 20 } },
        { 'steeringGroup.user': { equals: 20 } },
      ],
    })
    expect(networkEditConstraint(user(20, 'caseworker', koege))).toBe(false)
    expect(networkEditConstraint(user(10, 'consultant'))).toEqual({
      or: [{ leader: { equals: 10 } }, { 'secretariat.user': { equals: 10 } }],
    })
  })
})

describe("creating a network's parts", () => {
  // The networks a writer edits, as networkIdsFor keeps them on the request.
  const request = (who: ReturnType<typeof user>, edits: number[]) =>
    ({ user: who, context: { [`networkIds:edit:${who.id}`]: edits } }) as unknown as PayloadRequest
  const create = (req: PayloadRequest, data?: Record<string, unknown>) =>
    canCreateNetworkPart({ req, data } as never)

  it('lets a leader open the create form, which the admin asks about with no network in the data', async () => {
    const leader = request(user(10, 'consultant', koege), [5])
    // Payload's document view asks with `{ ...data, _status: 'draft' }`, the network not chosen yet.
    expect(await create(leader, { _status: 'draft' })).toBe(true)
    expect(await create(leader)).toBe(true)
    expect(await create(leader, { network: 5 })).toBe(true)
    expect(await create(leader, { network: 6 })).toBe(false)
    expect(await create(request(user(13, 'consultant', koege), []), { _status: 'draft' })).toBe(
      false,
    )
    expect(await create(request(user(20, 'caseworker', koege), [5]), { network: 5 })).toBe(false)
  })

  it('treats indicator sets of cooperation quality alike', async () => {
    const leader = request(user(11, 'consultant', koege), [5])
    const createSet = (data?: Record<string, unknown>) =>
      canCreateIndicatorSets({ req: leader, data } as never)
    expect(await createSet({ _status: 'draft' })).toBe(true)
    expect(await createSet({ network: 5 })).toBe(true)
    expect(await createSet({ network: 6 })).toBe(false)
  })
})

describe('the search filter of methods', () => {
  // Networks 5 and 7 have Køge as a member; 9 has not; user 30 leads 9.
  const payload = {
    find: async () => ({
      docs: [
        { id: 5, memberMunicipalities: [koege], secretariat: [], steeringGroup: [] },
        { id: 7, memberMunicipalities: [koege, roskilde], secretariat: [], steeringGroup: [] },
        { id: 9, memberMunicipalities: [roskilde], leader: 30, secretariat: [] },
      ],
    }),
  } as unknown as Payload

  it('lets each reader find the methods the read access lets them read', async () => {
    expect(await methodSearchFilter(payload, user(1, 'admin') as never)).toBeNull()
    // Public methods only: the visibility filter every reader has is enough.
    expect(await methodSearchFilter(payload, null)).toBeNull()
    expect(await methodSearchFilter(payload, user(21, 'ngo-editor') as never)).toBeNull()
    expect(await methodSearchFilter(payload, user(20, 'caseworker', koege) as never)).toBe(
      '(visibility = "public" OR network IS NULL OR network IN [5, 7])',
    )
    expect(await methodSearchFilter(payload, user(30, 'consultant', koege) as never)).toBe(
      '(visibility = "public" OR network IS NULL OR network IN [5, 7, 9])',
    )
    expect(await methodSearchFilter(payload, user(31, 'caseworker') as never)).toBe(
      '(visibility = "public" OR network IS NULL)',
    )
  })
})
