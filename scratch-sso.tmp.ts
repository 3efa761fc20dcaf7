import { createLocalReq, getPayload } from 'payload'
import config from './payload.config'
import { signInAccount } from './src/sso/signIn'
import { issueSession } from './src/sso/session'
import { readSsoConfig } from './src/sso/config'

const payload = await getPayload({ config })
const provider = readSsoConfig({ OIDC_PROVIDERS: JSON.stringify([{ id: 'k', name: 'Køge', issuer: 'https://x.example', clientId: 'c', clientSecret: 's', domains: ['koege.test'], municipality: '259', roles: { caseworker: ['cw'], consultant: ['co'] } }]) }).providers[0]!
const req = await createLocalReq({}, payload)
const now = new Date()
const email = `x${Date.now()}@koege.test`
try {
  let r = await signInAccount(payload, provider, { ok: true, person: { subject: 's' + Date.now(), email, name: 'X', title: 'T', role: 'caseworker' } }, { now, req })
  console.log('create', r)
  if (r.ok) console.log('session', (await issueSession(payload, r.userId, req)).token.slice(0, 20))
  const u = (await payload.find({ collection: 'users', where: { email: { equals: email } } })).docs[0]!
  r = await signInAccount(payload, provider, { ok: true, person: { subject: u.ssoSubject!, email, name: 'X2', title: 'T2', role: 'consultant' } }, { now, req })
  console.log('update', r)
  r = await signInAccount(payload, provider, { ok: false, failure: 'no-role', subject: u.ssoSubject!, email }, { now, req })
  console.log('removed', r)
} catch (e) { console.error('THROWN', e) }
process.exit(0)
