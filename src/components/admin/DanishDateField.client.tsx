'use client'

import {
  DatePicker,
  FieldDescription,
  FieldError,
  FieldLabel,
  useField,
  useTranslation,
} from '@payloadcms/ui'
import type { DateFieldClientProps } from 'payload'
import { useEffect, useId, useRef, useState } from 'react'

import { DANISH_DATE_HINT, formatDanishDate, parseDanishDate } from '@/domain/danishDate'

import './DanishDateField.css'

const shown = (value: unknown, withTime: boolean): string => {
  if (typeof value !== 'string' || !value) return ''
  const parsed = parseDanishDate(value, { withTime })
  // A value the server refused is shown as typed, so that it can be corrected.
  if (!parsed.ok) return value
  return formatDanishDate(parsed.iso, { style: 'numeric', withTime })
}

/**
 * The admin's date input: type a Danish date (`01.08.2027`, `1/8/2027`, `1. august 2027`) or pick
 * one in the calendar. What it reads is shown in words below the input; what it cannot read is
 * refused at once, in Danish, and the form cannot be saved with it (the field's `validate` and its
 * hook say the same on the server).
 */
export function DanishDateField(props: DateFieldClientProps & { withTime?: boolean }) {
  const { field, path: pathFromProps, readOnly: readOnlyFromProps, withTime = false } = props
  const { label, required, localized, admin } = field
  const { path, value, setValue, disabled, showError } = useField<string>({
    potentiallyStalePath: pathFromProps,
  })
  const readOnly = Boolean(readOnlyFromProps || disabled || admin?.readOnly)
  const [text, setText] = useState(() => shown(value, withTime))
  const [problem, setProblem] = useState<string | undefined>()
  const [calendarOpen, setCalendarOpen] = useState(false)
  const lastValue = useRef(value)
  const calendar = useRef<HTMLDivElement>(null)
  const { i18n } = useTranslation()
  const danish = i18n.language === 'da'
  const uid = useId()
  const pathId = path.replace(/\./g, '__')
  const inputId = `field-${pathId}-input`
  const hintId = `${uid}-hint`
  const readId = `${uid}-read`
  const problemId = `${uid}-problem`

  // A value that changes from outside (a reset, a version restored) replaces the text.
  useEffect(() => {
    if (value !== lastValue.current) {
      lastValue.current = value
      setText(shown(value, withTime))
      setProblem(undefined)
    }
  }, [value, withTime])

  // The calendar's month and year menus come without names; give them theirs (WCAG 4.1.2),
  // also when the calendar redraws them.
  useEffect(() => {
    const element = calendar.current
    if (!calendarOpen || !element) return
    const name = () => {
      const names: Array<[string, string]> = [
        ['.react-datepicker__month-select', danish ? 'Måned' : 'Month'],
        ['.react-datepicker__year-select', danish ? 'År' : 'Year'],
      ]
      for (const [selector, label] of names) {
        const select = element.querySelector(selector)
        if (select && select.getAttribute('aria-label') !== label) {
          select.setAttribute('aria-label', label)
        }
      }
    }
    name()
    const observer = new MutationObserver(name)
    observer.observe(element, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [calendarOpen, danish])

  const commit = (typed: string) => {
    if (!typed.trim()) {
      setProblem(undefined)
      lastValue.current = null as unknown as string
      setValue(null)
      return
    }
    const parsed = parseDanishDate(typed, { withTime })
    if (parsed.ok) {
      setProblem(undefined)
      lastValue.current = parsed.iso
      setValue(parsed.iso)
      setText(formatDanishDate(parsed.iso, { style: 'numeric', withTime }))
    } else {
      setProblem(parsed.message)
      // The typed text goes to the form as it is: the server's validation refuses it in Danish,
      // so the document cannot be saved with a date nobody meant.
      lastValue.current = typed
      setValue(typed)
    }
  }

  const readable = typeof value === 'string' ? parseDanishDate(value, { withTime }) : undefined
  const inWords = readable?.ok ? formatDanishDate(readable.iso, { withTime }) : ''
  const describedBy = [hintId, problem ? problemId : readId].join(' ')
  const placeholder = withTime ? `${DANISH_DATE_HINT} tt.mm` : DANISH_DATE_HINT

  return (
    <div
      className={[
        'field-type',
        'danish-date-field',
        (problem || showError) && 'danish-date-field--has-error',
        readOnly && 'read-only',
      ]
        .filter(Boolean)
        .join(' ')}
    >
      <FieldLabel
        htmlFor={inputId}
        label={label}
        localized={localized}
        path={path}
        required={required}
      />
      <div className="field-type__wrap" id={`field-${pathId}`}>
        {!problem && <FieldError path={path} showError={showError} />}
        <div className="danish-date-field__row">
          <input
            aria-describedby={describedBy}
            aria-invalid={problem || showError ? true : undefined}
            autoComplete="off"
            className="danish-date-field__input"
            id={inputId}
            inputMode="text"
            name={path}
            onBlur={(event) => commit(event.currentTarget.value)}
            onChange={(event) => {
              setText(event.currentTarget.value)
              if (problem) setProblem(undefined)
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault()
                commit(event.currentTarget.value)
              }
            }}
            placeholder={placeholder}
            readOnly={readOnly}
            type="text"
            value={text}
          />
          {!readOnly && (
            <button
              aria-controls={`${uid}-calendar`}
              aria-expanded={calendarOpen}
              className="danish-date-field__calendar-button"
              onClick={() => setCalendarOpen((open) => !open)}
              type="button"
            >
              {calendarOpen ? 'Luk kalender' : 'Vælg i kalender'}
            </button>
          )}
        </div>
        <p className="danish-date-field__hint" id={hintId}>
          Skriv datoen som {placeholder}, fx {withTime ? '01.08.2027 14.05' : '01.08.2027'}.
        </p>
        {problem ? (
          <p className="danish-date-field__problem" id={problemId} role="alert">
            {problem}
          </p>
        ) : (
          <p aria-live="polite" className="danish-date-field__read" id={readId}>
            {inWords}
          </p>
        )}
        {calendarOpen && !readOnly && (
          <div className="danish-date-field__calendar" id={`${uid}-calendar`} ref={calendar}>
            <DatePicker
              onChange={(picked: Date | null) => {
                if (!picked) return
                // The picker pins a day to 12:00 UTC; the day it means is read the Danish way.
                const typed = formatDanishDate(picked, { style: 'numeric', withTime })
                setCalendarOpen(false)
                commit(typed)
              }}
              overrides={{
                inline: true,
                // Day names in the admin's language, so that each day's name holds its number.
                locale: i18n.dateFNS,
                ...(danish
                  ? {
                      chooseDayAriaLabelPrefix: 'Vælg',
                      disabledDayAriaLabelPrefix: 'Kan ikke vælges:',
                      monthAriaLabelPrefix: 'Måned',
                      weekAriaLabelPrefix: 'Uge',
                    }
                  : {}),
              }}
              pickerAppearance={withTime ? 'dayAndTime' : 'dayOnly'}
              timeFormat="HH:mm"
              value={readable?.ok ? readable.iso : undefined}
            />
          </div>
        )}
      </div>
      <FieldDescription description={admin?.description} path={path} />
    </div>
  )
}
