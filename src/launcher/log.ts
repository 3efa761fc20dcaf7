/** Terminal output of the launcher: short lines, prefixed so they stand out from Next's. */
export const log = {
  info: (message: string) => console.log(`[videnportal] ${message}`),
  warn: (message: string) => console.warn(`[videnportal] ⚠ ${message}`),
  error: (message: string) => console.error(`[videnportal] ✖ ${message}`),
}
