type Cell = string | number | boolean | null | undefined

/**
 * One CSV cell (RFC 4180). A text starting with =, +, -, @, tab or CR would run as a formula in
 * a spreadsheet: it is prefixed with an apostrophe, as OWASP advises.
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return ''
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** A whole file: a byte-order mark (so spreadsheet programs read UTF-8), CRLF line ends. */
export const toCsv = (header: string[], rows: Cell[][]): string =>
  '\uFEFF' + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'

export const csvResponse = (csv: string, name: string) =>
  new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}-${new Date().toISOString().slice(0, 10)}.csv"`,
    },
  })
