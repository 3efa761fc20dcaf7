import { SearchPage, searchMetadata } from '@/components/portal/pages/SearchPage'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export const generateMetadata = ({ searchParams }: Props) =>
  searchMetadata({ locale: 'en', searchParams })

export default function Page({ searchParams }: Props) {
  return <SearchPage locale="en" searchParams={searchParams} />
}
