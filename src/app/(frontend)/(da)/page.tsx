import { HomePage, homeMetadata } from '@/components/portal/pages/HomePage'

export const dynamic = 'force-dynamic'

export const generateMetadata = () => homeMetadata('da')

export default function Page() {
  return <HomePage locale="da" />
}
