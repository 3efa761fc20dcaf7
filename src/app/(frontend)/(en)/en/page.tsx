import { HomePage, homeMetadata } from '@/components/portal/pages/HomePage'

export const dynamic = 'force-dynamic'

export const generateMetadata = () => homeMetadata('en')

export default function Page() {
  return <HomePage locale="en" />
}
