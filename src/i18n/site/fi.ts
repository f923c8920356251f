import type { SiteMessages } from './en'

export const fi: SiteMessages = {
  'site.name': 'Arctic Smartness -uutishuone',
  'site.publisher': 'Lapin liitto',
  'site.description':
    'Lapin liiton ja kuuden Arctic Smartness -klusterin uutiset sekä asiantuntijat, joihin voit ottaa yhteyttä.',
  'site.skipToContent': 'Siirry sisältöön',

  'nav.main': 'Päävalikko',
  'nav.news': 'Uutiset',
  'nav.clusters': 'Klusterit',
  'nav.experts': 'Asiantuntijat',
  'nav.newsletter': 'Uutiskirje',
  'nav.languages': 'Kieli',
  'nav.frontPage': 'etusivu',

  'footer.about':
    'Arctic Smartness: Lapin älykkään erikoistumisen klusterit, joita koordinoi Lapin liitto.',
  'footer.feed': 'Uutissyöte (RSS)',
  'footer.eventsFeed': 'Tapahtumasyöte (JSON Feed)',
  'footer.newsletter': 'Tilaa uutiskirje',

  'news.list.title': 'Uutiset',
  'news.list.titleCluster': 'Uutiset: {cluster}',
  'news.list.page': 'sivu {page}',
  'news.list.empty': 'Suomenkielisiä uutisia ei ole vielä.',
  'news.list.emptyCluster': 'Tämän klusterin suomenkielisiä uutisia ei ole vielä.',
  'news.filter.label': 'Näytä yhden klusterin uutiset',
  'news.filter.all': 'Kaikki klusterit',
  'news.pagination.label': 'Uutissivut',
  'news.pagination.newer': 'Uudemmat uutiset',
  'news.pagination.older': 'Vanhemmat uutiset',
  'news.pagination.status': 'Sivu {page}/{pages}',
  'news.published': 'Julkaistu',
  'news.byline': 'Teksti',
  'news.clusters': 'Klusterit',
  'news.experts': 'Asiantuntijat',
  'news.contacts': 'Lisätietoa',
  'news.links': 'Linkit',

  'clusters.title': 'Arctic Smartness -klusterit',
  'clusters.intro':
    'Kuusi klusteria tuo yhteen lappilaiset yritykset, tutkimuksen ja julkiset toimijat kehittämään toimialojaan.',
  'clusters.focusAreas': 'Painopisteet',
  'clusters.hosts': 'Taustaorganisaatiot',
  'clusters.website': 'Verkkosivusto',
  'clusters.coordinator': 'Koordinaattori',
  'clusters.contacts': 'Yhteyshenkilöt',
  'clusters.news': 'Klusterin uutiset',
  'clusters.allNews': 'Kaikki uutiset: {cluster}',
  'clusters.noNews': 'Tämän klusterin suomenkielisiä uutisia ei ole vielä.',
  'clusters.untranslated': 'Tätä sivua ei ole vielä käännetty suomeksi.',

  'experts.title': 'Asiantuntijat',
  'experts.intro':
    'Henkilöt, joihin voit ottaa yhteyttä Arctic Smartness -klustereiden toiminnasta, ja klusterit, joiden kanssa he työskentelevät.',
  'experts.filter.label': 'Näytä yhden klusterin asiantuntijat',
  'experts.filter.all': 'Kaikki klusterit',
  'experts.other': 'Muut asiantuntijat',
  'experts.none': 'Tälle klusterille ei ole vielä lueteltu asiantuntijoita.',

  'person.email': 'Sähköposti',
  'person.phone': 'Puhelin',
  'person.expertise': 'Asiantuntemus',
  'person.languages': 'Puhuu',
  'person.office': 'Toimisto',

  'newsletter.title': 'Uutiskirje',
  'newsletter.heading': 'Tilaa uutiskirje',
  'newsletter.intro':
    'Arctic Smartness -klustereiden uutiset sähköpostiisi valitsemallasi kielellä. Lähetämme ensin viestin, jolla vahvistat osoitteesi.',
  'newsletter.email': 'Sähköpostiosoite',
  'newsletter.language': 'Uutiskirjeen kieli',
  'newsletter.clusters': 'Klusterit',
  'newsletter.clusters.help': 'Jos et valitse yhtään, saat kaikkien klustereiden uutiset.',
  'newsletter.consent': 'Suostumus',
  'newsletter.required': 'pakollinen',
  'newsletter.submit': 'Tilaa',
  'newsletter.doneTitle': 'Tarkista sähköpostisi',
  'newsletter.doneNext':
    'Vahvista tilauksesi avaamalla viestissä oleva linkki. Mitään ei lähetetä ennen sitä.',
  'newsletter.errorSummary': 'Tilausta ei lähetetty. Korjaa alla merkitty kenttä.',
  'newsletter.error.email': 'Anna sähköpostiosoite muodossa nimi@esimerkki.fi.',
  'newsletter.error.language': 'Valitse uutiskirjeen kieli.',
  'newsletter.error.clusters': 'Valitse klusterit vain luettelosta.',
  'newsletter.error.consent':
    'Anna suostumuksesi rastittamalla ruutu: emme voi lähettää uutiskirjettä ilman sitä.',
  'newsletter.error.lineBreaks': 'Poista tästä kentästä rivinvaihdot.',
  'newsletter.error.rateLimited':
    'Osoitteestasi on tehty liian monta tilausta. Yritä uudelleen {seconds} sekunnin kuluttua.',
  'newsletter.error.failed': 'Tilausta ei voitu tallentaa. Yritä hetken kuluttua uudelleen.',

  'join.title': 'Liity klusteriin',
  'join.intro':
    'Kerro yrityksestäsi ja siitä, mitä se tarvitsee. Valitsemiesi klustereiden koordinaattorit – tai uutishuoneen toimittajat, jos klusterilla ei ole koordinaattoria – ottavat sinuun yhteyttä ja sopivat kanssasi seuraavista askelista.',
  'join.company': 'Yritys',
  'join.companyName': 'Yrityksen nimi',
  'join.businessId': 'Y-tunnus',
  'join.businessId.help': 'Seitsemän numeroa, väliviiva ja tarkistusmerkki, esimerkiksi 1234567-8.',
  'join.municipality': 'Kunta',
  'join.municipality.choose': 'Valitse kunta',
  'join.industry': 'Toimialakoodi (TOL 2008)',
  'join.industry.help':
    'Vapaaehtoinen. Yrityksesi toimialan koodi Tilastokeskuksen luokituksessa, esimerkiksi 55101 (hotellit). Löydät sen yritys- ja yhteisötietojärjestelmästä (ytj.fi).',
  'join.clusters': 'Klusterit, jotka kiinnostavat yritystä',
  'join.clusters.help': 'Valitse yksi tai useampi, tai pyydä apua valintaan.',
  'join.helpChoosing.description':
    'Lapin liiton Arctic Smartness -toimittajat auttavat valitsemaan ja välittävät pyyntösi oikealle klusterille.',
  'join.helpChoosing': 'En ole varma – auttakaa valitsemaan',
  'join.need': 'Mitä yritys tarvitsee',
  'join.need.help':
    'Vapaaehtoinen. Esimerkiksi kumppaneita, tuotekehitystä, tutkimusyhteistyötä, rahoitusta tai uusia markkinoita.',
  'join.contact': 'Yhteyshenkilö',
  'join.contactName': 'Nimi',
  'join.email': 'Sähköposti',
  'join.phone': 'Puhelin',
  'join.phone.help': 'Vapaaehtoinen, esimerkiksi +358 40 123 4567.',
  'join.consent': 'Suostumus',
  'join.required': 'pakollinen',
  'join.honeypot': 'Jätä tämä kenttä tyhjäksi',
  'join.submit': 'Lähetä pyyntö',
  'join.doneTitle': 'Pyyntösi on lähetetty',
  'join.doneNext': 'Jos vahvistusviestiä ei kuulu, katso myös roskapostikansio.',
  'join.doneLink': 'Takaisin klustereihin',
  'join.errorSummary': 'Pyyntöä ei lähetetty. Korjaa seuraavat kohdat:',
  'join.error.company': 'Kirjoita yrityksen nimi.',
  'join.error.businessId.missing': 'Kirjoita yrityksen Y-tunnus.',
  'join.error.businessId.format':
    'Kirjoita Y-tunnus muodossa 1234567-8: seitsemän numeroa, väliviiva ja tarkistusmerkki.',
  'join.error.businessId.check':
    'Y-tunnus {value} ei ole oikein: sen tarkistusmerkki ei täsmää. Tarkista tunnus esimerkiksi osoitteesta ytj.fi.',
  'join.error.municipality': 'Valitse kunta luettelosta.',
  'join.error.industry':
    'Kirjoita toimialakoodi numeroina, esimerkiksi 55101, tai jätä kenttä tyhjäksi.',
  'join.error.clusters': 'Valitse vähintään yksi klusteri tai pyydä apua valintaan.',
  'join.error.contactName': 'Kirjoita yhteyshenkilön nimi.',
  'join.error.email': 'Anna sähköpostiosoite muodossa nimi@esimerkki.fi.',
  'join.error.phone':
    'Kirjoita puhelinnumero numeroina, esimerkiksi +358 40 123 4567, tai jätä kenttä tyhjäksi.',
  'join.error.consent':
    'Anna suostumuksesi rastittamalla ruutu: ilman sitä emme voi käsitellä pyyntöä.',
  'join.error.missing': 'Täytä tämä kenttä.',
  'join.error.tooLong': 'Lyhennä teksti enintään {max} merkkiin.',
  'join.error.lineBreaks': 'Poista tästä kentästä rivinvaihdot.',
  'join.error.rateLimited':
    'Osoitteestasi on lähetetty liian monta pyyntöä. Yritä uudelleen {seconds} sekunnin kuluttua.',
  'join.error.failed': 'Pyyntöä ei voitu tallentaa. Yritä hetken kuluttua uudelleen.',
  'join.cta.cluster.heading': 'Liity klusteriin',
  'join.cta.cluster.text':
    'Lappilaiset yritykset voivat tulla mukaan klusterin toimintaan. Kerro, mitä yrityksesi tarvitsee, niin koordinaattori ottaa sinuun yhteyttä.',
  'join.cta.cluster.link': 'Liity tähän klusteriin',
  'join.cta.news.heading': 'Haluaako yrityksesi mukaan?',
  'join.cta.news.text':
    'Arctic Smartness -klusterit tuovat yhteen lappilaiset yritykset, tutkimuksen ja julkiset toimijat. Kerro, mitä yrityksesi tarvitsee.',
  'join.cta.news.link': 'Liity klusteriin',
  'impact.heading': 'Mitä klusteri on saanut aikaan',
  'impact.companies': 'Yritykset',
  'impact.results': 'Tulokset',
  'impact.note': 'Tämän vuoden luvut koskevat vuotta {year}, muut luvut kaikkia kirjattuja vuosia.',
  'impact.quotes': 'Yritysten sanoin',

  'preview.banner':
    'Esikatselu: näet luonnokset ja julkaisemattomat kieliversiot. Lukijat eivät näe tätä.',
  'preview.signedInAs': 'Kirjautuneena: {name}.',
  'preview.exit': 'Lopeta esikatselu',

  'preview.refused.anonymous':
    'Kirjaudu ensin ylläpitoon: vain uutishuoneen käyttäjät voivat esikatsella.',
  'preview.refused.notStaff':
    'Vain uutishuoneen käyttäjät voivat esikatsella. Kumppaniavaimilla ei voi.',
  'preview.refused.missing':
    'Sisältöä ei ole tai et voi nähdä sitä, tai sillä ei ole vielä osoitetta tällä kielellä.',
  'preview.refused.badRequest':
    'Esikatselulinkki on puutteellinen: siitä puuttuu collection, id tai locale.',

  'notFound.title': 'Sivua ei löytynyt',
  'notFound.text':
    'Tässä osoitteessa ei ole suomenkielistä sivua. Se on voitu poistaa, sen julkaisu on voitu perua tai sitä ei ole vielä käännetty.',
  'notFound.home': 'Siirry etusivulle',

  'nav.match': 'Mikä klusteri sopii minulle?',
  'nav.join': 'Liity',
  'footer.accessibility': 'Saavutettavuusseloste',
  'search.title': 'Haku',
  'search.label': 'Hae uutishuoneesta',
  'search.submit': 'Hae',
  'search.kind.news': 'Uutinen',
  'search.kind.clusters': 'Klusteri',
  'search.kind.experts': 'Asiantuntija',
  'search.tooShort': 'Kirjoita hakuun 2–200 merkkiä.',
  'search.count': 'Tulokset haulle ”{q}”: {count}',
  'search.countCapped':
    'Tulokset haulle ”{q}”: yli {count}; näytetään uusimmat, tarkenna hakua lisäämällä sana',
  'search.none': 'Haulla ”{q}” ei löytynyt mitään suomeksi.',
  'search.tryMatch': 'Kerro sen sijaan, mitä yrityksesi tarvitsee, niin ehdotamme klusteria',
  'join.helpChoose': 'Tai kokeile itse: mikä klusteri sopii yrityksellesi?',
  'experts.ofCluster': 'Klusterin {cluster} asiantuntijat',
  'experts.clusters': 'Klusterit',
  'match.title': 'Mikä klusteri sopii minulle?',
  'match.intro':
    'Kerro muutamalla sanalla, mitä yrityksesi tekee tai tarvitsee. Ehdotamme sopivia klustereita, henkilöitä, joihin ottaa yhteyttä, ja luettavia uutisia, ja kerromme miksi.',
  'match.need': 'Mitä yrityksesi tekee tai tarvitsee',
  'match.need.help':
    'Esimerkiksi: ympärivuotisia luontomatkailutuotteita ulkomaisille matkailijoille.',
  'match.municipality': 'Kunta (vapaaehtoinen)',
  'match.municipality.any': 'Missä tahansa Lapissa',
  'match.submit': 'Ehdota klustereita',
  'match.results': 'Klusterit, jotka voivat sopia sinulle',
  'match.noClusters':
    'Mikään klusteri ei vastannut näitä sanoja. Kokeile muita sanoja tai katso kaikki klusterit.',
  'match.why': 'Miksi',
  'match.join': 'Pyydä liittyä: {cluster}',
  'match.allClusters': 'Kaikki klusterit',
  'match.experts': 'Keneen ottaa yhteyttä',
  'match.news': 'Luettavaa',
  'match.orJoin': 'Tiedätkö jo, mitä haluat?',
  'match.joinForm': 'Siirry liittymislomakkeeseen',
  'match.error.need': 'Kuvaile tarpeesi 3–1 000 merkillä.',
  'match.error.municipality': 'Valitse luettelosta Lapin kunta.',
  'a11y.title': 'Saavutettavuusseloste',
  'a11y.intro':
    'Tämä saavutettavuusseloste koskee Arctic Smartness -uutishuoneen julkista verkkosivustoa ({site}). Lapin liitto pyrkii takaamaan sivuston saavutettavuuden digitaalisten palvelujen tarjoamisesta annetun lain (306/2019) mukaisesti.',
  'a11y.status.heading': 'Sivuston saavutettavuuden tila',
  'a11y.status.text':
    'Sivusto täyttää WCAG 2.1 -tason AA saavutettavuusvaatimukset osittain. Alla luetellut sisällöt eivät vielä ole kaikilta osin saavutettavia.',
  'a11y.gaps.heading': 'Ei-saavutettava sisältö',
  'a11y.gaps.untranslated':
    'Osaa klustereiden ja asiantuntijoiden teksteistä ei ole vielä käännetty ruotsiksi tai englanniksi. Ne näytetään suomeksi ja merkitään suomenkielisiksi, jolloin ruudunlukija lukee ne suomeksi.',
  'a11y.gaps.images':
    'Kuvien tekstivastineet kirjoittavat toimittajat; vanhemmasta kuvasta hyvä tekstivastine voi puuttua.',
  'a11y.gaps.external':
    'Linkit vievät klustereiden omille sivustoille ja muihin palveluihin, joiden saavutettavuutta tämä seloste ei koske.',
  'a11y.assessed.heading': 'Miten saavutettavuus on arvioitu',
  'a11y.assessed.text':
    'Lapin liitto on arvioinut sivuston itse. Jokainen sivu tarkistetaan axe-työkalulla WCAG 2.1 -tasojen A ja AA vaatimuksia vastaan tietokoneen ja puhelimen näytöllä aina, kun sivustoa muutetaan, ja sivuja on käytetty pelkällä näppäimistöllä.',
  'a11y.date':
    'Seloste on laadittu {date}, ja se päivitetään aina, kun sivusto muuttuu olennaisesti.',
  'a11y.feedback.heading': 'Anna palautetta saavutettavuudesta',
  'a11y.feedback.text':
    'Huomasitko sivustolla jotain, mitä et voi käyttää, tai sisältöä, jota et saa saavutettavassa muodossa? Kerro siitä meille, niin korjaamme puutteen tai toimitamme sisällön sinulle toisessa muodossa. Vastaamme 14 päivän kuluessa.',
  'a11y.supervisor.heading': 'Valvontaviranomainen',
  'a11y.supervisor.text':
    'Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta lainkaan kahden viikon aikana, voit tehdä ilmoituksen valvontaviranomaiselle, Liikenne- ja viestintävirasto Traficomille. Sen sivuilla kerrotaan, miten ilmoituksen voi tehdä ja miten asia käsitellään.',
  'a11y.supervisor.websiteLabel': 'Verkkosivusto',
  'a11y.supervisor.phoneLabel': 'Puhelin (vaihde)',
  'a11y.supervisor.contact': 'Valvontaviranomaisen yhteystiedot',
  'a11y.supervisor.name': 'Liikenne- ja viestintävirasto Traficom, saavutettavuuden valvonta',
  'a11y.supervisor.link': 'Saavutettavuusvaatimukset: valvontaviranomaisen sivusto',
  'nav.events': 'Tapahtumat',
  'events.title': 'Tapahtumat',
  'events.description':
    'Arctic Smartness -klustereiden tapahtumat: missä klustereita ja niiden ihmisiä voi tavata.',
  'events.upcoming': 'Tulevat tapahtumat',
  'events.past': 'Menneet tapahtumat',
  'events.none': 'Tulevia tapahtumia ei juuri nyt ole.',
  'events.follow': 'Seuraa tapahtumia:',
  'events.calendarFeed': 'tilaa kalenteriin (iCalendar)',
  'events.jsonFeed': 'tapahtumasyöte (JSON Feed)',
  'events.when': 'Milloin',
  'events.where': 'Missä',
  'events.online': 'Verkossa',
  'events.map': 'Kartta',
  'events.languages': 'Kielet',
  'events.programme': 'Ohjelma',
  'events.speakers': 'Puhujat',
  'events.organisers': 'Järjestäjät',
  'events.recording': 'Katso tallenne',
  'events.materials': 'Materiaalit',
  'events.addToCalendar': 'Lisää kalenteriin (.ics)',
  'events.seatsLeft': 'Paikkoja jäljellä: {count}',
  'events.full': 'Tapahtuma on täynnä: ilmoittautumalla pääset jonoon.',
  'events.closed': 'Ilmoittautuminen ei ole auki.',
  'events.cancelled': 'Tapahtuma on peruttu.',
  'events.register.heading': 'Ilmoittaudu',
  'events.register.name': 'Nimi',
  'events.register.email': 'Sähköposti',
  'events.register.organisation': 'Organisaatio',
  'events.register.language': 'Viestien kieli',
  'events.register.consent': 'Suostumus',
  'events.register.submit': 'Ilmoittaudu',
  'events.register.required': 'pakollinen',
  'events.register.errorSummary': 'Tarkista merkitty kenttä.',
  'events.register.failed': 'Ilmoittautuminen epäonnistui. Yritä myöhemmin uudelleen.',
  'events.register.doneTitle': 'Melkein valmista',
  'footer.privacy': 'Tietosuoja',
  'privacy.title': 'Tietosuoja',
  'privacy.intro':
    'Lapin liitto käsittelee tämän sivuston kautta kolmen ryhmän henkilötietoja. Kustakin on oma tietosuojaselosteensa (EU:n yleisen tietosuoja-asetuksen 13 artikla).',
  'privacy.noticeTitle': 'Tietosuojaseloste: {kind}',
  'privacy.kind.subscribers': 'uutiskirjeen tilaajat',
  'privacy.kind.companies': 'klusteriin liittyvien yritysten yhteyshenkilöt',
  'privacy.kind.registrants': 'tapahtumiin ilmoittautuneet',
  'privacy.subscribers.lead':
    'Miten Lapin liitto käsittelee tietojasi, kun tilaat Arctic Smartness -uutiskirjeen, ja mitä oikeuksia sinulla on.',
  'privacy.companies.lead':
    'Miten Lapin liitto käsittelee tietojasi, kun pyydät yrityksellesi pääsyä Arctic Smartness -klusteriin, ja mitä oikeuksia sinulla on.',
  'privacy.registrants.lead':
    'Miten Lapin liitto käsittelee tietojasi, kun ilmoittaudut Arctic Smartness -tapahtumaan, ja mitä oikeuksia sinulla on.',
  'privacy.controller.heading': 'Rekisterinpitäjä',
  'privacy.controller.name': 'Lapin liitto, Lapin kuntien muodostama kuntayhtymä',
  'privacy.controller.address': 'Osoite',
  'privacy.controller.email': 'Sähköposti',
  'privacy.controller.dpo':
    'Liiton tietosuojavastaavan tavoitat samasta osoitteesta: kirjoita viestin otsikoksi ”Tietosuojavastaava”.',
  'privacy.purpose.heading': 'Käsittelyn tarkoitus ja oikeusperuste',
  'privacy.subscribers.purpose':
    'Lähetämme sinulle Arctic Smartness -uutiskirjeen valitsemallasi kielellä ja valitsemistasi klustereista sekä säilytämme todisteen suostumuksestasi.',
  'privacy.subscribers.basis':
    'Oikeusperuste: suostumuksesi (tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta), jonka vahvistat sähköpostiisi lähettämästämme linkistä.',
  'privacy.companies.purpose':
    'Käsittelemme yrityksesi pyynnön liittyä sen valitsemiin klustereihin: klustereiden koordinaattorit ottavat sinuun yhteyttä ja kirjaavat pyynnön etenemisen.',
  'privacy.companies.basis':
    'Oikeusperuste: yleisen edun mukaisen tehtävän suorittaminen (tietosuoja-asetuksen 6 artiklan 1 kohdan e alakohta); alueen elinkeinojen kehittäminen on maakunnan liiton lakisääteinen tehtävä (laki alueiden kehittämisestä 756/2021). Lomakkeella antamasi suostumus säilytetään pyynnön yhteydessä.',
  'privacy.registrants.purpose':
    'Järjestämme tapahtuman, johon ilmoittauduit: vahvistamme paikkasi, pidämme osallistuja- ja varasijaluetteloa ja lähetämme sinulle tapahtumaa koskevia viestejä.',
  'privacy.registrants.basis':
    'Oikeusperuste: suostumuksesi (tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta), jonka vahvistat sähköpostiisi lähettämästämme linkistä.',
  'privacy.automated': 'Tietojasi ei käytetä automaattiseen päätöksentekoon eikä profilointiin.',
  'privacy.data.heading': 'Mitä tietoja säilytämme',
  'privacy.subscribers.data.address': 'sähköpostiosoitteesi sekä valitsemasi kieli ja klusterit',
  'privacy.subscribers.data.consent':
    'antamasi suostumuksen sanamuoto ja versio sekä se, milloin annoit ja vahvistit sen',
  'privacy.subscribers.data.deliveries':
    'mitkä uutiskirjeet sinulle on lähetetty ja milloin sekä se, palautuiko viesti',
  'privacy.companies.data.company': 'yrityksen nimi, y-tunnus, kunta, toimiala ja tarve',
  'privacy.companies.data.contact': 'yhteyshenkilön nimi, sähköpostiosoite ja puhelinnumero',
  'privacy.companies.data.handling':
    'pyynnön tila, koordinaattoreiden muistiinpanot sekä se, kuka muutti tilaa ja milloin',
  'privacy.companies.data.consent':
    'lomakkeella annetun suostumuksen sanamuoto ja versio sekä antamisaika',
  'privacy.registrants.data.person':
    'nimesi, sähköpostiosoitteesi ja organisaatiosi sekä vastauksesi tapahtuman kysymyksiin',
  'privacy.registrants.data.status':
    'ilmoittautumisesi tila (vahvistettu, varasijalla, peruttu, osallistui)',
  'privacy.registrants.data.consent':
    'antamasi suostumuksen sanamuoto ja versio sekä se, milloin annoit ja vahvistit sen',
  'privacy.source':
    'Saamme tiedot sinulta itseltäsi lomakkeella, jonka täytit tällä sivustolla tai kumppanin sivustolla.',
  'privacy.recipients.heading': 'Kuka tietoja käsittelee',
  'privacy.recipients.staff':
    'Tietoja näkevät uutishuonetta ylläpitävät liiton työntekijät; tietoja ei luovuteta muille eikä siirretä EU:n tai ETA:n ulkopuolelle.',
  'privacy.companies.recipients':
    'Valitsemiesi klustereiden koordinaattorit näkevät pyyntösi voidakseen ottaa sinuun yhteyttä.',
  'privacy.registrants.recipients':
    'Tapahtumaa järjestävien klustereiden henkilöstö näkee ilmoittautumisesi osallistujaluettelossa.',
  'privacy.recipients.email':
    'Viestimme lähetetään sähköpostipalvelun kautta, joka käsittelee osoitettasi liiton lukuun (henkilötietojen käsittelijä).',
  'privacy.retention.heading': 'Kuinka kauan tietoja säilytetään',
  'privacy.subscribers.retention.unconfirmed':
    'Vahvistamaton tilaus poistetaan {days} päivän kuluttua.',
  'privacy.subscribers.retention.unsubscribed':
    'Kun perut tilauksen, osoitteesi, suostumuksesi ja tiedot sinulle lähetetyistä uutiskirjeistä poistetaan {days} päivän kuluttua.',
  'privacy.subscribers.retention.deliveries':
    'Tieto kustakin sinulle lähetetystä uutiskirjeestä poistetaan {months} kuukauden kuluttua.',
  'privacy.companies.retention':
    'Liittymispyyntö poistetaan {months} kuukauden kuluttua sen tilan viimeisimmästä muutoksesta.',
  'privacy.registrants.retention':
    'Ilmoittautumisesi poistetaan {days} päivän kuluttua tapahtuman päättymisestä.',
  'privacy.retention.accessLog':
    'Osoitteeseesi liittyvät sivuston käytön tiedot (kuten pyyntörajoitusten laskurit) poistetaan {days} päivän kuluttua.',
  'privacy.rights.heading': 'Oikeutesi',
  'privacy.rights.intro': 'Sinulla on oikeus',
  'privacy.rights.access':
    'tietää, mitä tietoja sinusta säilytämme, ja saada niistä jäljennös (tarkastusoikeus)',
  'privacy.rights.rectification': 'vaatia virheellisten tietojen oikaisemista',
  'privacy.rights.erasure': 'vaatia tietojesi poistamista',
  'privacy.rights.restriction': 'vaatia käsittelyn rajoittamista',
  'privacy.rights.withdraw':
    'perua suostumuksesi milloin tahansa; peruminen ei vaikuta sitä edeltäneeseen käsittelyyn',
  'privacy.rights.objection':
    'vastustaa käsittelyä erityiseen tilanteeseesi liittyvällä perusteella',
  'privacy.how.heading': 'Näin käytät oikeuksiasi',
  'privacy.subscribers.how':
    'Jokaisessa uutiskirjeessä on linkki, josta voit muuttaa tilaustasi tai perua sen.',
  'privacy.companies.how':
    'Vastaa klusterin koordinaattorilta saamaasi viestiin tai kirjoita alla olevaan osoitteeseen.',
  'privacy.registrants.how':
    'Ilmoittautumistasi koskevissa viesteissä on linkki, josta voit perua sen.',
  'privacy.how.contact':
    'Lähetä muut pyynnöt liitolle sähköpostilla. Vastaamme kuukauden kuluessa.',
  'privacy.complaint.heading': 'Valitus valvontaviranomaiselle',
  'privacy.complaint.text':
    'Jos katsot, että henkilötietojesi käsittely rikkoo tietosuojalainsäädäntöä, voit tehdä valituksen tietosuojavaltuutetulle.',
  'privacy.complaint.name': 'Tietosuojavaltuutetun toimisto',
  'privacy.complaint.website': 'Verkkosivusto',
  'privacy.updated': 'Selostetta on päivitetty viimeksi {date}.',
  'privacy.formLink.subscribers':
    'Miten käsittelemme tietojasi: uutiskirjeen tilaajien tietosuojaseloste',
  'privacy.formLink.companies':
    'Miten käsittelemme tietojasi: yritysten yhteyshenkilöiden tietosuojaseloste',
  'privacy.formLink.registrants':
    'Miten käsittelemme tietojasi: tapahtumiin ilmoittautuneiden tietosuojaseloste',
}
