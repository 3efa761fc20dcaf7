import type { MailContent } from '@/mail/queueMail'
import { absoluteUrl } from '@/mail/signedLinks'
import { formatDanishDate } from '@/domain/danishDate'

import type { DeactivationReason } from './reasons'

/** The mail that tells a user their account was closed: why, what stays, whom to ask. */
export function deactivationMail(
  reason: DeactivationReason,
  { name, inactiveMonths }: { name: string; inactiveMonths: number },
): { subject: string; content: MailContent; reason: string } {
  const why =
    reason === 'inactive'
      ? `Din konto på Videnportalen er lukket, fordi du ikke har logget ind i ${inactiveMonths} måneder. Konti, der ikke bruges, lukkes, fordi portalen rummer interne takster og kontakter.`
      : reason === 'sso-removed'
        ? 'Din konto på Videnportalen er lukket, fordi din kommunes login oplyser, at du ikke længere har adgang til portalen (fx fordi du er stoppet eller har skiftet afdeling).'
        : 'Din konto på Videnportalen er lukket af sekretariatet.'
  return {
    subject: 'Din konto på Videnportalen er lukket',
    content: {
      intro: [`Kære ${name}`, why],
      outro: [
        'Det, du har skrevet på portalen, bliver stående med dit navn.',
        'Har du brug for adgang igen, så kontakt sekretariatet, som kan åbne kontoen igen.',
      ],
    },
    reason: 'Du får denne e-mail, fordi din konto på Videnportalen er blevet lukket.',
  }
}

/** The warning some days before an unused account is closed. */
export function inactivityWarningMail({
  name,
  closesOn,
  inactiveMonths,
}: {
  name: string
  closesOn: Date
  inactiveMonths: number
}): { subject: string; content: MailContent; reason: string } {
  return {
    subject: 'Din konto på Videnportalen lukkes snart',
    content: {
      intro: [
        `Kære ${name}`,
        `Du har ikke logget ind på Videnportalen i længe. Konti, der ikke er brugt i ${inactiveMonths} måneder, lukkes, og din lukkes ${formatDanishDate(closesOn)}.`,
      ],
      action: { label: 'Log ind og behold kontoen', url: absoluteUrl('/log-ind') },
      outro: ['Vil du ikke længere bruge portalen, behøver du ikke gøre noget.'],
    },
    reason: 'Du får denne e-mail, fordi du har en konto på Videnportalen.',
  }
}
