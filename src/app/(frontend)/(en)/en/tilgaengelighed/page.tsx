import { AccessibilityPage, accessibilityMetadata } from '@/components/portal/pages/StatementPages'

export const dynamic = 'force-dynamic'

export const generateMetadata = () => accessibilityMetadata('en')

export default function Page() {
  return <AccessibilityPage locale="en" />
}
