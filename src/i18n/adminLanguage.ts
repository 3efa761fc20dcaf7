/**
 * The admin speaks the portal's default language, Danish, whatever the browser asks for first
 * (headless Chromium and many work laptops ask for en-US). Payload picks the admin's language from
 * its `payload-lng` cookie, then from Accept-Language (payload/dist/utilities/getRequestLanguage):
 * so admin pages see Accept-Language replaced by Danish, and a language a user chose in their
 * account (Payload's selector sets the cookie) still wins. The API keeps the request's language:
 * the admin sends its own language with every API call, and other clients choose theirs.
 */
export const ADMIN_DEFAULT_LANGUAGE = 'da'

export const isAdminPath = (pathname: string) =>
  pathname === '/admin' || pathname.startsWith('/admin/')

/** Rewrites the headers an admin page sees (the proxy hands them on to Next). */
export function adminInDefaultLanguage(headers: Headers) {
  headers.set('accept-language', ADMIN_DEFAULT_LANGUAGE)
}
