import { TopicsPage, topicsMetadata } from '@/components/portal/pages/TopicsPage'

export const dynamic = 'force-dynamic'

export const generateMetadata = () => topicsMetadata('da')

export default function Page() {
  return <TopicsPage locale="da" />
}
