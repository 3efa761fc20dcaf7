'use client'

import { ErrorView } from '@/components/portal/FallbackViews.client'

/** A page failed: the portal's error view in the reader's language (strings from the layout). */
export default function Error({
  error,
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  return <ErrorView error={error} reset={reset} />
}
