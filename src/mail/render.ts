import { z } from 'zod'

/**
 * What a mail says, independent of its form: rendered into a Danish plain-text part (always) and
 * an HTML part with the same words. Every mail ends by saying why the recipient gets it and, for
 * a kind of mail one can stop, how.
 */
export const mailContentSchema = z.object({
  intro: z.array(z.string()).min(1),
  items: z.array(z.object({ text: z.string(), url: z.string().optional() })).optional(),
  action: z.object({ label: z.string(), url: z.string() }).optional(),
  outro: z.array(z.string()).optional(),
  /** Secondary links after the outro, under a heading (e.g. one stop link per subscription). */
  more: z
    .object({
      heading: z.string(),
      links: z.array(z.object({ text: z.string(), url: z.string() })),
    })
    .optional(),
})
export type MailContent = z.infer<typeof mailContentSchema>

export type RenderedMail = { text: string; html: string }

const escapeHtml = (value: string) =>
  value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')

const safeHref = (url: string) => (/^https?:\/\//i.test(url) ? escapeHtml(url) : '#')

export function renderMail(
  content: MailContent,
  footer: { reason: string; unsubscribeUrl?: string },
): RenderedMail {
  const text: string[] = [...content.intro.flatMap((p) => [p, ''])]
  const html: string[] = content.intro.map((p) => `<p>${escapeHtml(p)}</p>`)

  if (content.items?.length) {
    for (const item of content.items)
      text.push(`- ${item.text}${item.url ? `\n  ${item.url}` : ''}`)
    text.push('')
    html.push(
      `<ul>${content.items
        .map((item) =>
          item.url
            ? `<li><a href="${safeHref(item.url)}">${escapeHtml(item.text)}</a></li>`
            : `<li>${escapeHtml(item.text)}</li>`,
        )
        .join('')}</ul>`,
    )
  }
  if (content.action) {
    text.push(`${content.action.label}:`, content.action.url, '')
    html.push(
      `<p><a href="${safeHref(content.action.url)}" style="display:inline-block;padding:10px 16px;background:#004993;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(content.action.label)}</a></p>`,
    )
  }
  for (const p of content.outro ?? []) {
    text.push(p, '')
    html.push(`<p>${escapeHtml(p)}</p>`)
  }

  if (content.more?.links.length) {
    text.push(content.more.heading)
    for (const link of content.more.links) text.push(`- ${link.text}: ${link.url}`)
    text.push('')
    html.push(
      `<p style="font-size:14px">${escapeHtml(content.more.heading)}</p><ul style="font-size:14px">${content.more.links
        .map((link) => `<li><a href="${safeHref(link.url)}">${escapeHtml(link.text)}</a></li>`)
        .join('')}</ul>`,
    )
  }

  text.push('-- ', footer.reason)
  const footerHtml = [`<p>${escapeHtml(footer.reason)}</p>`]
  if (footer.unsubscribeUrl) {
    text.push(`Vil du ikke længere have denne slags e-mails: ${footer.unsubscribeUrl}`)
    footerHtml.push(
      `<p><a href="${safeHref(footer.unsubscribeUrl)}">Stop denne slags e-mails</a></p>`,
    )
  }
  text.push('Videnportal – fælles viden om børn og unge med særlige behov')

  return {
    text: text.join('\n'),
    html: `<!doctype html><html lang="da"><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;line-height:1.5;color:#1a1a1a;max-width:640px">${html.join('')}<hr style="border:none;border-top:1px solid #ccc;margin-top:24px"><div style="font-size:13px;color:#555">${footerHtml.join('')}<p>Videnportal – fælles viden om børn og unge med særlige behov</p></div></body></html>`,
  }
}
