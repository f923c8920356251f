const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => entities[char]!)

/**
 * The frame of every message and page we send: one column, system fonts, text #1a1a1a on white
 * (contrast 17:1), links #0b4f8a (8:1), a real <h1>, the language declared. Long words and
 * addresses wrap, so nothing is wider than a 320 px phone.
 */
export function document({
  lang,
  title,
  body,
  header = '',
}: {
  lang: string
  title: string
  body: string
  /** Above the heading: the letterhead of messages. */
  header?: string
}): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
</head>
<body style="margin:0;padding:0;background:#ffffff;color:#1a1a1a;font-family:-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:16px;line-height:1.5;overflow-wrap:anywhere;word-break:break-word">
<main style="max-width:640px;margin:0 auto;padding:24px 16px">
${header}<h1 style="font-size:24px;line-height:1.3;margin:0 0 16px">${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>`
}

export const link = (href: string, text: string) =>
  `<a href="${escapeHtml(href)}" style="color:#0b4f8a;text-decoration:underline">${escapeHtml(text)}</a>`

export const button = (href: string, text: string) =>
  `<p style="margin:24px 0"><a href="${escapeHtml(href)}" style="display:inline-block;background:#0b4f8a;color:#ffffff;padding:12px 20px;border-radius:4px;text-decoration:none;font-weight:bold">${escapeHtml(text)}</a></p>`

/** A web address shown as text (for mail clients without links): breaks anywhere on a phone. */
export const addressText = (href: string) =>
  `<p style="font-size:14px;word-break:break-all;overflow-wrap:anywhere">${escapeHtml(href)}</p>`
