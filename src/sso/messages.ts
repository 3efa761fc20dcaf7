import type { Locale } from '@/i18n/locales'

/**
 * Every way a single sign-on can fail, as a code in the login page's address
 * (/log-ind?sso=<code>&udbyder=<id>) and a sentence per language. Nothing else from the failure
 * reaches the page: the details go to the server log.
 */
export const ssoFailures = [
  'unknown-provider',
  'misconfigured',
  'unreachable',
  'wrong-issuer',
  'expired',
  'state',
  'denied',
  'token',
  'no-email',
  'domain',
  'no-role',
  'removed',
  'deactivated',
  'conflict',
  'error',
] as const
export type SsoFailure = (typeof ssoFailures)[number]

export const isSsoFailure = (value: unknown): value is SsoFailure =>
  typeof value === 'string' && (ssoFailures as readonly string[]).includes(value)

type Texts = {
  heading: string
  failures: Record<SsoFailure, (provider: string) => string>
  button: (provider: string) => string
  or: string
  navLabel: string
  passwordsOff: (provider: string) => string
}

const da: Texts = {
  heading: 'Du blev ikke logget ind',
  button: (provider) => `Log ind med ${provider}`,
  or: 'eller med e-mail og adgangskode',
  navLabel: 'Log ind med kommunens eget login',
  passwordsOff: (provider) =>
    `Medarbejdere i ${provider} logger ind med kommunens eget login: brug knappen »Log ind med ${provider}«.`,
  failures: {
    'unknown-provider': () =>
      'Portalen kender ikke det login, du valgte. Vælg din kommune på siden her.',
    misconfigured: (provider) =>
      `Log ind med ${provider} er ikke sat korrekt op i portalen. Kontakt sekretariatet, og log ind med e-mail og adgangskode imens, hvis du har en.`,
    unreachable: (provider) =>
      `${provider}s login svarer ikke lige nu. Prøv igen om lidt. Varer det ved, så kontakt sekretariatet.`,
    'wrong-issuer': (provider) =>
      `${provider}s login svarede med en anden udsteder end den, portalen er sat op til at stole på. Af sikkerhedshensyn er du ikke logget ind. Kontakt sekretariatet.`,
    expired: () =>
      'Dit login er udløbet eller blev startet i en anden browser. Start forfra med knappen herunder.',
    state: () =>
      'Svaret fra kommunens login passede ikke til det login, du startede her. Af sikkerhedshensyn er du ikke logget ind. Start forfra med knappen herunder.',
    denied: (provider) =>
      `${provider}s login afviste eller afbrød login. Prøv igen, eller kontakt din kommunes it-support.`,
    token: (provider) =>
      `Svaret fra ${provider}s login kunne ikke godkendes (det var ikke korrekt underskrevet eller ikke til portalen). Af sikkerhedshensyn er du ikke logget ind. Kontakt sekretariatet, hvis det sker igen.`,
    'no-email': (provider) =>
      `${provider}s login oplyste ikke en bekræftet e-mailadresse, så portalen kan ikke vide, hvem du er. Kontakt din kommunes it-support.`,
    domain: (provider) =>
      `Din e-mailadresse hører ikke til de domæner, ${provider} kan logge ind for. Log ind med din egen kommunes knap, eller kontakt sekretariatet.`,
    'no-role': (provider) =>
      `Du er ikke med i en af de grupper i ${provider}, der giver adgang til Videnportalen. Kontakt din leder, hvis du skal have adgang.`,
    removed: (provider) =>
      `Du er ikke længere med i en af de grupper i ${provider}, der giver adgang til Videnportalen, så din konto er lukket. Det du har skrevet, står stadig med dit navn. Kontakt din leder eller sekretariatet, hvis det er en fejl.`,
    deactivated: () => 'Din konto er lukket. Kontakt sekretariatet, hvis du skal have adgang igen.',
    conflict: () =>
      'Din e-mailadresse hører til en konto, der logger ind med adgangskode (administrator eller redaktør i organisation). Log ind med e-mail og adgangskode.',
    error: () => 'Login mislykkedes på grund af en fejl i portalen. Prøv igen om lidt.',
  },
}

