import { TopicsPage, topicsMetadata } from '@/components/portal/pages/TopicsPage'

export const dynamic = 'force-dynamic'

export const generateMetadata = () => topicsMetadata('en')

export default function Page() {
  return <TopicsPage locale="en" />
}
