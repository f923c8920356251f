import { TZDate } from '@date-fns/tz'

import { eventTimeZone } from '@/events/calendar'

import { allClusterSlugs } from './clusters'
import type { Localized } from './localized'

export type EventSeed = {
  key: string
  slug: Localized<string>
  title: Localized<string>
  lead: Localized<string>
  summary?: Localized<string>
  /** Times in UTC; the site shows them in Finnish time. */
  startsAt: string
  endsAt: string
  format: 'onSite' | 'online' | 'hybrid'
  venue?: { name: Localized<string>; address: string }
  recordingUrl?: string
  capacity?: number
  languages: ('fi' | 'sv' | 'en')[]
  clusterSlugs: string[]
  /** Keys of contactSeeds in people.ts. */
  organiserKeys: string[]
  programme: { startsAt: string; title: Localized<string>; description?: Localized<string> }[]
}

export const eventRecordingUrl =
  'https://arcticsmartness.fi/arctic-smartness-suuntia-tulevaan-23-24-2-2022/'

/** `hour` o'clock Finnish time, `days` days after `from`, as a UTC instant. */
const finnishTime = (from: Date, days: number, hour: number) => {
  const day = new TZDate(from.getTime() + days * 86_400_000, eventTimeZone)
  const at = new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), hour, 0, eventTimeZone)
  return new Date(at.getTime()).toISOString()
}

/** The council's event the seeded article ends with, and a demo event to try registration. */
export const eventSeeds = (now: Date): EventSeed[] => [
  {
    key: 'suuntia-tulevaan-2022',
    slug: {
      fi: 'arctic-smartness-suuntia-tulevaan-2022',
      sv: 'arctic-smartness-riktningar-for-framtiden-2022',
      en: 'arctic-smartness-directions-for-the-future-2022',
    },
    title: {
      fi: 'Arctic Smartness – Suuntia tulevaan',
      sv: 'Arctic Smartness – Suuntia tulevaan (Riktningar för framtiden)',
      en: 'Arctic Smartness – Suuntia tulevaan (Directions for the Future)',
    },
    lead: {
      fi: 'Lappilaiset aluekehittäjät kokoontuivat keskustelemaan Lapin älykkään erikoistumisen strategian toteutukseen liittyvistä menestystarinoista ja haasteista sekä suuntaamaan katseet kohti tulevaa.',
      sv: 'Regionutvecklare i Lappland samlades för att diskutera framgångar och utmaningar i genomförandet av strategin för smart specialisering i Lappland och för att blicka framåt.',
      en: 'Regional developers from Lapland gathered to discuss success stories and challenges in implementing Lapland’s smart specialisation strategy and to look ahead.',
    },
    summary: {
      fi: 'Tapahtuman tallenne on katsottavissa Arctic Smartness -sivustolla.',
      sv: 'Inspelningen av evenemanget finns på Arctic Smartness webbplats.',
      en: 'The recording of the event is on the Arctic Smartness website.',
    },
    startsAt: '2022-02-23T07:00:00.000Z',
    endsAt: '2022-02-24T14:00:00.000Z',
    format: 'online',
    recordingUrl: eventRecordingUrl,
    languages: ['fi'],
    clusterSlugs: allClusterSlugs,
    organiserKeys: ['lapin-liitto-kirjaamo'],
    programme: [],
  },
  {
    key: 'demo-klusteriaamu',
    slug: {
      fi: 'demo-klusteriaamu-yrityksille',
      sv: 'demo-klustermorgon-for-foretag',
      en: 'demo-cluster-morning-for-companies',
    },
    title: {
      fi: 'Demo: Klusteriaamu yrityksille',
      sv: 'Demo: Klustermorgon för företag',
      en: 'Demo: Cluster morning for companies',
    },
    lead: {
      fi: 'Esimerkkitapahtuma, jolla ilmoittautumista voi kokeilla: mitä klusteriin liittyminen tuo lappilaiselle pk-yritykselle?',
      sv: 'Ett exempelevenemang där man kan prova anmälan: vad ger det ett litet eller medelstort företag i Lappland att gå med i ett kluster?',
      en: 'A demo event to try registration with: what does joining a cluster bring a small company in Lapland?',
    },
    // Three weeks ahead: inside the guides' "next 30 days" (docs/partners.md) at any hour.
    startsAt: finnishTime(now, 21, 9),
    endsAt: finnishTime(now, 21, 12),
    format: 'hybrid',
    venue: {
      name: { fi: 'Lapin liitto', sv: 'Lapplands förbund', en: 'Regional Council of Lapland' },
      address: 'Hallituskatu 20 B, 96100 Rovaniemi',
    },
    capacity: 20,
    languages: ['fi', 'en'],
    clusterSlugs: allClusterSlugs,
    organiserKeys: ['lapin-liitto-kirjaamo'],
    programme: [
      {
        startsAt: finnishTime(now, 21, 9),
        title: { fi: 'Avaus', sv: 'Öppning', en: 'Opening' },
      },
      {
        startsAt: finnishTime(now, 21, 10),
        title: {
          fi: 'Klusterit esittäytyvät',
          sv: 'Klustren presenterar sig',
          en: 'The clusters introduce themselves',
        },
        description: {
          fi: 'Kuusi Arctic Smartness -klusteria kertovat, mitä ne tarjoavat yrityksille.',
          sv: 'De sex Arctic Smartness-klustren berättar vad de erbjuder företag.',
          en: 'The six Arctic Smartness clusters tell what they offer companies.',
        },
      },
    ],
  },
]
