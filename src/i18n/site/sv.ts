import type { SiteMessages } from './en'

export const sv: SiteMessages = {
  'site.name': 'Arctic Smartness nyhetsrum',
  'site.publisher': 'Lapplands förbund',
  'site.description':
    'Nyheter från Lapplands förbund och de sex Arctic Smartness-klustren, och experter som du kan kontakta.',
  'site.skipToContent': 'Hoppa till innehållet',

  'nav.main': 'Huvudmeny',
  'nav.news': 'Nyheter',
  'nav.clusters': 'Kluster',
  'nav.experts': 'Experter',
  'nav.newsletter': 'Nyhetsbrev',
  'nav.languages': 'Språk',
  'nav.frontPage': 'startsida',

  'footer.about':
    'Arctic Smartness: klustren för smart specialisering i Lappland, som koordineras av Lapplands förbund.',
  'footer.feed': 'Nyhetsflöde (RSS)',
  'footer.newsletter': 'Prenumerera på nyhetsbrevet',

  'news.list.title': 'Nyheter',
  'news.list.titleCluster': 'Nyheter: {cluster}',
  'news.list.page': 'sida {page}',
  'news.list.empty': 'Det finns ännu inga nyheter på svenska.',
  'news.list.emptyCluster': 'Det finns ännu inga nyheter på svenska om det här klustret.',
  'news.filter.label': 'Visa nyheterna från ett kluster',
  'news.filter.all': 'Alla kluster',
  'news.pagination.label': 'Nyhetssidor',
  'news.pagination.newer': 'Nyare nyheter',
  'news.pagination.older': 'Äldre nyheter',
  'news.pagination.status': 'Sida {page} av {pages}',
  'news.published': 'Publicerad',
  'news.byline': 'Text',
  'news.clusters': 'Kluster',
  'news.experts': 'Experter',
  'news.contacts': 'Mer information',
  'news.links': 'Länkar',

  'clusters.title': 'Arctic Smartness-klustren',
  'clusters.intro':
    'Sex kluster för samman företag, forskning och offentliga aktörer i Lappland för att utveckla sina branscher.',
  'clusters.focusAreas': 'Fokusområden',
  'clusters.hosts': 'Värdorganisationer',
  'clusters.website': 'Webbplats',
  'clusters.coordinator': 'Koordinator',
  'clusters.contacts': 'Kontaktpersoner',
  'clusters.news': 'Klustrets nyheter',
  'clusters.allNews': 'Alla nyheter: {cluster}',
  'clusters.noNews': 'Det finns ännu inga nyheter på svenska om det här klustret.',
  'clusters.untranslated':
    'Den här sidan har ännu inte översatts till svenska. Den visas på finska.',

  'experts.title': 'Experter',
  'experts.intro':
    'Personer som du kan kontakta om Arctic Smartness-klustrens verksamhet, kluster för kluster.',
  'experts.filter.label': 'Visa experterna i ett kluster',
  'experts.filter.all': 'Alla kluster',
  'experts.other': 'Övriga experter',
  'experts.none': 'Inga experter har ännu listats för det här klustret.',

  'person.email': 'E-post',
  'person.phone': 'Telefon',
  'person.expertise': 'Expertområden',
  'person.languages': 'Talar',
  'person.office': 'Kontor',

  'newsletter.title': 'Nyhetsbrev',
  'newsletter.heading': 'Prenumerera på nyhetsbrevet',
  'newsletter.intro':
    'Nyheter från Arctic Smartness-klustren per e-post, på det språk du väljer. Först skickar vi ett meddelande där du bekräftar din adress.',
  'newsletter.email': 'E-postadress',
  'newsletter.language': 'Nyhetsbrevets språk',
  'newsletter.clusters': 'Kluster',
  'newsletter.clusters.help': 'Välj inget om du vill få nyheter från alla kluster.',
  'newsletter.consent': 'Samtycke',
  'newsletter.required': 'obligatoriskt',
  'newsletter.submit': 'Prenumerera',
  'newsletter.doneTitle': 'Kolla din e-post',
  'newsletter.doneNext':
    'Bekräfta prenumerationen genom att öppna länken i meddelandet. Inget skickas före det.',
  'newsletter.errorSummary': 'Prenumerationen skickades inte. Rätta fältet som är markerat nedan.',
  'newsletter.error.email': 'Ange en e-postadress i formen namn@exempel.fi.',
  'newsletter.error.language': 'Välj nyhetsbrevets språk.',
  'newsletter.error.clusters': 'Välj kluster enbart ur listan.',
  'newsletter.error.consent':
    'Kryssa i rutan för att ge ditt samtycke: utan det kan vi inte skicka nyhetsbrevet.',
  'newsletter.error.lineBreaks': 'Ta bort radbrytningarna i det här fältet.',
  'newsletter.error.rateLimited':
    'För många prenumerationer från din adress. Försök igen om {seconds} sekunder.',
  'newsletter.error.failed': 'Prenumerationen kunde inte sparas. Försök igen om en stund.',

  'join.title': 'Gå med i ett kluster',
  'join.intro':
    'Berätta om ditt företag och vad det behöver. Koordinatorerna för de kluster du väljer kontaktar dig för att komma överens om nästa steg.',
  'join.company': 'Företag',
  'join.companyName': 'Företagets namn',
  'join.businessId': 'FO-nummer (Y-tunnus)',
  'join.businessId.help':
    'Sju siffror, ett bindestreck och en kontrollsiffra, till exempel 1234567-8.',
  'join.municipality': 'Kommun',
  'join.municipality.choose': 'Välj kommun',
  'join.industry': 'Näringsgrenskod (TOL 2008)',
  'join.industry.help':
    'Frivilligt. Koden för företagets bransch i Statistikcentralens näringsgrensindelning, till exempel 55101 (hotell). Du hittar den i företags- och organisationsdatasystemet (ytj.fi).',
  'join.clusters': 'Kluster som intresserar företaget',
  'join.clusters.help': 'Välj ett eller flera.',
  'join.need': 'Vad företaget behöver',
  'join.need.help':
    'Frivilligt. Till exempel samarbetspartner, produktutveckling, forskningssamarbete, finansiering eller nya marknader.',
  'join.contact': 'Kontaktperson',
  'join.contactName': 'Namn',
  'join.email': 'E-post',
  'join.phone': 'Telefon',
  'join.phone.help': 'Frivilligt, till exempel +358 40 123 4567.',
  'join.consent': 'Samtycke',
  'join.required': 'obligatoriskt',
  'join.honeypot': 'Lämna det här fältet tomt',
  'join.submit': 'Skicka begäran',
  'join.doneTitle': 'Din begäran har skickats',
  'join.doneNext': 'Om bekräftelsen inte kommer fram, titta också i skräpposten.',
  'join.doneLink': 'Tillbaka till klustren',
  'join.errorSummary': 'Begäran skickades inte. Rätta följande:',
  'join.error.company': 'Skriv företagets namn.',
  'join.error.businessId.missing': 'Skriv företagets FO-nummer.',
  'join.error.businessId.format':
    'Skriv FO-numret i formen 1234567-8: sju siffror, ett bindestreck och en kontrollsiffra.',
  'join.error.businessId.check':
    'FO-numret {value} är inte korrekt: kontrollsiffran stämmer inte. Kontrollera numret till exempel på ytj.fi.',
  'join.error.municipality': 'Välj kommun i listan.',
  'join.error.industry':
    'Skriv näringsgrenskoden med siffror, till exempel 55101, eller lämna fältet tomt.',
  'join.error.clusters': 'Välj minst ett kluster.',
  'join.error.contactName': 'Skriv kontaktpersonens namn.',
  'join.error.email': 'Ange en e-postadress i formen namn@exempel.fi.',
  'join.error.phone':
    'Skriv telefonnumret med siffror, till exempel +358 40 123 4567, eller lämna fältet tomt.',
  'join.error.consent':
    'Kryssa i rutan för att ge ditt samtycke: utan det kan vi inte behandla begäran.',
  'join.error.missing': 'Fyll i det här fältet.',
  'join.error.tooLong': 'Korta av texten till högst {max} tecken.',
  'join.error.lineBreaks': 'Ta bort radbrytningarna i det här fältet.',
  'join.error.rateLimited':
    'För många begäranden från din adress. Försök igen om {seconds} sekunder.',
  'join.error.failed': 'Begäran kunde inte sparas. Försök igen om en stund.',
  'join.cta.cluster.heading': 'Gå med i klustret',
  'join.cta.cluster.text':
    'Företag i Lappland kan delta i klustrets verksamhet. Berätta vad ditt företag behöver, så kontaktar koordinatorn dig.',
  'join.cta.cluster.link': 'Gå med i det här klustret',
  'join.cta.news.heading': 'Vill ditt företag vara med?',
  'join.cta.news.text':
    'Arctic Smartness-klustren för samman företag, forskning och offentliga aktörer i Lappland. Berätta vad ditt företag behöver.',
  'join.cta.news.link': 'Gå med i ett kluster',
  'impact.heading': 'Vad klustret har åstadkommit',
  'impact.companies': 'Företag',
  'impact.results': 'Resultat',
  'impact.note': 'Årets siffror gäller {year}, de övriga alla registrerade år.',
  'impact.quotes': 'Med företagens ord',

  'preview.banner':
    'Förhandsvisning: du ser utkast och opublicerade språkversioner. Läsarna ser inte det här.',
  'preview.signedInAs': 'Inloggad som {name}.',
  'preview.exit': 'Avsluta förhandsvisningen',

  'preview.refused.anonymous':
    'Logga först in i administrationen: bara nyhetsrummets användare kan förhandsvisa.',
  'preview.refused.notStaff':
    'Bara nyhetsrummets användare kan förhandsvisa. Partnernycklar kan inte det.',
  'preview.refused.missing':
    'Innehållet finns inte eller så får du inte se det, eller så har det ännu ingen adress på det här språket.',
  'preview.refused.badRequest':
    'Länken för förhandsvisning är ofullständig: collection, id eller locale saknas.',

  'notFound.title': 'Sidan hittades inte',
  'notFound.text':
    'Det finns ingen sida på svenska på den här adressen. Den kan ha tagits bort, avpublicerats eller ännu inte översatts.',
  'notFound.home': 'Gå till startsidan',
}
