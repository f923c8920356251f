import type { Locale } from '@/i18n/locales'

type Municipality = { code: string; fi: string; sv: string }

/** The 21 municipalities of Lapland with Statistics Finland's codes; English uses the Finnish names. */
export const municipalities: Municipality[] = [
  { code: '047', fi: 'Enontekiö', sv: 'Enontekis' },
  { code: '148', fi: 'Inari', sv: 'Enare' },
  { code: '240', fi: 'Kemi', sv: 'Kemi' },
  { code: '320', fi: 'Kemijärvi', sv: 'Kemijärvi' },
  { code: '241', fi: 'Keminmaa', sv: 'Keminmaa' },
  { code: '261', fi: 'Kittilä', sv: 'Kittilä' },
  { code: '273', fi: 'Kolari', sv: 'Kolari' },
  { code: '498', fi: 'Muonio', sv: 'Muonio' },
  { code: '583', fi: 'Pelkosenniemi', sv: 'Pelkosenniemi' },
  { code: '854', fi: 'Pello', sv: 'Pello' },
  { code: '614', fi: 'Posio', sv: 'Posio' },
  { code: '683', fi: 'Ranua', sv: 'Ranua' },
  { code: '698', fi: 'Rovaniemi', sv: 'Rovaniemi' },
  { code: '732', fi: 'Salla', sv: 'Salla' },
  { code: '742', fi: 'Savukoski', sv: 'Savukoski' },
  { code: '751', fi: 'Simo', sv: 'Simo' },
  { code: '758', fi: 'Sodankylä', sv: 'Sodankylä' },
  { code: '845', fi: 'Tervola', sv: 'Tervola' },
  { code: '851', fi: 'Tornio', sv: 'Torneå' },
  { code: '890', fi: 'Utsjoki', sv: 'Utsjoki' },
  { code: '976', fi: 'Ylitornio', sv: 'Övertorneå' },
]

export const municipalityCodes = municipalities.map((m) => m.code)

const normal = (value: string) => value.trim().toLocaleLowerCase('fi')

/** A municipality by its code (047 or 47) or its Finnish or Swedish name, in any case. */
export function findMunicipality(value: unknown): Municipality | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined
  const wanted = /^\d{1,3}$/.test(value.trim()) ? value.trim().padStart(3, '0') : normal(value)
  return municipalities.find((m) => [m.code, normal(m.fi), normal(m.sv)].includes(wanted))
}

export const municipalityName = (code: string, locale: Locale): string => {
  const found = municipalities.find((m) => m.code === code)
  if (!found) return code
  return locale === 'sv' ? found.sv : found.fi
}
