import { ShortlistPage, shortlistMetadata } from '@/components/portal/pages/ShortlistPage'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export const generateMetadata = () => shortlistMetadata('en')

export default function Page({ searchParams }: Props) {
  return <ShortlistPage locale="en" searchParams={searchParams} />
}
