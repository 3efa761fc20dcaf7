/**
 * How the launcher's front server and the app server behind it agree on a shutdown (no imports:
 * the launcher reads this without loading the app).
 */

/**
 * The signal the front server (src/launcher/app.ts) sends once it has drained the requests in
 * flight: the app server may exit as soon as its jobs have stopped.
 */
export const DRAINED_SIGNAL = 'SIGUSR2'

/** Set by the launcher on the app server it runs behind its front server. */
export const BEHIND_FRONT_ENV = 'VIDENPORTAL_BEHIND_FRONT'
