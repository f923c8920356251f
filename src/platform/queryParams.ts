/** A whole number within bounds, `fallback` when absent, undefined when out of bounds. */
export function boundedInt(value: string | null, min: number, max: number, fallback: number) {
  if (value === null) return fallback
  const number = Number(value)
  return /^\d+$/.test(value) && number >= min && number <= max ? number : undefined
}

/** Free text from the query: trimmed, without control characters, within a length. */
export function queryText(value: string | null, min: number, max: number): string | undefined {
  // Control characters (line breaks among them) become spaces.
  const text = [...(value ?? '')]
    .map((char) => (char < ' ' || char === '\u007f' ? ' ' : char))
    .join('')
    .trim()
  return text.length >= min && text.length <= max ? text : undefined
}
