import { _internal_jobSystemGlobals } from 'payload'

/**
 * The time the job system sees: the real time, or in tests the clock given to
 * runDueJobs(payload, { now }). Whether a listing is overdue in its search document is read on
 * this clock, so a test moves a listing into overdue without sleeping.
 */
export const jobClockNow = (): Date => _internal_jobSystemGlobals.getCurrentDate()
