import { allClusterSlugs } from './clusters'
import { eventRecordingUrl } from './events'
import type { Localized } from './localized'

export type NewsSeed = {
  slug: Localized<string> // url slug per locale, lowercase ascii kebab-case
  title: Localized<string>
  summary: Localized<string> // 1-2 sentences lead
  body: Localized<string[]> // paragraphs
  byline: Localized<string>
  publishedAt: string // ISO date
  clusterSlugs: string[] // slugs from clusters.ts
  expertKeys: string[] // keys of expertSeeds in people.ts
  contactKeys: string[] // keys of contactSeeds in people.ts
  eventKeys: string[] // keys of eventSeeds in events.ts
  externalLinks: { url: string; label: Localized<string> }[]
}

export const newsSeeds: NewsSeed[] = [
  {
    slug: {
      fi: 'lappilaiseen-klusteritoimintaan-tarvitaan-mukaan-lisaa-yrityksia',
      sv: 'fler-foretag-behovs-i-klusterverksamheten-i-lappland',
      en: 'more-companies-needed-in-laplands-cluster-activities',
    },
    title: {
      fi: 'Lappilaiseen klusteritoimintaan tarvitaan mukaan lisää yrityksiä',
      sv: 'Fler företag behövs i klusterverksamheten i Lappland',
      en: 'More companies needed in Lapland’s cluster activities',
    },
    summary: {
      fi: 'Lapin älykkään erikoistumisen strategia uudistetaan vuoden 2022 aikana. Kuuden Arctic Smartness -klusterin keskeisimpiä haasteita tulevina vuosina on tavoittaa lappilaiset pk-yritykset entistä paremmin.',
      sv: 'Strategin för smart specialisering i Lappland förnyas under 2022. En av de viktigaste utmaningarna för de sex Arctic Smartness-klustren under de kommande åren är att nå de små och medelstora företagen i Lappland bättre.',
      en: 'Lapland’s smart specialisation strategy is being renewed during 2022. One of the key challenges for the six Arctic Smartness clusters in the coming years is to reach small and medium-sized companies in Lapland more effectively.',
    },
    body: {
      fi: [
        'Ohjelmakaudella 2014–2020 Lapin liitto rahoitti yli 200 älykästä erikoistumista tukevaa hanketta. Hankkeisiin myönnettiin rahoitusta runsaat 52 miljoonaa euroa. Vuoden 2022 aikana Lapin älykkään erikoistumisen strategia uudistetaan ja sitä myöten on aika tarkastella millä kehittämisen kärjillä suuntaamme kohti tulevaisuutta.',
        'Syksyllä 2021 toteutetussa Lapin älykkään erikoistumisen strategian ja toteutuksen arvioinnissa nostettiin esille, että Lapin älykäs erikoistuminen on saanut aikaan verkostoitumista ja siihen liittyviä sosiaalisia innovaatioita Lapissa sekä vaikuttanut kehittämistyön pitkäjänteisyyteen. Tähän mennessä älykäs erikoistuminen ei kuitenkaan ole riittävässä määrin kohdistunut alueen yritysten TKI-toimintaan ja lisäksi eri tahojen sitoutuminen yhteiseen älykkään erikoistumisen kehittämistyöhön vaihtelee.',
        'Älykästä erikoistumista on toteutettu ruohonjuuritasolla Lapissa kuuden Arctic Smartness -klusterin avulla, jotka edustavat uutta tapaa tehdä yhteistyötä yli organisaatiorajojen. Klusteritoiminnan päätavoite on yritysten ja alueen TKI-toimijoiden yhteistyöllä kehittää kasvun, kansainvälistymisen ja innovaatiotoiminnan mahdollisuuksia lappilaisille pk-yrityksille. Klusterijohtajat Lapista ovat varsin yksimielisiä sen suhteen, että pk-yrityskentän tavoittaminen paremmin; sekä uusien yritysten saaminen klusteritoiminnan piiriin, että entisten yrityskumppanien parempi palveleminen, ovat tulevina vuosina klustereiden keskeisimpiä haasteita. Klusteritoiminnan hyötyjen konkretisoiminen sekä niistä vaikuttavasti viestiminen vaativat panostuksia jatkossa, joihin klusterit ovat halukkaita tarttumaan.',
        'Klustereiden välisellä koordinoidulla yhteistyöllä viemme lappilaisen Arctic Smartness -toiminnan seuraavalle tasolle tulevan ohjelmakauden aikana, toteaa kansainvälisten asioiden asiantuntija Kaarina Mäcklin Lapin liitosta.',
        `Lappilaiset aluekehittäjät kokoontuivat yhteen helmikuun lopussa keskustelemaan Lapin älykkään erikoistumisen strategian toteutukseen liittyvistä menestystarinoista ja haasteista sekä suuntaamaan katseet kohti tulevaa. Arctic Smartness – Suuntia tulevaan -tapahtuman tallenteen löydät täältä: ${eventRecordingUrl}`,
      ],
      sv: [
        'Under programperioden 2014–2020 finansierade Lapplands förbund över 200 projekt som stödde smart specialisering. Projekten beviljades sammanlagt drygt 52 miljoner euro i finansiering. Under 2022 förnyas strategin för smart specialisering i Lappland, och därmed är det dags att se över vilka utvecklingsspetsar vi ska satsa på inför framtiden.',
        'I utvärderingen av strategin för smart specialisering i Lappland och av hur den har genomförts, som gjordes hösten 2021, framhölls att den smarta specialiseringen har gett upphov till nätverkande och därtill hörande sociala innovationer i Lappland och bidragit till ett mer långsiktigt utvecklingsarbete. Hittills har den smarta specialiseringen ändå inte i tillräcklig utsträckning riktats mot forsknings-, utvecklings- och innovationsverksamheten (FUI) i regionens företag, och dessutom varierar olika aktörers engagemang i det gemensamma utvecklingsarbetet kring smart specialisering.',
        'Smart specialisering har genomförts på gräsrotsnivå i Lappland med hjälp av sex Arctic Smartness-kluster, som står för ett nytt sätt att samarbeta över organisationsgränserna. Huvudmålet för klusterverksamheten är att genom samarbete mellan företag och regionens FUI-aktörer utveckla möjligheterna till tillväxt, internationalisering och innovation för små och medelstora företag i Lappland. Klusterledarna i Lappland är tämligen eniga om att klustrens viktigaste utmaningar under de kommande åren är att nå de små och medelstora företagen bättre – både att få med nya företag i klusterverksamheten och att bättre betjäna tidigare företagspartner. Att konkretisera nyttan med klusterverksamheten och kommunicera den på ett verkningsfullt sätt kräver satsningar framöver, och klustren är beredda att ta sig an dem.',
        '”Genom samordnat samarbete mellan klustren lyfter vi Arctic Smartness-verksamheten i Lappland till nästa nivå under den kommande programperioden”, säger Kaarina Mäcklin, sakkunnig i internationella frågor vid Lapplands förbund.',
        `Regionutvecklare i Lappland samlades i slutet av februari för att diskutera framgångar och utmaningar i genomförandet av strategin för smart specialisering i Lappland och för att blicka framåt. Inspelningen av evenemanget Arctic Smartness – Suuntia tulevaan (Riktningar för framtiden) finns här: ${eventRecordingUrl}`,
      ],
      en: [
        'During the 2014–2020 programming period, the Regional Council of Lapland funded more than 200 projects supporting smart specialisation. The projects were granted just over 52 million euros in funding. Lapland’s smart specialisation strategy will be renewed during 2022, so it is time to consider which development priorities will lead us into the future.',
        'The evaluation of Lapland’s smart specialisation strategy and its implementation, carried out in autumn 2021, highlighted that smart specialisation in Lapland has generated networking and related social innovations in the region and has made development work more long-term. So far, however, smart specialisation has not sufficiently targeted the research, development and innovation (RDI) activities of companies in the region, and the commitment of different actors to the joint smart specialisation work varies.',
        'In Lapland, smart specialisation has been implemented at grassroots level through six Arctic Smartness clusters, which represent a new way of working together across organisational boundaries. The main goal of the cluster activities is to develop opportunities for growth, internationalisation and innovation for small and medium-sized companies in Lapland through cooperation between companies and the region’s RDI actors. Lapland’s cluster managers largely agree that reaching small and medium-sized companies better – both bringing new companies into the cluster activities and serving previous company partners better – will be among the clusters’ key challenges in the coming years. Making the benefits of the cluster activities concrete and communicating them effectively will require investment in the future, and the clusters are willing to take this on.',
        '“Through coordinated cooperation between the clusters, we will take Lapland’s Arctic Smartness activities to the next level during the coming programming period,” says Kaarina Mäcklin, International Affairs Specialist at the Regional Council of Lapland.',
        `Regional developers from Lapland gathered at the end of February to discuss success stories and challenges in implementing Lapland’s smart specialisation strategy and to look ahead. You can find the recording of the Arctic Smartness – Suuntia tulevaan (Directions for the Future) event here: ${eventRecordingUrl}`,
      ],
    },
    byline: {
      fi: 'Paula Heikkilä, FOKUS-hankkeen asiantuntija, Lapin liitto',
      sv: 'Paula Heikkilä, sakkunnig i FOKUS-projektet, Lapplands förbund',
      en: 'Paula Heikkilä, Specialist, FOKUS project, Regional Council of Lapland',
    },
    publishedAt: '2022-03-08T08:00:00.000Z',
    clusterSlugs: allClusterSlugs,
    expertKeys: ['kaarina-macklin', 'paula-heikkila'],
    contactKeys: ['kaarina-macklin'],
    eventKeys: ['suuntia-tulevaan-2022'],
    externalLinks: [
      {
        url: eventRecordingUrl,
        label: {
          fi: 'Arctic Smartness – Suuntia tulevaan -tapahtuman tallenne',
          sv: 'Inspelning av evenemanget Arctic Smartness – Suuntia tulevaan',
          en: 'Recording of the Arctic Smartness – Suuntia tulevaan event',
        },
      },
    ],
  },
]
