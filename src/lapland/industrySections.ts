import type { Locale } from '@/i18n/locales'

import { industryDivision } from './industries'

type Section = { from: number; to: number; fi: string; sv: string; en: string }

/** The sections of TOL 2008 (Statistics Finland; NACE Rev. 2) by their two-digit divisions. */
const sections: Section[] = [
  {
    from: 1,
    to: 3,
    fi: 'Maatalous, metsätalous ja kalatalous',
    sv: 'Jordbruk, skogsbruk och fiske',
    en: 'Agriculture, forestry and fishing',
  },
  {
    from: 5,
    to: 9,
    fi: 'Kaivostoiminta ja louhinta',
    sv: 'Utvinning av mineral',
    en: 'Mining and quarrying',
  },
  { from: 10, to: 33, fi: 'Teollisuus', sv: 'Tillverkning', en: 'Manufacturing' },
  {
    from: 35,
    to: 35,
    fi: 'Sähkö-, kaasu- ja lämpöhuolto, jäähdytysliiketoiminta',
    sv: 'Försörjning av el, gas, värme och kyla',
    en: 'Electricity, gas, steam and air conditioning supply',
  },
  {
    from: 36,
    to: 39,
    fi: 'Vesihuolto, viemäri- ja jätevesihuolto, jätehuolto ja muu ympäristön puhtaanapito',
    sv: 'Vattenförsörjning; avloppsrening, avfallshantering och sanering',
    en: 'Water supply; sewerage, waste management and remediation',
  },
  { from: 41, to: 43, fi: 'Rakentaminen', sv: 'Byggverksamhet', en: 'Construction' },
  {
    from: 45,
    to: 47,
    fi: 'Tukku- ja vähittäiskauppa; moottoriajoneuvojen ja moottoripyörien korjaus',
    sv: 'Handel; reparation av motorfordon och motorcyklar',
    en: 'Wholesale and retail trade; repair of motor vehicles and motorcycles',
  },
  {
    from: 49,
    to: 53,
    fi: 'Kuljetus ja varastointi',
    sv: 'Transport och magasinering',
    en: 'Transportation and storage',
  },
  {
    from: 55,
    to: 56,
    fi: 'Majoitus- ja ravitsemistoiminta',
    sv: 'Hotell- och restaurangverksamhet',
    en: 'Accommodation and food service activities',
  },
  {
    from: 58,
    to: 63,
    fi: 'Informaatio ja viestintä',
    sv: 'Informations- och kommunikationsverksamhet',
    en: 'Information and communication',
  },
  {
    from: 64,
    to: 66,
    fi: 'Rahoitus- ja vakuutustoiminta',
    sv: 'Finans- och försäkringsverksamhet',
    en: 'Financial and insurance activities',
  },
  {
    from: 68,
    to: 68,
    fi: 'Kiinteistöalan toiminta',
    sv: 'Fastighetsverksamhet',
    en: 'Real estate activities',
  },
  {
    from: 69,
    to: 75,
    fi: 'Ammatillinen, tieteellinen ja tekninen toiminta',
    sv: 'Verksamhet inom juridik, ekonomi, vetenskap och teknik',
    en: 'Professional, scientific and technical activities',
  },
  {
    from: 77,
    to: 82,
    fi: 'Hallinto- ja tukipalvelutoiminta',
    sv: 'Uthyrning, fastighetsservice, resetjänster och andra stödtjänster',
    en: 'Administrative and support service activities',
  },
  {
    from: 84,
    to: 84,
    fi: 'Julkinen hallinto ja maanpuolustus; pakollinen sosiaalivakuutus',
    sv: 'Offentlig förvaltning och försvar; obligatorisk socialförsäkring',
    en: 'Public administration and defence; compulsory social security',
  },
  { from: 85, to: 85, fi: 'Koulutus', sv: 'Utbildning', en: 'Education' },
  {
    from: 86,
    to: 88,
    fi: 'Terveys- ja sosiaalipalvelut',
    sv: 'Vård och omsorg; sociala tjänster',
    en: 'Human health and social work activities',
  },
  {
    from: 90,
    to: 93,
    fi: 'Taiteet, viihde ja virkistys',
    sv: 'Kultur, nöje och fritid',
    en: 'Arts, entertainment and recreation',
  },
  {
    from: 94,
    to: 96,
    fi: 'Muu palvelutoiminta',
    sv: 'Annan serviceverksamhet',
    en: 'Other service activities',
  },
  {
    from: 97,
    to: 98,
    fi: 'Kotitalouksien toiminta työnantajina',
    sv: 'Förvärvsarbete i hushåll',
    en: 'Activities of households as employers',
  },
  {
    from: 99,
    to: 99,
    fi: 'Kansainvälisten organisaatioiden ja toimielinten toiminta',
    sv: 'Verksamhet vid internationella organisationer',
    en: 'Activities of extraterritorial organisations',
  },
]

/** The name of a TOL 2008 code's section (`55101` → accommodation and food), or undefined. */
export function industryName(code: string, locale: Locale): string | undefined {
  const division = Number(industryDivision(code))
  return sections.find((section) => division >= section.from && division <= section.to)?.[locale]
}
