import { NotePage, noteMetadata } from '@/components/portal/pages/NotePage'

type Props = { params: Promise<{ slug: string }> }

export const generateMetadata = ({ params }: Props) => noteMetadata({ locale: 'en', params })

export default function Page({ params }: Props) {
  return <NotePage locale="en" params={params} />
}
