import { LoginPage, loginMetadata } from '@/components/portal/pages/LoginPage'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export const generateMetadata = () => loginMetadata('da')

export default function Page({ searchParams }: Props) {
  return <LoginPage locale="da" searchParams={searchParams} />
}
