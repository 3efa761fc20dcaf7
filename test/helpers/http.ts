import { inject } from 'vitest'

export const baseURL = () => inject('baseURL')

/** Logs in over REST and returns the token for `Authorization: JWT …`. */
export async function loginToken(email: string, password = 'demo1234'): Promise<string> {
  const response = await fetch(`${baseURL()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`login as ${email} failed: ${response.status}`)
  const body = (await response.json()) as { token: string }
  return body.token
}

export function uploadForm(file: Buffer, filename: string, type: string, alt = 'Testfil') {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type }), filename)
  form.append('_payload', JSON.stringify({ alt }))
  return form
}
