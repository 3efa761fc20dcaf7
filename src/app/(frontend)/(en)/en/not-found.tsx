import type { Metadata } from 'next'

import { NotFoundPage } from '@/components/portal/pages/NotFoundPage'
import { getMessages } from '@/i18n/messages'

export const metadata: Metadata = { title: getMessages('en').errors.notFoundTitle }

export default function NotFound() {
  return <NotFoundPage locale="en" />
}
