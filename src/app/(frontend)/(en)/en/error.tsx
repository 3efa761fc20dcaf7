'use client'

import { ErrorView } from '@/components/portal/ErrorView.client'

export default function Error({
  error,
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  return <ErrorView locale="en" error={error} reset={reset} />
}
