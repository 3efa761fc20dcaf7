import { ssoButtons, startPath } from '@/sso/paths'
import { ssoTextsFor } from '@/sso/messages'

/**
 * »Log ind med <kommune>« under the admin's login form, one plain link per configured provider
 * (no JavaScript needed); after the sign-in the browser comes back to the admin.
 */
export function AdminSsoButtons() {
  const buttons = ssoButtons()
  if (buttons.length === 0) return null
  const t = ssoTextsFor('da')
  return (
    <nav aria-label="Log ind med kommunens login" className="sso-buttons" style={{ marginTop: 24 }}>
      <p style={{ marginBottom: 8 }}>Medarbejder i en kommune? Brug kommunens eget login:</p>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 8 }}>
        {buttons.map((provider) => (
          <li key={provider.id}>
            <a
              className="btn btn--style-secondary btn--size-medium"
              style={{ display: 'block', textAlign: 'center', margin: 0 }}
              href={startPath(provider.id, '/admin')}
              data-sso-provider={provider.id}
            >
              {t.button(provider.name)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
