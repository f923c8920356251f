import type { Messages } from './en'

export const fi: Messages = {
  'group.content': 'Sisältö',
  'group.people': 'Ihmiset',
  'group.admin': 'Ylläpito',

  'field.title': 'Otsikko',
  'field.slug': 'Osoitetunnus',
  'field.name': 'Nimi',
  'field.email': 'Sähköposti',
  'field.phone': 'Puhelin',
  'field.organisation': 'Organisaatio',
  'field.clusters': 'Klusterit',
  'field.url': 'Osoite (URL)',
  'field.label': 'Linkin teksti',

  'news.singular': 'Uutinen',
  'news.plural': 'Uutiset',
  'news.summary': 'Ingressi',
  'news.summary.help':
    'Yksi tai kaksi virkettä, jotka näkyvät listoissa, syötteissä ja uutiskirjeissä.',
  'news.body': 'Leipäteksti',
  'news.heroImage': 'Pääkuva',
  'news.byline': 'Kirjoittaja',
  'news.byline.help': 'Kuka tekstin kirjoitti, sellaisena kuin se näytetään lukijoille.',
  'news.experts': 'Asiantuntijat',
  'news.contacts': 'Lisätietoa',
  'news.contacts.help': 'Näytetään uutisen alla otsikolla ”Lisätietoa”.',
  'news.externalLinks': 'Ulkoiset linkit',
  'news.externalLinks.help': 'Esimerkiksi tapahtuman tallenne tai raportti.',
  'news.publishedAt': 'Julkaistu',
  'news.publishedAt.help': 'Asetetaan ensimmäisellä julkaisukerralla, jos kenttä on tyhjä.',

  'clusters.singular': 'Klusteri',
  'clusters.plural': 'Klusterit',
  'clusters.shortDescription': 'Lyhyt kuvaus',
  'clusters.description': 'Kuvaus',
  'clusters.focusAreas': 'Painopisteet',
  'clusters.hostOrganisations': 'Vastuuorganisaatiot',
  'clusters.website': 'Verkkosivusto',
  'clusters.logo': 'Logo',
  'clusters.coordinator': 'Koordinaattori',
  'clusters.contacts': 'Yhteyshenkilöt',
  'clusters.displayOrder': 'Järjestys',
  'clusters.displayOrder.help': 'Pienemmät numerot näytetään ensin.',

  'experts.singular': 'Asiantuntija',
  'experts.plural': 'Asiantuntijat',
  'experts.title': 'Nimike tai rooli',
  'experts.expertiseAreas': 'Osaamisalueet',
  'experts.bio': 'Lyhyt esittely',
  'experts.photo': 'Kuva',
  'experts.languages': 'Puhutut kielet',

  'contacts.singular': 'Yhteystieto',
  'contacts.plural': 'Yhteystiedot',
  'contacts.kind': 'Tyyppi',
  'contacts.kind.person': 'Henkilö',
  'contacts.kind.office': 'Toimisto',
  'contacts.role': 'Rooli',
  'contacts.expert': 'Asiantuntijaprofiili',

  'media.singular': 'Mediatiedosto',
  'media.plural': 'Media',
  'media.alt': 'Vaihtoehtoinen teksti',
  'media.alt.help': 'Kuvaile kuva lukijoille, jotka eivät näe sitä.',
  'media.caption': 'Kuvateksti',
  'media.credit': 'Kuvaaja tai lähde',

  'users.singular': 'Käyttäjä',
  'users.plural': 'Käyttäjät',
  'users.roles': 'Roolit',
  'users.role.admin': 'Pääkäyttäjä',
  'users.role.editor': 'Toimittaja',

  'language.fi': 'suomi',
  'language.sv': 'ruotsi',
  'language.en': 'englanti',
  'language.se': 'pohjoissaame',
  'language.no': 'norja',
  'language.de': 'saksa',
  'language.fr': 'ranska',
  'language.ru': 'venäjä',

  'validation.url': 'Anna osoite, joka alkaa https:// tai http://',
  'validation.slug': 'Käytä pieniä kirjaimia a–z, numeroita ja yksittäisiä yhdysmerkkejä.',
  'validation.phone':
    'Anna puhelinnumero numeroina, välilyönteinä ja valinnaisella +-merkillä alussa',

  'api.unknownLocale': 'Tuntematon kieli "{value}". Käytä jotakin näistä: {allowed}.',
  'api.unknownFallbackLocale':
    'Tuntematon fallback-locale "{value}". Käytä jotakin näistä: {allowed}.',
  'api.badDepth': 'depth-arvon on oltava kokonaisluku väliltä 0–{max}.',
  'api.badLimit':
    'limit-arvon on oltava kokonaisluku väliltä 1–{max}; kaikkia dokumentteja ei palauteta kerralla.',
  'api.badWhere':
    'where-ehdon on oltava JSON-objekti tai hakasulkumuotoinen (where[kenttä][operaattori]=arvo).',
  'api.badValue':
    'Pyynnön arvo ei sovi kenttäänsä (esimerkiksi tekstiä, kun odotetaan numeroa, tunnistetta tai päivämäärää).',
  'api.unsupportedOperator':
    'where-operaattori "{value}" toimii vain karttapisteille, eikä niitä ole täällä.',
  'api.malformedJson': 'Pyynnön runko ei ole kelvollista JSONia.',
  'api.bodyTooLarge': 'Pyynnön runko on suurempi kuin {max} tavua.',
}
