import { PrivacyPage, privacyMetadata } from '@/components/portal/pages/StatementPages'

export const dynamic = 'force-dynamic'

export const generateMetadata = () => privacyMetadata('en')

export default function Page() {
  return <PrivacyPage locale="en" />
}
