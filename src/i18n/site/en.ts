/** English texts of the public newsroom site (src/app/(site)); the source of the key type. */
export const en = {
  'site.name': 'Arctic Smartness newsroom',
  'site.publisher': 'Regional Council of Lapland',
  'site.description':
    'News of the Regional Council of Lapland and the six Arctic Smartness clusters, and the people to contact.',
  'site.skipToContent': 'Skip to content',

  'nav.main': 'Main menu',
  'nav.news': 'News',
  'nav.clusters': 'Clusters',
  'nav.experts': 'Experts',
  'nav.newsletter': 'Newsletter',
  'nav.languages': 'Language',
  'nav.frontPage': 'front page',

  'footer.about':
    'Arctic Smartness: the smart specialisation clusters of Lapland, coordinated by the Regional Council of Lapland.',
  'footer.feed': 'News feed (RSS)',
  'footer.eventsFeed': 'Events feed (JSON Feed)',
  'footer.newsletter': 'Subscribe to the newsletter',

  'news.list.title': 'News',
  'news.list.titleCluster': 'News: {cluster}',
  'news.list.page': 'page {page}',
  'news.list.empty': 'There is no news in English yet.',
  'news.list.emptyCluster': 'There is no news of this cluster in English yet.',
  'news.filter.label': 'Show news of one cluster',
  'news.filter.all': 'All clusters',
  'news.pagination.label': 'News pages',
  'news.pagination.newer': 'Newer news',
  'news.pagination.older': 'Older news',
  'news.pagination.status': 'Page {page} of {pages}',
  'news.published': 'Published',
  'news.byline': 'Text',
  'news.clusters': 'Clusters',
  'news.experts': 'Experts',
  'news.contacts': 'More information',
  'news.links': 'Links',

  'clusters.title': 'Arctic Smartness clusters',
  'clusters.intro':
    'Six clusters bring companies, research and public actors in Lapland together to develop their sectors.',
  'clusters.focusAreas': 'Focus areas',
  'clusters.hosts': 'Host organisations',
  'clusters.website': 'Website',
  'clusters.coordinator': 'Coordinator',
  'clusters.contacts': 'Contacts',
  'clusters.news': 'News of the cluster',
  'clusters.allNews': 'All news of {cluster}',
  'clusters.noNews': 'There is no news of this cluster in English yet.',
  'clusters.untranslated':
    'This page has not been translated into English yet. It is shown in Finnish.',

  'experts.title': 'Experts',
  'experts.intro':
    'People you can contact about the work of the Arctic Smartness clusters, with the clusters they work with.',
  'experts.filter.label': 'Show the experts of one cluster',
  'experts.filter.all': 'All clusters',
  'experts.other': 'Other experts',
  'experts.none': 'No experts are listed for this cluster yet.',

  'person.email': 'Email',
  'person.phone': 'Phone',
  'person.expertise': 'Areas of expertise',
  'person.languages': 'Speaks',
  'person.office': 'Office',

  'newsletter.title': 'Newsletter',
  'newsletter.heading': 'Subscribe to the newsletter',
  'newsletter.intro':
    'News of the Arctic Smartness clusters by email, in the language you choose. We first send you a message to confirm your address.',
  'newsletter.email': 'Email address',
  'newsletter.language': 'Language of the newsletter',
  'newsletter.clusters': 'Clusters',
  'newsletter.clusters.help': 'Choose none to receive news of every cluster.',
  'newsletter.consent': 'Consent',
  'newsletter.required': 'required',
  'newsletter.submit': 'Subscribe',
  'newsletter.doneTitle': 'Check your email',
  'newsletter.doneNext':
    'Open the link in the message to confirm your subscription. Nothing is sent before that.',
  'newsletter.errorSummary': 'The subscription was not sent. Correct the field marked below.',
  'newsletter.error.email': 'Enter an email address in the form name@example.fi.',
  'newsletter.error.language': 'Choose the language of the newsletter.',
  'newsletter.error.clusters': 'Choose clusters from the list only.',
  'newsletter.error.consent':
    'Tick the box to give your consent: we cannot send the newsletter without it.',
  'newsletter.error.lineBreaks': 'Remove the line breaks from this field.',
  'newsletter.error.rateLimited':
    'Too many subscriptions from your address. Try again in {seconds} seconds.',
  'newsletter.error.failed': 'The subscription could not be saved. Try again in a moment.',

  'join.title': 'Join a cluster',
  'join.intro':
    'Tell us about your company and what it needs. The coordinator of each cluster you choose, or the newsroom’s editors where a cluster has none, will contact you to agree on the next steps.',
  'join.company': 'Company',
  'join.companyName': 'Company name',
  'join.businessId': 'Business ID (Y-tunnus)',
  'join.businessId.help': 'Seven digits, a hyphen and a check digit, e.g. 1234567-8.',
  'join.municipality': 'Municipality',
  'join.municipality.choose': 'Choose a municipality',
  'join.industry': 'Industry code (TOL 2008)',
  'join.industry.help':
    "Optional. Your industry's code in Statistics Finland's classification, e.g. 55101 (hotels). The Business Information System (ytj.fi) shows it.",
  'join.clusters': 'Clusters that interest the company',
  'join.clusters.help': 'Choose one or more, or ask for help choosing.',
  'join.helpChoosing.description':
    'The Arctic Smartness editors at the Regional Council of Lapland help you choose and pass your request on to the right cluster.',
  'join.helpChoosing': 'Not sure – help me choose',
  'join.need': 'What the company needs',
  'join.need.help':
    'Optional. For example partners, product development, research cooperation, funding or new markets.',
  'join.contact': 'Contact person',
  'join.contactName': 'Name',
  'join.email': 'Email',
  'join.phone': 'Phone',
  'join.phone.help': 'Optional, e.g. +358 40 123 4567.',
  'join.consent': 'Consent',
  'join.required': 'required',
  'join.honeypot': 'Leave this field empty',
  'join.submit': 'Send the request',
  'join.doneTitle': 'Your request has been sent',
  'join.doneNext': 'If the confirmation does not arrive, look in your spam folder too.',
  'join.doneLink': 'Back to the clusters',
  'join.errorSummary': 'The request was not sent. Correct the following:',
  'join.error.company': 'Enter the name of the company.',
  'join.error.businessId.missing': "Enter the company's business ID.",
  'join.error.businessId.format':
    'Write the business ID as 1234567-8: seven digits, a hyphen and a check digit.',
  'join.error.businessId.check':
    'Business ID {value} is not correct: its check digit does not match. Check the ID, for example at ytj.fi.',
  'join.error.municipality': 'Choose the municipality from the list.',
  'join.error.industry': 'Write the industry code in digits, e.g. 55101, or leave the field empty.',
  'join.error.clusters': 'Choose at least one cluster, or ask for help choosing.',
  'join.error.contactName': 'Enter the name of the contact person.',
  'join.error.email': 'Enter an email address in the form name@example.fi.',
  'join.error.phone':
    'Write the phone number in digits, e.g. +358 40 123 4567, or leave the field empty.',
  'join.error.consent':
    'Tick the box to give your consent: we cannot handle the request without it.',
  'join.error.missing': 'Fill in this field.',
  'join.error.tooLong': 'Shorten the text to at most {max} characters.',
  'join.error.lineBreaks': 'Remove the line breaks from this field.',
  'join.error.rateLimited': 'Too many requests from your address. Try again in {seconds} seconds.',
  'join.error.failed': 'The request could not be saved. Try again in a moment.',
  'join.cta.cluster.heading': 'Join the cluster',
  'join.cta.cluster.text':
    "Companies in Lapland can take part in the cluster's work. Tell us what your company needs, and the coordinator will contact you.",
  'join.cta.cluster.link': 'Join this cluster',
  'join.cta.news.heading': 'Does your company want to take part?',
  'join.cta.news.text':
    'The Arctic Smartness clusters bring companies, research and public actors in Lapland together. Tell us what your company needs.',
  'join.cta.news.link': 'Join a cluster',
  'impact.heading': 'What the cluster has achieved',
  'impact.companies': 'Companies',
  'impact.results': 'Results',
  'impact.note': "This year's figures are for {year}; the others cover all the years recorded.",
  'impact.quotes': "In the companies' words",

  'preview.banner': 'Preview: you see drafts and unpublished languages. Readers do not see this.',
  'preview.signedInAs': 'Signed in as {name}.',
  'preview.exit': 'Exit preview',

  'preview.refused.anonymous': 'Sign in to the admin UI first: only newsroom users can preview.',
  'preview.refused.notStaff': 'Only newsroom users can preview. Partner keys cannot.',
  'preview.refused.missing':
    'There is no such item that you may see, or it has no address in this language yet.',
  'preview.refused.badRequest':
    'The preview link is incomplete: it needs collection, id and locale.',

  'notFound.title': 'Page not found',
  'notFound.text':
    'There is no page at this address in English. It may have been removed, unpublished or not translated yet.',
  'notFound.home': 'Go to the front page',

  'nav.match': 'Which cluster is for me?',
  'nav.join': 'Join',
  'footer.accessibility': 'Accessibility statement',
  'search.title': 'Search',
  'search.label': 'Search the newsroom',
  'search.submit': 'Search',
  'search.kind.news': 'News',
  'search.kind.clusters': 'Cluster',
  'search.kind.experts': 'Expert',
  'search.tooShort': 'Type 2 to 200 characters to search.',
  'search.count': 'Results for “{q}”: {count}',
  'search.countCapped':
    'Results for “{q}”: more than {count}; the newest are shown, add a word to narrow them down',
  'search.none': 'Nothing was found for “{q}” in English.',
  'search.tryMatch': 'Describe what your company needs instead, and we suggest a cluster',
  'join.helpChoose': 'Or try it yourself: which cluster suits your company?',
  'experts.ofCluster': 'Experts of {cluster}',
  'experts.clusters': 'Clusters',
  'match.title': 'Which cluster is for me?',
  'match.intro':
    'Describe in a few words what your company does or needs. We suggest the clusters that fit, the people to contact and news to read, and say why.',
  'match.need': 'What your company does or needs',
  'match.need.help': 'For example: year-round nature tourism products for international visitors.',
  'match.municipality': 'Municipality (optional)',
  'match.municipality.any': 'Anywhere in Lapland',
  'match.submit': 'Suggest clusters',
  'match.results': 'Clusters that may suit you',
  'match.noClusters':
    'No cluster matched these words. Try other words, or look at all the clusters.',
  'match.why': 'Why',
  'match.join': 'Ask to join {cluster}',
  'match.allClusters': 'All the clusters',
  'match.experts': 'People to contact',
  'match.news': 'News to read',
  'match.orJoin': 'Know already what you want?',
  'match.joinForm': 'Go to the join form',
  'match.error.need': 'Describe your need in 3 to 1,000 characters.',
  'match.error.municipality': 'Choose a municipality of Lapland from the list.',
  'a11y.title': 'Accessibility statement',
  'a11y.intro':
    'This statement covers the public website of the Arctic Smartness newsroom ({site}). The Regional Council of Lapland aims to make the site accessible as the Act on the Provision of Digital Services (306/2019) requires.',
  'a11y.status.heading': 'How accessible the site is',
  'a11y.status.text':
    'The site partly meets the accessibility requirements of WCAG 2.1 level AA. The content listed below is not yet fully accessible.',
  'a11y.gaps.heading': 'Content that is not accessible',
  'a11y.gaps.untranslated':
    'Some cluster and expert texts have not been translated into Swedish or English yet. They are shown in Finnish and marked as Finnish, so a screen reader reads them in Finnish.',
  'a11y.gaps.images':
    'The text alternatives of images are written by the editors; an older image may lack a good one.',
  'a11y.gaps.external':
    'Links lead to the clusters’ own websites and other services, whose accessibility this statement does not cover.',
  'a11y.assessed.heading': 'How this was assessed',
  'a11y.assessed.text':
    'The Regional Council of Lapland assessed the site itself. Every page is checked with the axe tool against WCAG 2.1 levels A and AA on a desktop and a phone screen each time the site is changed, and the pages have been used with the keyboard alone.',
  'a11y.date':
    'This statement was written on {date} and is reviewed whenever the site changes substantially.',
  'a11y.feedback.heading': 'Give feedback on accessibility',
  'a11y.feedback.text':
    'Did you find something on the site you cannot use, or content you cannot get in an accessible form? Tell us and we will fix it or send you the content in another form. We answer within 14 days.',
  'a11y.supervisor.heading': 'Supervisory authority',
  'a11y.supervisor.text':
    'If you are not satisfied with our answer, or get no answer within two weeks, you can notify the supervisory authority, the Finnish Transport and Communications Agency Traficom. Its website tells you how to make a notification and how it is handled.',
  'a11y.supervisor.websiteLabel': 'Website',
  'a11y.supervisor.phoneLabel': 'Phone (switchboard)',
  'a11y.supervisor.contact': 'The supervisory authority’s contact details',
  'a11y.supervisor.name':
    'Finnish Transport and Communications Agency Traficom, accessibility supervision',
  'a11y.supervisor.link': 'Accessibility requirements: the supervisory authority’s website',
  'nav.events': 'Events',
  'events.title': 'Events',
  'events.description':
    'Events of the Arctic Smartness clusters: where to meet the clusters and the people in them.',
  'events.upcoming': 'Upcoming events',
  'events.past': 'Past events',
  'events.none': 'No upcoming events just now.',
  'events.follow': 'Follow the events:',
  'events.calendarFeed': 'subscribe in your calendar (iCalendar)',
  'events.jsonFeed': 'events feed (JSON Feed)',
  'events.when': 'When',
  'events.where': 'Where',
  'events.online': 'Online',
  'events.map': 'Map',
  'events.languages': 'Languages',
  'events.programme': 'Programme',
  'events.speakers': 'Speakers',
  'events.organisers': 'Organisers',
  'events.recording': 'Watch the recording',
  'events.materials': 'Materials',
  'events.addToCalendar': 'Add to calendar (.ics)',
  'events.seatsLeft': 'Seats left: {count}',
  'events.full': 'The event is full: registering puts you on the waiting list.',
  'events.closed': 'Registration is not open.',
  'events.cancelled': 'This event is cancelled.',
  'events.register.heading': 'Register',
  'events.register.name': 'Name',
  'events.register.email': 'Email',
  'events.register.organisation': 'Organisation',
  'events.register.language': 'Language of the messages',
  'events.register.consent': 'Consent',
  'events.register.submit': 'Register',
  'events.register.required': 'required',
  'events.register.errorSummary': 'Check the marked field.',
  'events.register.failed': 'Registration failed. Try again later.',
  'events.register.doneTitle': 'Almost there',
  'footer.privacy': 'Privacy',
  'privacy.title': 'Privacy',
  'privacy.intro':
    'The Regional Council of Lapland processes the personal data of three groups of people through this site. Each has its own privacy notice (Article 13 of the EU General Data Protection Regulation).',
  'privacy.noticeTitle': 'Privacy notice: {kind}',
  'privacy.kind.subscribers': 'newsletter subscribers',
  'privacy.kind.companies': 'contact persons of companies joining a cluster',
  'privacy.kind.registrants': 'event registrants',
  'privacy.subscribers.lead':
    'How the Regional Council of Lapland processes your data when you subscribe to the Arctic Smartness newsletter, and what rights you have.',
  'privacy.companies.lead':
    'How the Regional Council of Lapland processes your data when you ask for your company to join an Arctic Smartness cluster, and what rights you have.',
  'privacy.registrants.lead':
    'How the Regional Council of Lapland processes your data when you register for an Arctic Smartness event, and what rights you have.',
  'privacy.controller.heading': 'Controller',
  'privacy.controller.name':
    'Regional Council of Lapland (Lapin liitto), a joint municipal authority of the municipalities of Lapland',
  'privacy.controller.address': 'Address',
  'privacy.controller.email': 'Email',
  'privacy.controller.dpo':
    'You can reach the council’s data protection officer at the same address: write “Data protection officer” in the subject line.',
  'privacy.purpose.heading': 'Purpose and legal basis',
  'privacy.subscribers.purpose':
    'We send you the Arctic Smartness newsletter in the language and about the clusters you chose, and keep proof of your consent.',
  'privacy.subscribers.basis':
    'Legal basis: your consent (GDPR Article 6(1)(a)), which you confirm through the link we email you.',
  'privacy.companies.purpose':
    'We handle your company’s request to join the clusters it chose: the clusters’ coordinators contact you and record how the request proceeds.',
  'privacy.companies.basis':
    'Legal basis: a task carried out in the public interest (GDPR Article 6(1)(e)); developing the region’s business is a statutory task of a regional council (Act on Regional Development 756/2021). The consent you give in the form is kept with the request.',
  'privacy.registrants.purpose':
    'We run the event you registered for: we confirm your place, keep the list of participants and the waiting list, and send you messages about the event.',
  'privacy.registrants.basis':
    'Legal basis: your consent (GDPR Article 6(1)(a)), which you confirm through the link we email you.',
  'privacy.automated': 'Your data is not used for automated decisions or profiling.',
  'privacy.data.heading': 'What data we keep',
  'privacy.subscribers.data.address': 'your email address, the language and the clusters you chose',
  'privacy.subscribers.data.consent':
    'the wording and version of the consent you gave, and when you gave and confirmed it',
  'privacy.subscribers.data.deliveries':
    'which newsletters were sent to you and when, and whether a message bounced',
  'privacy.companies.data.company':
    'the company’s name, business ID, municipality, industry and need',
  'privacy.companies.data.contact': 'the contact person’s name, email address and phone number',
  'privacy.companies.data.handling':
    'the status of the request, the coordinators’ notes and who changed the status when',
  'privacy.companies.data.consent':
    'the wording and version of the consent given in the form, and when it was given',
  'privacy.registrants.data.person':
    'your name, email address and organisation, and your answers to the event’s questions',
  'privacy.registrants.data.status':
    'the status of your registration (confirmed, on the waiting list, cancelled, attended)',
  'privacy.registrants.data.consent':
    'the wording and version of the consent you gave, and when you gave and confirmed it',
  'privacy.source':
    'We get the data from you, through the form you filled in on this site or on a partner’s site.',
  'privacy.recipients.heading': 'Who processes the data',
  'privacy.recipients.staff':
    'The council’s staff who run the newsroom see the data; no one else gets it, and it is not transferred outside the EU or the EEA.',
  'privacy.companies.recipients':
    'The coordinators of the clusters you chose see your request in order to contact you.',
  'privacy.registrants.recipients':
    'The staff of the clusters organising the event see your registration on its list of participants.',
  'privacy.recipients.email':
    'Our messages to you are sent through an email delivery service, which processes your address on the council’s behalf (a processor).',
  'privacy.retention.heading': 'How long we keep the data',
  'privacy.subscribers.retention.unconfirmed':
    'A subscription that is not confirmed is deleted after {days} days.',
  'privacy.subscribers.retention.unsubscribed':
    'When you unsubscribe, your address, your consent and the record of the newsletters sent to you are deleted {days} days later.',
  'privacy.subscribers.retention.deliveries':
    'The record of each newsletter sent to you is deleted after {months} months.',
  'privacy.companies.retention':
    'A request to join is deleted {months} months after its status last changed.',
  'privacy.registrants.retention':
    'Your registration is deleted {days} days after the event ended.',
  'privacy.retention.accessLog':
    'Records of the site’s use that are tied to your address (such as request-limit counters) are deleted after {days} days.',
  'privacy.rights.heading': 'Your rights',
  'privacy.rights.intro': 'You have the right to',
  'privacy.rights.access':
    'know what data we keep about you and get a copy of it (right of access)',
  'privacy.rights.rectification': 'have wrong data corrected',
  'privacy.rights.erasure': 'have your data erased',
  'privacy.rights.restriction': 'have the processing restricted',
  'privacy.rights.withdraw':
    'withdraw your consent at any time; this does not affect the processing before it',
  'privacy.rights.objection':
    'object to the processing on grounds relating to your particular situation',
  'privacy.how.heading': 'How to use your rights',
  'privacy.subscribers.how':
    'Every newsletter has a link where you can change or cancel your subscription.',
  'privacy.companies.how':
    'Reply to the message you received from the cluster’s coordinator, or write to the address below.',
  'privacy.registrants.how':
    'The messages about your registration have a link where you can cancel it.',
  'privacy.how.contact':
    'Send any other request to the council by email. We answer within a month.',
  'privacy.complaint.heading': 'Complaint to the supervisory authority',
  'privacy.complaint.text':
    'If you think that the processing of your data breaks data protection law, you can lodge a complaint with the Data Protection Ombudsman.',
  'privacy.complaint.name': 'Office of the Data Protection Ombudsman',
  'privacy.complaint.website': 'Website',
  'privacy.updated': 'This notice was last updated on {date}.',
  'privacy.formLink.subscribers':
    'How we process your data: the privacy notice for newsletter subscribers',
  'privacy.formLink.companies':
    'How we process your data: the privacy notice for companies’ contact persons',
  'privacy.formLink.registrants':
    'How we process your data: the privacy notice for event registrants',
} as const

export type SiteMessageKey = keyof typeof en
export type SiteMessages = Record<SiteMessageKey, string>
