import type { Role } from '@/access/roles'
import { roleLabels } from '@/access/roles'
import { formatDanishDate } from '@/domain/danishDate'
import type { MailContent } from '@/mail/queueMail'

/** The invitation mail: who invites, as what, the one link, until when; never a password. */
export function invitationMail({
  name,
  role,
  inviterName,
  organizationName,
  message,
  url,
  expiresAt,
}: {
  name: string
  role: Role
  inviterName: string
  organizationName?: string | null
  message?: string | null
  url: string
  expiresAt: Date
}): { subject: string; content: MailContent; reason: string } {
  const as = roleLabels[role].da.toLowerCase()
  const intro = [
    `Kære ${name}`,
    `${inviterName} har inviteret dig til Videnportalen, den fælles videnportal om tilbud til børn og unge med særlige behov, som ${as}${organizationName ? ` for ${organizationName}` : ''}.`,
  ]
  if (message?.trim()) intro.push(`${inviterName} skriver: »${message.trim()}«`)
  intro.push(
    'Du opretter din konto ved at vælge en adgangskode. Linket virker én gang og til og med ' +
      `${formatDanishDate(expiresAt, { withTime: true })}.`,
  )
  return {
    subject: 'Du er inviteret til Videnportalen',
    content: {
      intro,
      action: { label: 'Vælg din adgangskode', url },
      outro: [
        'Vi sender aldrig adgangskoder på e-mail. Har du ikke ventet denne invitation, kan du se bort fra den; så oprettes der ingen konto.',
        'Er linket udløbet, så bed den, der inviterede dig, om at sende invitationen igen.',
      ],
    },
    reason: `Du får denne e-mail, fordi ${inviterName} har inviteret dig til Videnportalen.`,
  }
}
