import { z } from 'zod'

import { email, phone } from '@/domain/rules'

/**
 * zod building blocks the sections share. The domain rules themselves (ages, CVR, ELI …) live in
 * src/domain/rules.ts, shared with the admin and the API.
 */

export const text = (message: string) => z.string({ message }).trim().min(1, message)

/** Rich text as plain paragraphs: one blank line between paragraphs, no trailing spaces. */
export const paragraphs = (message: string) =>
  text(message).transform((value) =>
    value
      .replace(/\r\n/g, '\n')
      .split(/\n\s*\n/)
      .map((paragraph) =>
        paragraph
          .split('\n')
          .map((line) => line.trim())
          .join('\n')
          .trim(),
      )
      .filter(Boolean)
      .join('\n\n'),
  )
export const optionalText = z.string().trim().optional()
export const list = <T extends z.ZodType>(item: T) => z.array(item).default([])

/** A summary as listings and notes have it. */
export const summary = text('Resuméet mangler.').pipe(
  z.string().max(400, 'Resuméet må højst være 400 tegn.'),
)

/** A professional's contact details (never a child's). */
export const contactPerson = z.object({
  name: optionalText,
  role: optionalText,
  email: email.optional(),
  phone: phone.optional(),
})
