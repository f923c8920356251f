import { allClusterSlugs } from './clusters'
import type { Localized } from './localized'

export type ExpertSeed = {
  key: string
  name: string
  title: Localized<string>
  organisation: string
  expertiseAreas: Localized<string>[]
  bio: Localized<string>
  email?: string
  languages: ('fi' | 'sv' | 'en')[]
  clusterSlugs: string[]
  /** The clusters whose join requests this expert receives, as their coordinator. */
  coordinates?: string[]
}

export type ContactSeed = {
  key: string
  kind: 'person' | 'office'
  name: string
  role: Localized<string>
  organisation: string
  email?: string
  expertKey?: string
  clusterSlugs: string[]
}

/** A seeded person's address at `.example` (RFC 2606), where no mail is delivered. */
const demoAddressOf = (name: string) => `${name}@lapinliitto.example`

export const expertSeeds: ExpertSeed[] = [
  {
    key: 'kaarina-macklin',
    name: 'Kaarina Mäcklin',
    title: {
      fi: 'Kansainvälisten asioiden asiantuntija',
      sv: 'Sakkunnig i internationella frågor',
      en: 'International Affairs Specialist',
    },
    organisation: 'Lapin liitto',
    expertiseAreas: [
      {
        fi: 'Kansainväliset asiat',
        sv: 'Internationella frågor',
        en: 'International affairs',
      },
      {
        fi: 'Arctic Smartness -klustereiden yhteistyö',
        sv: 'Samarbete mellan Arctic Smartness-klustren',
        en: 'Cooperation between the Arctic Smartness clusters',
      },
    ],
    bio: {
      fi: 'Kaarina Mäcklin on Lapin liiton kansainvälisten asioiden asiantuntija, joka antaa lisätietoa Arctic Smartness -klusteritoiminnasta ja klustereiden välisestä yhteistyöstä.',
      sv: 'Kaarina Mäcklin är sakkunnig i internationella frågor vid Lapplands förbund och ger närmare information om Arctic Smartness-klusterverksamheten och samarbetet mellan klustren.',
      en: 'Kaarina Mäcklin is an International Affairs Specialist at the Regional Council of Lapland and provides further information on the Arctic Smartness cluster activities and cooperation between the clusters.',
    },
    // The demo's join requests go to her, so a development server given a real SMTP_URL must
    // not mail the real person: the seed names her at a reserved domain that reaches nobody.
    email: demoAddressOf('kaarina.macklin'),
    languages: ['fi', 'en'],
    clusterSlugs: allClusterSlugs,
    // The council's contact for the cluster activities as a whole, named in the article: a
    // company's request reaches her until each cluster has a coordinator of its own.
    coordinates: allClusterSlugs,
  },
  {
    key: 'paula-heikkila',
    name: 'Paula Heikkilä',
    title: {
      fi: 'FOKUS-hankkeen asiantuntija',
      sv: 'Sakkunnig i FOKUS-projektet',
      en: 'Specialist, FOKUS project',
    },
    organisation: 'Lapin liitto',
    expertiseAreas: [
      {
        fi: 'Älykäs erikoistuminen',
        sv: 'Smart specialisering',
        en: 'Smart specialisation',
      },
      {
        fi: 'FOKUS-hanke',
        sv: 'FOKUS-projektet',
        en: 'FOKUS project',
      },
    ],
    bio: {
      fi: 'Paula Heikkilä on Lapin liiton FOKUS-hankkeen asiantuntija, joka kirjoittaa Lapin älykkäästä erikoistumisesta ja Arctic Smartness -klusteritoiminnasta.',
      sv: 'Paula Heikkilä är sakkunnig i FOKUS-projektet vid Lapplands förbund och skriver om smart specialisering i Lappland och om Arctic Smartness-klusterverksamheten.',
      en: 'Paula Heikkilä is a specialist in the FOKUS project at the Regional Council of Lapland and writes about smart specialisation in Lapland and the Arctic Smartness cluster activities.',
    },
    languages: ['fi', 'en'],
    clusterSlugs: allClusterSlugs,
  },
]

export const contactSeeds: ContactSeed[] = [
  {
    key: 'kaarina-macklin',
    kind: 'person',
    name: 'Kaarina Mäcklin',
    role: {
      fi: 'Kansainvälisten asioiden asiantuntija',
      sv: 'Sakkunnig i internationella frågor',
      en: 'International Affairs Specialist',
    },
    organisation: 'Lapin liitto',
    email: demoAddressOf('kaarina.macklin'),
    expertKey: 'kaarina-macklin',
    clusterSlugs: allClusterSlugs,
  },
  {
    key: 'lapin-liitto-kirjaamo',
    kind: 'office',
    name: 'Lapin liitto',
    role: {
      fi: 'Kirjaamo',
      sv: 'Registratur',
      en: 'Registry',
    },
    organisation: 'Lapin liitto',
    email: 'kirjaamo@lapinliitto.fi',
    clusterSlugs: allClusterSlugs,
  },
]
