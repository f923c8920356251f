import type { SlugField } from 'payload'

// Letters that Unicode normalisation does not reduce to ASCII on its own.
const transliterations: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  đ: 'd',
  ŋ: 'n',
  ŧ: 't',
}

/** "Lisää yrityksiä – Åland!" → "lisaa-yrityksia-aland" (Payload's default drops ä, ö and å). */
export const toSlug = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ßæøœđŋŧ]/g, (letter) => transliterations[letter] ?? '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)

type Slugify = NonNullable<NonNullable<Parameters<SlugField>[0]>['slugify']>

export const slugify: Slugify = ({ valueToSlugify }) =>
  typeof valueToSlugify === 'string' ? toSlug(valueToSlugify) || undefined : undefined
