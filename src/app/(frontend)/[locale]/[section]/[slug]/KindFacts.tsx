import { optionLabel } from '@/i18n'
import type { Mentor, Offer, SchoolOption } from '@/payload-types'

import { Fact } from './Fact'
import type { ListingView } from './view'

/** The facts only one kind of listing has (offer type; mentor type and focus; school type …). */
export function KindFacts({ view }: { view: ListingView }) {
  const { listing, kind, t, lang } = view
  const l = t.listing
  if (kind === 'offer') {
    const offer = listing as Offer
    return <Fact term={l.offerType}>{optionLabel(t, 'offerType', offer.offerType)}</Fact>
  }
  if (kind === 'mentor') {
    const mentor = listing as Mentor
    return (
      <>
        <Fact term={l.mentorType}>{optionLabel(t, 'mentorType', mentor.mentorType)}</Fact>
        <Fact term={l.mentorFocus}>
          {mentor.focus?.length
            ? mentor.focus.map((focus) => optionLabel(t, 'mentorFocus', focus)).join(', ')
            : null}
        </Fact>
        <Fact term={l.matching}>
          {mentor.matching ? <span lang={lang}>{mentor.matching}</span> : null}
        </Fact>
        <Fact term={l.duration}>
          {mentor.duration ? <span lang={lang}>{mentor.duration}</span> : null}
        </Fact>
      </>
    )
  }
  const school = listing as SchoolOption
  return (
    <>
      <Fact term={l.schoolType}>{optionLabel(t, 'schoolType', school.schoolType)}</Fact>
      <Fact term={l.grades}>{l.gradeRange(school.gradeFrom, school.gradeTo)}</Fact>
      <Fact term={l.classSize}>{school.classSize ? String(school.classSize) : null}</Fact>
      <Fact term={l.profile}>
        {school.profile ? <span lang={lang}>{school.profile}</span> : null}
      </Fact>
      <Fact term={l.admissionViaPPR}>{school.admissionViaPPR ? l.yes : l.no}</Fact>
    </>
  )
}
