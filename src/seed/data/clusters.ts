import type { Localized } from './localized'

export type ClusterSeed = {
  slug: string // english kebab-case, e.g. 'arctic-industry-and-circular-economy'
  displayOrder: number // 1..6
  name: Localized<string>
  shortDescription: Localized<string> // one sentence, <= 160 chars
  description: Localized<string[]> // 2-3 paragraphs per locale
  focusAreas: Localized<string>[] // 3-5 items
  hostOrganisations: string[] // organisation names as they call themselves
  website?: string
}

export const clusterSeeds: ClusterSeed[] = [
  {
    slug: 'arctic-industry-and-circular-economy',
    displayOrder: 1,
    name: {
      fi: 'Arktinen teollisuus ja kiertotalous',
      sv: 'Arktisk industri och cirkulär ekonomi',
      en: 'Arctic Industry and Circular Economy',
    },
    shortDescription: {
      fi: 'Klusteri yhdistää pk-yritykset Kemi–Tornion prosessiteollisuuden, kiertotalouden ja tutkimuksen verkostoihin.',
      sv: 'Klustret för samman små och medelstora företag med processindustrin, den cirkulära ekonomin och forskningen i Kemi–Torneå.',
      en: 'Connects small and medium-sized companies with the process industry, circular economy and research networks of Kemi–Tornio.',
    },
    description: {
      fi: [
        'Arktinen teollisuus ja kiertotalous -klusteri kokoaa yhteen Kemi–Tornion alueen prosessiteollisuuden, sitä palvelevat pk-yritykset sekä alueen tutkimus-, kehittämis- ja innovaatiotoimijat. Klusteria koordinoi Digipolis.',
        'Pk-yritykselle klusteri tarjoaa reitin teollisuuden hankinta- ja palveluverkostoihin, tietoa kiertotalouden ja resurssitehokkuuden mahdollisuuksista sekä kumppaneita yhteisiin kehittämishankkeisiin ja kansainvälistymiseen.',
        'Toimintaan voi tulla mukaan osallistumalla klusterin tilaisuuksiin ja verkostoihin tai ottamalla yhteyttä Digipolikseen, joka auttaa löytämään yrityksen tarpeisiin sopivat kumppanit ja hankkeet.',
      ],
      sv: [
        'Klustret Arktisk industri och cirkulär ekonomi samlar processindustrin i Kemi–Torneåregionen, de små och medelstora företag som betjänar den samt regionens aktörer inom forskning, utveckling och innovation. Klustret koordineras av Digipolis.',
        'För små och medelstora företag erbjuder klustret en väg in i industrins leverantörs- och tjänstenätverk, kunskap om möjligheterna inom cirkulär ekonomi och resurseffektivitet samt partner för gemensamma utvecklingsprojekt och internationalisering.',
        'Företag kan komma med i verksamheten genom att delta i klustrets evenemang och nätverk eller genom att kontakta Digipolis, som hjälper till att hitta partner och projekt som motsvarar företagets behov.',
      ],
      en: [
        'The Arctic Industry and Circular Economy cluster brings together the process industry of the Kemi–Tornio area, the small and medium-sized companies that serve it, and the region’s research, development and innovation actors. The cluster is coordinated by Digipolis.',
        'For small and medium-sized companies, the cluster offers a route into industrial supply and service networks, insight into opportunities in the circular economy and resource efficiency, and partners for joint development projects and internationalisation.',
        'Companies can get involved by taking part in the cluster’s events and networks or by contacting Digipolis, which helps them find partners and projects that match their needs.',
      ],
    },
    focusAreas: [
      {
        fi: 'Prosessiteollisuuden hankinta- ja palveluverkostot',
        sv: 'Processindustrins leverantörs- och tjänstenätverk',
        en: 'Supply and service networks of the process industry',
      },
      {
        fi: 'Kiertotalous ja sivuvirtojen hyödyntäminen',
        sv: 'Cirkulär ekonomi och utnyttjande av sidoströmmar',
        en: 'Circular economy and the use of side streams',
      },
      {
        fi: 'Resurssi- ja energiatehokkuus',
        sv: 'Resurs- och energieffektivitet',
        en: 'Resource and energy efficiency',
      },
      {
        fi: 'Yritysten kansainvälistyminen',
        sv: 'Företagens internationalisering',
        en: 'Internationalisation of companies',
      },
    ],
    hostOrganisations: ['Digipolis'],
    website: 'https://arcticsmartness.fi',
  },
  {
    slug: 'arctic-design',
    displayOrder: 2,
    name: {
      fi: 'Arktinen muotoilu',
      sv: 'Arktisk design',
      en: 'Arctic Design',
    },
    shortDescription: {
      fi: 'Klusteri tuo muotoilun ja palvelumuotoilun osaamisen lappilaisten pk-yritysten tuotteiden ja palveluiden kehittämiseen.',
      sv: 'Klustret ger små och medelstora företag i Lappland tillgång till kunnande inom design och tjänstedesign när de utvecklar produkter och tjänster.',
      en: 'Brings design and service design expertise to the development of products and services in small and medium-sized companies in Lapland.',
    },
    description: {
      fi: [
        'Arktinen muotoilu -klusteri kokoaa yhteen muotoilun osaajat, yritykset ja tutkimuksen. Klusteria koordinoi Lapin yliopisto.',
        'Pk-yritys voi hyödyntää muotoilua esimerkiksi tuotekehityksessä, palveluiden ja asiakaskokemuksen kehittämisessä sekä brändin ja viestinnän vahvistamisessa. Klusteri auttaa löytämään yhteistyön muotoja opiskelijoiden, tutkijoiden ja muotoilualan ammattilaisten kanssa.',
        'Mukaan pääsee ottamalla yhteyttä Lapin yliopistoon tai osallistumalla klusterin tilaisuuksiin, joissa yritykset ja muotoilijat kohtaavat.',
      ],
      sv: [
        'Klustret Arktisk design samlar designkunnande, företag och forskning. Klustret koordineras av Lapplands universitet.',
        'Små och medelstora företag kan använda design till exempel i produktutveckling, vid utveckling av tjänster och kundupplevelser samt för att stärka sitt varumärke och sin kommunikation. Klustret hjälper företag att hitta former för samarbete med studerande, forskare och yrkesverksamma inom design.',
        'Företag kan komma med genom att kontakta Lapplands universitet eller genom att delta i klustrets evenemang, där företag och designer möts.',
      ],
      en: [
        'The Arctic Design cluster brings together design expertise, companies and research. The cluster is coordinated by the University of Lapland.',
        'Small and medium-sized companies can use design in product development, in developing services and customer experience, and in strengthening their brand and communications. The cluster helps companies find ways to work with students, researchers and design professionals.',
        'Companies can get involved by contacting the University of Lapland or by taking part in the cluster’s events, where companies and designers meet.',
      ],
    },
    focusAreas: [
      {
        fi: 'Tuote- ja palvelumuotoilu',
        sv: 'Produkt- och tjänstedesign',
        en: 'Product and service design',
      },
      {
        fi: 'Asiakaskokemus ja käyttäjälähtöinen kehittäminen',
        sv: 'Kundupplevelse och användarcentrerad utveckling',
        en: 'Customer experience and user-centred development',
      },
      {
        fi: 'Brändi ja visuaalinen viestintä',
        sv: 'Varumärke och visuell kommunikation',
        en: 'Brand and visual communication',
      },
      {
        fi: 'Yritysten ja muotoilijoiden yhteistyö',
        sv: 'Samarbete mellan företag och designer',
        en: 'Collaboration between companies and designers',
      },
    ],
    hostOrganisations: ['Lapin yliopisto'],
    website: 'https://arcticsmartness.fi',
  },
  {
    slug: 'arctic-safety',
    displayOrder: 3,
    name: {
      fi: 'Arktinen turvallisuus',
      sv: 'Arktisk säkerhet',
      en: 'Arctic Safety',
    },
    shortDescription: {
      fi: 'Klusteri kehittää turvallisuusosaamista ja -palveluita arktisiin olosuhteisiin yhdessä pk-yritysten ja TKI-toimijoiden kanssa.',
      sv: 'Klustret utvecklar säkerhetskunnande och säkerhetstjänster för arktiska förhållanden tillsammans med små och medelstora företag och FUI-aktörer.',
      en: 'Develops safety expertise and services for Arctic conditions together with small and medium-sized companies and RDI actors.',
    },
    description: {
      fi: [
        'Arktinen turvallisuus -klusteri keskittyy turvallisuuteen pohjoisissa olosuhteissa, joissa pitkät etäisyydet, kylmä ilmasto ja vaihtelevat sääolot asettavat erityisvaatimuksia niin matkailulle, teollisuudelle kuin arjen palveluille. Klusteria koordinoi Lapin ammattikorkeakoulu.',
        'Pk-yritykset voivat klusterin kautta kehittää turvallisuuteen liittyviä tuotteita ja palveluita, parantaa oman toimintansa turvallisuutta ja varautumista sekä löytää kumppaneita kehittämis- ja testaushankkeisiin.',
        'Toimintaan voi osallistua ottamalla yhteyttä Lapin ammattikorkeakouluun tai tulemalla mukaan klusterin tilaisuuksiin ja hankkeisiin.',
      ],
      sv: [
        'Klustret Arktisk säkerhet fokuserar på säkerhet under nordliga förhållanden, där långa avstånd, kallt klimat och växlande väder ställer särskilda krav på såväl turism och industri som vardagliga tjänster. Klustret koordineras av Lapplands yrkeshögskola.',
        'Via klustret kan små och medelstora företag utveckla produkter och tjänster med anknytning till säkerhet, förbättra säkerheten och beredskapen i den egna verksamheten samt hitta partner för utvecklings- och testprojekt.',
        'Företag kan delta i verksamheten genom att kontakta Lapplands yrkeshögskola eller genom att komma med i klustrets evenemang och projekt.',
      ],
      en: [
        'The Arctic Safety cluster focuses on safety in northern conditions, where long distances, a cold climate and changing weather place special demands on tourism, industry and everyday services alike. The cluster is coordinated by Lapland University of Applied Sciences.',
        'Through the cluster, small and medium-sized companies can develop safety-related products and services, improve safety and preparedness in their own operations, and find partners for development and testing projects.',
        'Companies can take part by contacting Lapland University of Applied Sciences or by joining the cluster’s events and projects.',
      ],
    },
    focusAreas: [
      {
        fi: 'Turvallisuus ja varautuminen arktisissa olosuhteissa',
        sv: 'Säkerhet och beredskap under arktiska förhållanden',
        en: 'Safety and preparedness in Arctic conditions',
      },
      {
        fi: 'Matkailun turvallisuus',
        sv: 'Säkerhet inom turismen',
        en: 'Tourism safety',
      },
      {
        fi: 'Turvallisuusalan tuotteet ja palvelut',
        sv: 'Produkter och tjänster inom säkerhetsbranschen',
        en: 'Safety products and services',
      },
      {
        fi: 'Koulutus ja harjoitukset',
        sv: 'Utbildning och övningar',
        en: 'Training and exercises',
      },
    ],
    hostOrganisations: ['Lapin ammattikorkeakoulu'],
    website: 'https://arcticsmartness.fi',
  },
  {
    slug: 'arctic-development-environments',
    displayOrder: 4,
    name: {
      fi: 'Arktiset kehittämisympäristöt',
      sv: 'Arktiska utvecklingsmiljöer',
      en: 'Arctic Development Environments',
    },
    shortDescription: {
      fi: 'Klusteri avaa pk-yrityksille Lapin testaus-, tutkimus- ja kehittämisympäristöt tuotteiden ja palveluiden kehittämiseen.',
      sv: 'Klustret öppnar Lapplands test-, forsknings- och utvecklingsmiljöer för små och medelstora företag som utvecklar produkter och tjänster.',
      en: 'Opens Lapland’s testing, research and development environments to small and medium-sized companies developing products and services.',
    },
    description: {
      fi: [
        'Arktiset kehittämisympäristöt -klusteri kokoaa yhteen Lapin testaus- sekä tutkimus-, kehittämis- ja innovaatioympäristöjä, kuten laboratorioita sekä testaus- ja pilotointiympäristöjä. Klusterissa toimivat yhdessä Lapin ammattikorkeakoulu, Geologian tutkimuskeskus GTK ja Luonnonvarakeskus Luke.',
        'Pk-yritys voi hyödyntää ympäristöjä esimerkiksi tuotteen tai palvelun testaamiseen kylmissä ja arktisissa olosuhteissa, mittauksiin ja analyyseihin sekä uusien ratkaisujen pilotointiin. Klusteri auttaa löytämään yrityksen tarpeeseen sopivan ympäristön ja asiantuntijat.',
        'Mukaan pääsee ottamalla yhteyttä mihin tahansa klusterin organisaatioista, josta yritys ohjataan oikean ympäristön ja asiantuntijoiden pariin.',
      ],
      sv: [
        'Klustret Arktiska utvecklingsmiljöer samlar test-, forsknings-, utvecklings- och innovationsmiljöer i Lappland, till exempel laboratorier samt test- och pilotmiljöer. I klustret samarbetar Lapplands yrkeshögskola, Geologiska forskningscentralen GTK och Naturresursinstitutet Luke.',
        'Små och medelstora företag kan använda miljöerna till exempel för att testa en produkt eller tjänst under kalla och arktiska förhållanden, för mätningar och analyser samt för att pilottesta nya lösningar. Klustret hjälper företaget att hitta en miljö och experter som passar dess behov.',
        'Företag kan komma med genom att kontakta vilken som helst av klustrets organisationer, som slussar företaget vidare till rätt miljö och rätt experter.',
      ],
      en: [
        'The Arctic Development Environments cluster brings together Lapland’s testing, research, development and innovation environments, such as laboratories and testing and piloting environments. Lapland University of Applied Sciences, the Geological Survey of Finland (GTK) and the Natural Resources Institute Finland (Luke) work together in the cluster.',
        'Small and medium-sized companies can use the environments, for example, to test a product or service in cold and Arctic conditions, for measurements and analyses, and to pilot new solutions. The cluster helps companies find an environment and experts that suit their needs.',
        'Companies can get involved by contacting any of the cluster’s organisations, which will direct them to the right environment and experts.',
      ],
    },
    focusAreas: [
      {
        fi: 'Testaus arktisissa olosuhteissa',
        sv: 'Testning under arktiska förhållanden',
        en: 'Testing in Arctic conditions',
      },
      {
        fi: 'Laboratorio- ja analyysipalvelut',
        sv: 'Laboratorie- och analystjänster',
        en: 'Laboratory and analysis services',
      },
      {
        fi: 'Pilotointi ja demonstraatiot',
        sv: 'Pilotering och demonstrationer',
        en: 'Piloting and demonstrations',
      },
      {
        fi: 'Luonnonvarat ja kaivannaisala',
        sv: 'Naturresurser och utvinningsindustri',
        en: 'Natural resources and the extractive industry',
      },
    ],
    hostOrganisations: [
      'Lapin ammattikorkeakoulu',
      'Geologian tutkimuskeskus GTK',
      'Luonnonvarakeskus Luke',
    ],
    website: 'https://arcticsmartness.fi',
  },
  {
    slug: 'arctic-smart-rural-community',
    displayOrder: 5,
    name: {
      fi: 'Arktinen älykäs maaseutuverkosto',
      sv: 'Arktiskt smart landsbygdsnätverk',
      en: 'Arctic Smart Rural Community',
    },
    shortDescription: {
      fi: 'Klusteri tukee maaseudun pk-yrityksiä lähiruoan, paikallisen energian ja muiden maaseutuelinkeinojen kehittämisessä.',
      sv: 'Klustret stöder små och medelstora företag på landsbygden i utvecklingen av närproducerad mat, lokal energi och andra landsbygdsnäringar.',
      en: 'Supports rural small and medium-sized companies in developing local food, local energy and other rural livelihoods.',
    },
    description: {
      fi: [
        'Arktinen älykäs maaseutuverkosto -klusteri kokoaa yhteen lappilaiset maaseutuyritykset, kehittäjät ja tutkimuksen. Klusteria koordinoi ProAgria Lappi.',
        'Klusteri auttaa pk-yrityksiä esimerkiksi lähiruoan tuotannossa, jalostuksessa ja markkinoinnissa, paikallisen ja uusiutuvan energian hyödyntämisessä sekä uusien yhteistyö- ja liiketoimintamallien kehittämisessä. Tavoitteena on, että maaseudun yritykset löytävät toisensa ja sopivat kumppanit myös alueen ulkopuolelta.',
        'Toimintaan voi tulla mukaan ottamalla yhteyttä ProAgria Lappiin tai osallistumalla klusterin verkostotilaisuuksiin.',
      ],
      sv: [
        'Klustret Arktiskt smart landsbygdsnätverk samlar landsbygdsföretag, utvecklare och forskning i Lappland. Klustret koordineras av ProAgria Lappi.',
        'Klustret hjälper små och medelstora företag till exempel med produktion, förädling och marknadsföring av närproducerad mat, med att utnyttja lokal och förnybar energi samt med att utveckla nya samarbets- och affärsmodeller. Målet är att landsbygdens företag ska hitta varandra och lämpliga partner också utanför regionen.',
        'Företag kan komma med i verksamheten genom att kontakta ProAgria Lappi eller genom att delta i klustrets nätverksträffar.',
      ],
      en: [
        'The Arctic Smart Rural Community cluster brings together rural businesses, developers and research in Lapland. The cluster is coordinated by ProAgria Lappi.',
        'The cluster helps small and medium-sized companies with, for example, the production, processing and marketing of local food, the use of local and renewable energy, and the development of new models for cooperation and business. The aim is for rural businesses to find each other and suitable partners, also beyond the region.',
        'Companies can get involved by contacting ProAgria Lappi or by taking part in the cluster’s networking events.',
      ],
    },
    focusAreas: [
      {
        fi: 'Lähiruoka ja elintarvikkeiden jalostus',
        sv: 'Närproducerad mat och livsmedelsförädling',
        en: 'Local food and food processing',
      },
      {
        fi: 'Paikallinen ja uusiutuva energia',
        sv: 'Lokal och förnybar energi',
        en: 'Local and renewable energy',
      },
      {
        fi: 'Maaseutuyritysten verkostot ja yhteistyö',
        sv: 'Nätverk och samarbete mellan landsbygdsföretag',
        en: 'Networks and cooperation between rural businesses',
      },
      {
        fi: 'Uudet liiketoimintamallit',
        sv: 'Nya affärsmodeller',
        en: 'New business models',
      },
    ],
    hostOrganisations: ['ProAgria Lappi'],
    website: 'https://arcticsmartness.fi',
  },
  {
    slug: 'smart-and-sustainable-arctic-tourism',
    displayOrder: 6,
    name: {
      fi: 'Arktinen matkailuekosysteemi',
      sv: 'Arktiskt turismekosystem',
      en: 'Smart and Sustainable Arctic Tourism',
    },
    shortDescription: {
      fi: 'Klusteri kokoaa matkailun pk-yrityksiä ja kehittäjiä vahvistamaan Lapin matkailun kestävyyttä, digitaalisuutta ja kansainvälisyyttä.',
      sv: 'Klustret samlar små och medelstora turismföretag och utvecklare för att stärka en hållbar, digital och internationell turism i Lappland.',
      en: 'Brings small and medium-sized tourism companies and developers together to strengthen sustainable, digital and international tourism in Lapland.',
    },
    description: {
      fi: [
        'Arktinen matkailuekosysteemi -klusteri kokoaa yhteen lappilaisia matkailuyrityksiä, alueen matkailun kehittäjiä sekä tutkimus- ja oppilaitoksia. Klusterin toimintaa koordinoi Lapin liitto.',
        'Klusteri tukee pk-yrityksiä kestävän matkailun ratkaisujen, digitaalisten palveluiden ja ympärivuotisen tarjonnan kehittämisessä. Se tekee yhteistyötä muiden Arctic Smartness -klustereiden kanssa esimerkiksi turvallisuuden ja muotoilun teemoissa.',
        'Mukaan pääsee ottamalla yhteyttä Lapin liittoon tai osallistumalla klusterin tilaisuuksiin.',
      ],
      sv: [
        'Klustret Arktiskt turismekosystem samlar turismföretag i Lappland, regionens turismutvecklare samt forsknings- och utbildningsinstitutioner. Verksamheten koordineras av Lapplands förbund.',
        'Klustret stöder små och medelstora företag i utvecklingen av lösningar för hållbar turism, digitala tjänster och ett utbud året runt. Det samarbetar med de andra Arctic Smartness-klustren, till exempel kring teman som säkerhet och design.',
        'Företag kan komma med genom att kontakta Lapplands förbund eller genom att delta i klustrets evenemang.',
      ],
      en: [
        'The Smart and Sustainable Arctic Tourism cluster brings together tourism companies in Lapland, the region’s tourism developers, and research and education institutions. Its activities are coordinated by the Regional Council of Lapland.',
        'The cluster supports small and medium-sized companies in developing sustainable tourism solutions, digital services and year-round offerings. It works with the other Arctic Smartness clusters on themes such as safety and design.',
        'Companies can get involved by contacting the Regional Council of Lapland or by taking part in the cluster’s events.',
      ],
    },
    focusAreas: [
      {
        fi: 'Kestävä matkailu',
        sv: 'Hållbar turism',
        en: 'Sustainable tourism',
      },
      {
        fi: 'Digitaaliset matkailupalvelut',
        sv: 'Digitala turisttjänster',
        en: 'Digital tourism services',
      },
      {
        fi: 'Ympärivuotinen matkailu',
        sv: 'Året runt-turism',
        en: 'Year-round tourism',
      },
      {
        fi: 'Kansainvälinen yhteistyö ja näkyvyys',
        sv: 'Internationellt samarbete och synlighet',
        en: 'International cooperation and visibility',
      },
    ],
    hostOrganisations: ['Lapin liitto'],
    website: 'https://arcticsmartness.fi',
  },
]

export const allClusterSlugs: string[] = clusterSeeds.map((cluster) => cluster.slug)
