/**
 * Where to go after login: only a path on this site (no scheme, no host, no `//`), so the login
 * form cannot be used to send someone elsewhere.
 */
export function safeReturnPath(value: string | undefined | null, fallback: string): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return fallback
  }
  if (/[\u0000-\u001f]/.test(value)) return fallback
  if (value.startsWith('/admin') || value.startsWith('/api')) return fallback
  return value
}
