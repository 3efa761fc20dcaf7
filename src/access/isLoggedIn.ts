import type { Access } from 'payload'

/** Any logged-in user, whatever their role. */
export const isLoggedIn: Access = ({ req: { user } }) => Boolean(user)