const en: Texts = {
  heading: 'You were not signed in',
  button: (provider) => `Sign in with ${provider}`,
  or: 'or with e-mail and password',
  navLabel: "Sign in with your municipality's login",
  passwordsOff: (provider) =>
    `Staff of ${provider} sign in with the municipality's own login: use »Sign in with ${provider}«.`,
  failures: {
    'unknown-provider': () =>
      'The portal does not know the sign-in you chose. Choose your municipality here.',
    misconfigured: (provider) =>
      `Sign-in with ${provider} is not set up correctly. Contact the secretariat.`,
    unreachable: (provider) =>
      `The sign-in of ${provider} does not answer right now. Try again in a moment.`,
    'wrong-issuer': (provider) =>
      `The sign-in of ${provider} answered as another issuer than the portal trusts. You are not signed in. Contact the secretariat.`,
    expired: () =>
      'Your sign-in expired or was started in another browser. Start again with the button below.',
    state: () =>
      'The answer of the sign-in did not match the sign-in you started here. You are not signed in. Start again with the button below.',
    denied: (provider) => `The sign-in of ${provider} refused or cancelled the sign-in.`,
    token: (provider) =>
      `The answer of the sign-in of ${provider} could not be validated. You are not signed in.`,
    'no-email': (provider) =>
      `The sign-in of ${provider} did not give a verified e-mail address. Contact your IT support.`,
    domain: (provider) =>
      `Your e-mail address is not in a domain ${provider} may sign in for. Use your own municipality's button.`,
    'no-role': (provider) =>
      `You are not in a group of ${provider} that gives access to the portal. Ask your manager.`,
    removed: (provider) =>
      `You are no longer in a group of ${provider} that gives access to the portal, so your account is closed. What you wrote stays under your name.`,
    deactivated: () => 'Your account is closed. Contact the secretariat.',
    conflict: () =>
      'Your e-mail address belongs to an account that signs in with a password. Sign in with e-mail and password.',
    error: () => 'The sign-in failed because of an error in the portal. Try again in a moment.',
  },
}

const nb: Texts = {
  heading: 'Du ble ikke logget inn',
  button: (provider) => `Logg inn med ${provider}`,
  or: 'eller med e-post og passord',
  navLabel: 'Logg inn med kommunens egen innlogging',
  passwordsOff: (provider) =>
    `Ansatte i ${provider} logger inn med kommunens egen innlogging: bruk »Logg inn med ${provider}«.`,
  failures: {
    'unknown-provider': () =>
      'Portalen kjenner ikke innloggingen du valgte. Velg kommunen din her.',
    misconfigured: (provider) =>
      `Innlogging med ${provider} er ikke satt opp riktig. Kontakt sekretariatet.`,
    unreachable: (provider) =>
      `Innloggingen til ${provider} svarer ikke akkurat nå. Prøv igjen om litt.`,
    'wrong-issuer': (provider) =>
      `Innloggingen til ${provider} svarte som en annen utsteder enn portalen stoler på. Du er ikke logget inn. Kontakt sekretariatet.`,
    expired: () =>
      'Innloggingen er utløpt eller ble startet i en annen nettleser. Start på nytt med knappen nedenfor.',
    state: () =>
      'Svaret fra innloggingen passet ikke til innloggingen du startet her. Du er ikke logget inn. Start på nytt.',
    denied: (provider) => `Innloggingen til ${provider} avviste eller avbrøt innloggingen.`,
    token: (provider) =>
      `Svaret fra innloggingen til ${provider} kunne ikke godkjennes. Du er ikke logget inn.`,
    'no-email': (provider) =>
      `Innloggingen til ${provider} oppga ingen bekreftet e-postadresse. Kontakt IT-støtte.`,
    domain: (provider) =>
      `E-postadressen din hører ikke til domenene ${provider} kan logge inn for.`,
    'no-role': (provider) =>
      `Du er ikke med i en gruppe i ${provider} som gir tilgang til portalen. Spør lederen din.`,
    removed: (provider) =>
      `Du er ikke lenger med i en gruppe i ${provider} som gir tilgang, så kontoen din er stengt. Det du har skrevet, står fortsatt med navnet ditt.`,
    deactivated: () => 'Kontoen din er stengt. Kontakt sekretariatet.',
    conflict: () =>
      'E-postadressen din hører til en konto som logger inn med passord. Logg inn med e-post og passord.',
    error: () => 'Innloggingen mislyktes på grunn av en feil i portalen. Prøv igjen om litt.',
  },
}

export const ssoTexts: Record<Locale, Texts> = { da, en, nb }

export const ssoTextsFor = (locale: string): Texts =>
  (ssoTexts as Record<string, Texts | undefined>)[locale] ?? da
