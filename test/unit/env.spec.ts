import { describe, expect, it } from 'vitest'

import { readServerEnv } from '@/env'
import { jobsRunnerEnabled } from '@/jobs/enabled'

describe('readServerEnv', () => {
  it('accepts an empty environment (the launcher fills in embedded defaults)', () => {
    expect(readServerEnv({} as NodeJS.ProcessEnv)).toMatchObject({
      SEED_DEMO_USERS: false,
      MEDIA_MAX_BYTES: 10 * 1024 * 1024,
    })
  })

  it('names every bad variable precisely', () => {
    const read = () =>
      readServerEnv({
        DATABASE_URI: 'mysql://x',
        MEILI_HOST: 'not a url',
        PAYLOAD_SECRET: 'short',
        MEDIA_MAX_BYTES: '-1',
      } as unknown as NodeJS.ProcessEnv)
    expect(read).toThrow(/DATABASE_URI: DATABASE_URI must be a postgres:\/\/ connection string/)
    expect(read).toThrow(/MEILI_HOST: MEILI_HOST must be a URL/)
    expect(read).toThrow(/PAYLOAD_SECRET: PAYLOAD_SECRET must be at least 16 characters/)
    expect(read).toThrow(/MEDIA_MAX_BYTES/)
  })

  it('reads SEED_DEMO_USERS as a flag', () => {
    expect(
      readServerEnv({ SEED_DEMO_USERS: 'true' } as unknown as NodeJS.ProcessEnv).SEED_DEMO_USERS,
    ).toBe(true)
    expect(() => readServerEnv({ SEED_DEMO_USERS: 'yes' } as unknown as NodeJS.ProcessEnv)).toThrow(
      /SEED_DEMO_USERS/,
    )
  })
})

describe('jobsRunnerEnabled', () => {
  const enabled = (env: Record<string, string>) =>
    jobsRunnerEnabled(readServerEnv(env as unknown as NodeJS.ProcessEnv))

  it('runs the jobs runner unless told otherwise', () => {
    expect(enabled({})).toBe(true)
    expect(enabled({ JOBS_RUNNER: 'on' })).toBe(true)
  })

  it('honours JOBS_RUNNER=off and its older name SEARCH_RUNNER=off', () => {
    expect(enabled({ JOBS_RUNNER: 'off' })).toBe(false)
    expect(enabled({ SEARCH_RUNNER: 'off' })).toBe(false)
  })

  it('lets JOBS_RUNNER win over SEARCH_RUNNER', () => {
    expect(enabled({ JOBS_RUNNER: 'on', SEARCH_RUNNER: 'off' })).toBe(true)
    expect(enabled({ JOBS_RUNNER: 'off', SEARCH_RUNNER: 'on' })).toBe(false)
  })

  it('refuses other values', () => {
    expect(() => readServerEnv({ JOBS_RUNNER: 'no' } as unknown as NodeJS.ProcessEnv)).toThrow(
      /JOBS_RUNNER/,
    )
  })
})

describe('TRUSTED_PROXIES', () => {
  it('is optional and takes addresses and ranges', () => {
    expect(readServerEnv({} as NodeJS.ProcessEnv).TRUSTED_PROXIES).toBeUndefined()
    expect(
      readServerEnv({ TRUSTED_PROXIES: '10.0.0.0/8, ::1' } as unknown as NodeJS.ProcessEnv)
        .TRUSTED_PROXIES,
    ).toBe('10.0.0.0/8, ::1')
  })

  it('names the entry that is neither', () => {
    expect(() =>
      readServerEnv({ TRUSTED_PROXIES: '10.0.0.1, lb.example' } as unknown as NodeJS.ProcessEnv),
    ).toThrow(/TRUSTED_PROXIES.*"lb.example" is not an IP address or CIDR range/)
  })
})
