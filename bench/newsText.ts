/**
 * Text for generated benchmark news: plausible lengths in the three languages, varied enough
 * that no two items share a title or slug.
 */
import type { Locale } from '@/i18n/locales'

type Localized = Record<Locale, string>

const topics: Localized[] = [
  { fi: 'Kaivosalan osaaminen', sv: 'Kompetens inom gruvsektorn', en: 'Mining expertise' },
  { fi: 'Arktinen matkailu', sv: 'Arktisk turism', en: 'Arctic tourism' },
  {
    fi: 'Biotalouden uudet tuotteet',
    sv: 'Nya bioekonomiska produkter',
    en: 'New bioeconomy products',
  },
  { fi: 'Kylmätestaus', sv: 'Kylprovning', en: 'Cold climate testing' },
  { fi: 'Digitaaliset palvelut', sv: 'Digitala tjänster', en: 'Digital services' },
  { fi: 'Energiaratkaisut', sv: 'Energilösningar', en: 'Energy solutions' },
  { fi: 'Luovat alat', sv: 'Kreativa branscher', en: 'Creative industries' },
  { fi: 'Yritysten verkostot', sv: 'Företagsnätverk', en: 'Business networks' },
]

const headings: Localized[] = [
  { fi: 'kehittyy Lapissa', sv: 'utvecklas i Lappland', en: 'grows in Lapland' },
  { fi: 'saa uutta rahoitusta', sv: 'får ny finansiering', en: 'receives new funding' },
  { fi: 'kokoaa toimijat yhteen', sv: 'samlar aktörerna', en: 'brings actors together' },
  { fi: 'etsii kumppaneita', sv: 'söker partner', en: 'looks for partners' },
]

const summaries: Localized = {
  fi: 'Klusterit kokoavat yritykset, oppilaitokset ja julkiset toimijat kehittämään alaa yhdessä. Uusi hanke jatkaa työtä seuraavat kolme vuotta.',
  sv: 'Klustren samlar företag, läroanstalter och offentliga aktörer för att utveckla branschen tillsammans. Ett nytt projekt fortsätter arbetet under de kommande tre åren.',
  en: 'The clusters bring companies, schools and public bodies together to develop the sector. A new project continues the work for the next three years.',
}

const paragraphs: Record<Locale, string[]> = {
  fi: [
    'Lapin liitto rahoittaa hanketta, jossa alueen yritykset ja oppilaitokset kehittävät yhdessä uusia palveluita. Tavoitteena on, että **pienetkin yritykset** pääsevät mukaan kansainvälisiin verkostoihin.',
    'Hankkeen ensimmäisessä vaiheessa kartoitetaan yritysten tarpeet. Sen jälkeen järjestetään työpajoja eri puolilla Lappia, ja tuloksista kerrotaan [klusterin verkkosivuilla](https://arcticsmartness.fi/).',
    'Työ jatkuu syksyllä, kun mukana olevat yritykset esittelevät ensimmäiset kokeilunsa. Lisätietoja antavat klusterin koordinaattorit.',
  ],
  sv: [
    'Lapplands förbund finansierar ett projekt där regionens företag och läroanstalter tillsammans utvecklar nya tjänster. Målet är att även **små företag** ska komma med i internationella nätverk.',
    'I projektets första skede kartläggs företagens behov. Därefter ordnas workshoppar runt om i Lappland, och resultaten presenteras på [klustrets webbplats](https://arcticsmartness.fi/).',
    'Arbetet fortsätter i höst, då de deltagande företagen presenterar sina första försök. Mer information ges av klustrets koordinatorer.',
  ],
  en: [
    'The Regional Council of Lapland funds a project in which companies and schools of the region develop new services together. The aim is that **even small companies** join international networks.',
    'In its first phase the project maps the needs of companies. Workshops across Lapland follow, and the results are published on [the cluster’s website](https://arcticsmartness.fi/).',
    'The work continues in the autumn, when the companies taking part present their first pilots. The cluster coordinators can tell more.',
  ],
}

const slugWords: Localized = { fi: 'uutinen', sv: 'nyhet', en: 'news' }

/** Title, slug, summary and Markdown body of generated item `n` in `locale`. */
export function newsText(n: number, locale: Locale) {
  const topic = topics[n % topics.length]![locale]
  const heading = headings[Math.floor(n / topics.length) % headings.length]![locale]
  const localParagraphs = paragraphs[locale]
  // A different opening paragraph from item to item, so the bodies are not identical.
  const first = n % localParagraphs.length
  return {
    title: `${topic} ${heading} (${n})`,
    slug: `bench-${slugWords[locale]}-${n}`,
    summary: summaries[locale],
    markdown: [...localParagraphs.slice(first), ...localParagraphs.slice(0, first)].join('\n\n'),
  }
}
