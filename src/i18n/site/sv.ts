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
  'footer.eventsFeed': 'Evenemangsflöde (JSON Feed)',
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
    'Personer som du kan kontakta om Arctic Smartness-klustrens verksamhet, och klustren de arbetar med.',
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
    'Berätta om ditt företag och vad det behöver. Koordinatorerna för de kluster du väljer – eller nyhetsrummets redaktörer om ett kluster saknar koordinator – kontaktar dig för att komma överens om nästa steg.',
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
  'join.clusters.help': 'Välj ett eller flera, eller be om hjälp att välja.',
  'join.helpChoosing.description':
    'Redaktörerna för Arctic Smartness vid Lapplands förbund hjälper dig att välja och skickar din begäran till rätt kluster.',
  'join.helpChoosing': 'Jag är osäker – hjälp mig välja',
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
  'join.error.clusters': 'Välj minst ett kluster eller be om hjälp att välja.',
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

  'nav.match': 'Vilket kluster passar mig?',
  'nav.join': 'Anslut dig',
  'footer.accessibility': 'Tillgänglighetsutlåtande',
  'search.title': 'Sök',
  'search.label': 'Sök i nyhetsrummet',
  'search.submit': 'Sök',
  'search.kind.news': 'Nyhet',
  'search.kind.clusters': 'Kluster',
  'search.kind.experts': 'Expert',
  'search.tooShort': 'Skriv 2–200 tecken för att söka.',
  'search.count': 'Resultat för ”{q}”: {count}',
  'search.countCapped':
    'Resultat för ”{q}”: fler än {count}; de senaste visas, lägg till ett ord för att avgränsa',
  'search.none': 'Inget hittades för ”{q}” på svenska.',
  'search.tryMatch': 'Beskriv i stället vad ditt företag behöver, så föreslår vi ett kluster',
  'join.helpChoose': 'Eller pröva själv: vilket kluster passar ditt företag?',
  'experts.ofCluster': 'Experter i {cluster}',
  'experts.clusters': 'Kluster',
  'match.title': 'Vilket kluster passar mig?',
  'match.intro':
    'Beskriv med några ord vad ditt företag gör eller behöver. Vi föreslår kluster som passar, personer att kontakta och nyheter att läsa, och säger varför.',
  'match.need': 'Vad ditt företag gör eller behöver',
  'match.need.help': 'Till exempel: naturturismprodukter året runt för utländska besökare.',
  'match.municipality': 'Kommun (frivilligt)',
  'match.municipality.any': 'Var som helst i Lappland',
  'match.submit': 'Föreslå kluster',
  'match.results': 'Kluster som kan passa dig',
  'match.noClusters':
    'Inget kluster motsvarade de här orden. Pröva andra ord eller se alla kluster.',
  'match.why': 'Varför',
  'match.join': 'Be att få ansluta dig till {cluster}',
  'match.allClusters': 'Alla kluster',
  'match.experts': 'Personer att kontakta',
  'match.news': 'Att läsa',
  'match.orJoin': 'Vet du redan vad du vill?',
  'match.joinForm': 'Gå till anslutningsformuläret',
  'match.error.need': 'Beskriv ditt behov med 3–1 000 tecken.',
  'match.error.municipality': 'Välj en kommun i Lappland i listan.',
  'a11y.title': 'Tillgänglighetsutlåtande',
  'a11y.intro':
    'Detta tillgänglighetsutlåtande gäller den offentliga webbplatsen för Arctic Smartness nyhetsrum ({site}). Lapplands förbund strävar efter att webbplatsen ska vara tillgänglig enligt lagen om tillhandahållande av digitala tjänster (306/2019).',
  'a11y.status.heading': 'Webbplatsens tillgänglighet',
  'a11y.status.text':
    'Webbplatsen uppfyller delvis tillgänglighetskraven i WCAG 2.1 nivå AA. Innehållet nedan är ännu inte helt tillgängligt.',
  'a11y.gaps.heading': 'Innehåll som inte är tillgängligt',
  'a11y.gaps.untranslated':
    'En del av texterna om kluster och experter har ännu inte översatts till svenska eller engelska. De visas på finska och är märkta som finska, så att en skärmläsare läser dem på finska.',
  'a11y.gaps.images':
    'Bildernas textalternativ skrivs av redaktörerna; en äldre bild kan sakna ett bra textalternativ.',
  'a11y.gaps.external':
    'Länkarna leder till klustrens egna webbplatser och andra tjänster, vars tillgänglighet detta utlåtande inte gäller.',
  'a11y.assessed.heading': 'Hur tillgängligheten har bedömts',
  'a11y.assessed.text':
    'Lapplands förbund har bedömt webbplatsen själv. Varje sida kontrolleras med verktyget axe mot kraven i WCAG 2.1 nivå A och AA på en dator- och en telefonskärm varje gång webbplatsen ändras, och sidorna har använts med enbart tangentbordet.',
  'a11y.date': 'Utlåtandet har utarbetats {date} och uppdateras när webbplatsen ändras väsentligt.',
  'a11y.feedback.heading': 'Ge respons om tillgängligheten',
  'a11y.feedback.text':
    'Har du märkt något på webbplatsen som du inte kan använda, eller innehåll som du inte får i tillgänglig form? Berätta det för oss, så åtgärdar vi bristen eller skickar innehållet till dig i en annan form. Vi svarar inom 14 dagar.',
  'a11y.supervisor.heading': 'Tillsynsmyndighet',
  'a11y.supervisor.text':
    'Om du inte är nöjd med svaret eller inte får något svar inom två veckor kan du göra en anmälan till tillsynsmyndigheten, Transport- och kommunikationsverket Traficom. På dess webbplats berättas hur du gör en anmälan och hur ärendet behandlas.',
  'a11y.supervisor.websiteLabel': 'Webbplats',
  'a11y.supervisor.phoneLabel': 'Telefon (växel)',
  'a11y.supervisor.contact': 'Tillsynsmyndighetens kontaktuppgifter',
  'a11y.supervisor.name':
    'Transport- och kommunikationsverket Traficom, tillsynen över tillgänglighet',
  'a11y.supervisor.link': 'Tillgänglighetskrav: tillsynsmyndighetens webbplats',
  'nav.events': 'Evenemang',
  'events.title': 'Evenemang',
  'events.description':
    'Arctic Smartness-klustrens evenemang: var man träffar klustren och människorna i dem.',
  'events.upcoming': 'Kommande evenemang',
  'events.past': 'Tidigare evenemang',
  'events.none': 'Inga kommande evenemang just nu.',
  'events.follow': 'Följ evenemangen:',
  'events.calendarFeed': 'prenumerera i kalendern (iCalendar)',
  'events.jsonFeed': 'evenemangsflöde (JSON Feed)',
  'events.when': 'När',
  'events.where': 'Var',
  'events.online': 'På nätet',
  'events.map': 'Karta',
  'events.languages': 'Språk',
  'events.programme': 'Program',
  'events.speakers': 'Talare',
  'events.organisers': 'Arrangörer',
  'events.recording': 'Se inspelningen',
  'events.materials': 'Material',
  'events.addToCalendar': 'Lägg till i kalendern (.ics)',
  'events.seatsLeft': 'Platser kvar: {count}',
  'events.full': 'Evenemanget är fullbokat: anmäler du dig hamnar du på väntelistan.',
  'events.closed': 'Anmälan är inte öppen.',
  'events.cancelled': 'Evenemanget är inställt.',
  'events.register.heading': 'Anmäl dig',
  'events.register.name': 'Namn',
  'events.register.email': 'E-post',
  'events.register.organisation': 'Organisation',
  'events.register.language': 'Meddelandenas språk',
  'events.register.consent': 'Samtycke',
  'events.register.submit': 'Anmäl dig',
  'events.register.required': 'obligatorisk',
  'events.register.errorSummary': 'Kontrollera det markerade fältet.',
  'events.register.failed': 'Anmälan misslyckades. Försök igen senare.',
  'events.register.doneTitle': 'Nästan klart',
  'footer.privacy': 'Dataskydd',
  'privacy.title': 'Dataskydd',
  'privacy.intro':
    'Lapplands förbund behandlar personuppgifter om tre grupper av personer via den här webbplatsen. För varje grupp finns en egen dataskyddsbeskrivning (artikel 13 i EU:s allmänna dataskyddsförordning).',
  'privacy.noticeTitle': 'Dataskyddsbeskrivning: {kind}',
  'privacy.kind.subscribers': 'nyhetsbrevets prenumeranter',
  'privacy.kind.companies': 'kontaktpersoner för företag som ansluter sig till ett kluster',
  'privacy.kind.registrants': 'anmälda till evenemang',
  'privacy.subscribers.lead':
    'Hur Lapplands förbund behandlar dina uppgifter när du prenumererar på nyhetsbrevet Arctic Smartness, och vilka rättigheter du har.',
  'privacy.companies.lead':
    'Hur Lapplands förbund behandlar dina uppgifter när du ber om att ditt företag ska få ansluta sig till ett Arctic Smartness-kluster, och vilka rättigheter du har.',
  'privacy.registrants.lead':
    'Hur Lapplands förbund behandlar dina uppgifter när du anmäler dig till ett Arctic Smartness-evenemang, och vilka rättigheter du har.',
  'privacy.controller.heading': 'Personuppgiftsansvarig',
  'privacy.controller.name':
    'Lapplands förbund (Lapin liitto), en samkommun som bildas av Lapplands kommuner',
  'privacy.controller.address': 'Adress',
  'privacy.controller.email': 'E-post',
  'privacy.controller.dpo':
    'Förbundets dataskyddsombud når du via samma adress: skriv ”Dataskyddsombud” i ämnesraden.',
  'privacy.purpose.heading': 'Ändamål och rättslig grund',
  'privacy.subscribers.purpose':
    'Vi skickar dig nyhetsbrevet Arctic Smartness på det språk och om de kluster du valt, och sparar beviset på ditt samtycke.',
  'privacy.subscribers.basis':
    'Rättslig grund: ditt samtycke (artikel 6.1 a i dataskyddsförordningen), som du bekräftar via länken vi skickar till din e-post.',
  'privacy.companies.purpose':
    'Vi behandlar ditt företags begäran om att ansluta sig till de kluster det valt: klustrens koordinatorer kontaktar dig och antecknar hur begäran framskrider.',
  'privacy.companies.basis':
    'Rättslig grund: en uppgift av allmänt intresse (artikel 6.1 e i dataskyddsförordningen); att utveckla regionens näringsliv är en lagstadgad uppgift för ett landskapsförbund (lagen om regionutveckling 756/2021). Samtycket du ger i formuläret sparas med begäran.',
  'privacy.registrants.purpose':
    'Vi ordnar evenemanget du anmält dig till: vi bekräftar din plats, för deltagar- och reservlistan och skickar dig meddelanden om evenemanget.',
  'privacy.registrants.basis':
    'Rättslig grund: ditt samtycke (artikel 6.1 a i dataskyddsförordningen), som du bekräftar via länken vi skickar till din e-post.',
  'privacy.automated':
    'Dina uppgifter används inte för automatiserat beslutsfattande eller profilering.',
  'privacy.data.heading': 'Vilka uppgifter vi sparar',
  'privacy.subscribers.data.address': 'din e-postadress samt det språk och de kluster du valt',
  'privacy.subscribers.data.consent':
    'ordalydelsen och versionen av samtycket du gav, och när du gav och bekräftade det',
  'privacy.subscribers.data.deliveries':
    'vilka nyhetsbrev som skickats till dig och när, och om ett meddelande studsade',
  'privacy.companies.data.company': 'företagets namn, FO-nummer, kommun, bransch och behov',
  'privacy.companies.data.contact': 'kontaktpersonens namn, e-postadress och telefonnummer',
  'privacy.companies.data.handling':
    'begärans status, koordinatorernas anteckningar och vem som ändrade status och när',
  'privacy.companies.data.consent':
    'ordalydelsen och versionen av samtycket i formuläret, och när det gavs',
  'privacy.registrants.data.person':
    'ditt namn, din e-postadress och din organisation samt dina svar på evenemangets frågor',
  'privacy.registrants.data.status':
    'din anmälans status (bekräftad, på reservlistan, avbokad, deltog)',
  'privacy.registrants.data.consent':
    'ordalydelsen och versionen av samtycket du gav, och när du gav och bekräftade det',
  'privacy.source':
    'Vi får uppgifterna av dig, via formuläret du fyllde i på den här webbplatsen eller på en partners webbplats.',
  'privacy.recipients.heading': 'Vem som behandlar uppgifterna',
  'privacy.recipients.staff':
    'Uppgifterna ses av förbundets anställda som sköter nyhetsrummet; de lämnas inte ut till andra och överförs inte utanför EU eller EES.',
  'privacy.companies.recipients':
    'Koordinatorerna för de kluster du valt ser din begäran för att kunna kontakta dig.',
  'privacy.registrants.recipients':
    'Personalen i de kluster som ordnar evenemanget ser din anmälan i deltagarlistan.',
  'privacy.recipients.email':
    'Våra meddelanden skickas via en e-posttjänst som behandlar din adress för förbundets räkning (personuppgiftsbiträde).',
  'privacy.retention.heading': 'Hur länge uppgifterna sparas',
  'privacy.subscribers.retention.unconfirmed':
    'En prenumeration som inte bekräftas raderas efter {days} dagar.',
  'privacy.subscribers.retention.unsubscribed':
    'När du avslutar prenumerationen raderas din adress, ditt samtycke och uppgifterna om nyhetsbrev som skickats till dig {days} dagar senare.',
  'privacy.subscribers.retention.deliveries':
    'Uppgiften om varje nyhetsbrev som skickats till dig raderas efter {months} månader.',
  'privacy.companies.retention':
    'En anslutningsförfrågan raderas {months} månader efter att dess status senast ändrades.',
  'privacy.registrants.retention': 'Din anmälan raderas {days} dagar efter att evenemanget slutat.',
  'privacy.retention.accessLog':
    'Uppgifter om användningen av webbplatsen som är knutna till din adress (till exempel räknare för begäransbegränsning) raderas efter {days} dagar.',
  'privacy.rights.heading': 'Dina rättigheter',
  'privacy.rights.intro': 'Du har rätt att',
  'privacy.rights.access':
    'få veta vilka uppgifter vi sparar om dig och få en kopia av dem (rätt till tillgång)',
  'privacy.rights.rectification': 'få felaktiga uppgifter rättade',
  'privacy.rights.erasure': 'få dina uppgifter raderade',
  'privacy.rights.restriction': 'få behandlingen begränsad',
  'privacy.rights.withdraw':
    'när som helst återkalla ditt samtycke; det påverkar inte behandlingen före återkallandet',
  'privacy.rights.objection': 'invända mot behandlingen av skäl som gäller din särskilda situation',
  'privacy.how.heading': 'Så använder du dina rättigheter',
  'privacy.subscribers.how':
    'Varje nyhetsbrev har en länk där du kan ändra eller avsluta din prenumeration.',
  'privacy.companies.how':
    'Svara på meddelandet du fått från klustrets koordinator, eller skriv till adressen nedan.',
  'privacy.registrants.how': 'Meddelandena om din anmälan har en länk där du kan avboka den.',
  'privacy.how.contact':
    'Skicka andra begäranden till förbundet per e-post. Vi svarar inom en månad.',
  'privacy.complaint.heading': 'Klagomål till tillsynsmyndigheten',
  'privacy.complaint.text':
    'Om du anser att behandlingen av dina uppgifter bryter mot dataskyddslagstiftningen kan du lämna ett klagomål till dataombudsmannen.',
  'privacy.complaint.name': 'Dataombudsmannens byrå',
  'privacy.complaint.website': 'Webbplats',
  'privacy.updated': 'Beskrivningen uppdaterades senast {date}.',
  'privacy.formLink.subscribers':
    'Hur vi behandlar dina uppgifter: dataskyddsbeskrivningen för nyhetsbrevets prenumeranter',
  'privacy.formLink.companies':
    'Hur vi behandlar dina uppgifter: dataskyddsbeskrivningen för företagens kontaktpersoner',
  'privacy.formLink.registrants':
    'Hur vi behandlar dina uppgifter: dataskyddsbeskrivningen för anmälda till evenemang',
}
