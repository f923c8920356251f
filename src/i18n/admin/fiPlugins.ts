// Finnish for the admin texts that plugins bring (plugin-seo, the Lexical editor): neither ships
// Finnish. Keys follow their English files; the completeness test compares them.

export const fiPluginTranslations = {
  'plugin-seo': {
    almostThere: 'Melkein valmis',
    autoGenerate: 'Luo automaattisesti',
    bestPractices: 'hyvät käytännöt',
    characterCount: '{{current}}/{{minLength}}–{{maxLength}} merkkiä, ',
    charactersLeftOver: '{{characters}} jäljellä',
    charactersToGo: '{{characters}} puuttuu',
    charactersTooMany: '{{characters}} liikaa',
    checksPassing: '{{current}}/{{max}} tarkistusta kunnossa',
    good: 'Hyvä',
    imageAutoGenerationTip: 'Automaattinen luonti hakee valitun pääkuvan.',
    lengthTipDescription:
      'Pituudeksi sopii {{minLength}}–{{maxLength}} merkkiä. Ohjeita hyvän metakuvauksen kirjoittamiseen: ',
    lengthTipTitle:
      'Pituudeksi sopii {{minLength}}–{{maxLength}} merkkiä. Ohjeita hyvän metaotsikon kirjoittamiseen: ',
    missing: 'Puuttuu',
    noImage: 'Ei kuvaa',
    preview: 'Esikatselu',
    previewDescription: 'Hakutuloksen tarkka ulkoasu voi vaihdella sisällön ja hakusanojen mukaan.',
    tooLong: 'Liian pitkä',
    tooShort: 'Liian lyhyt',
  },
  lexical: {
    general: {
      placeholder: 'Aloita kirjoittaminen tai paina / nähdäksesi komennot...',
      slashMenuBasicGroupLabel: 'Perus',
      slashMenuListGroupLabel: 'Luettelot',
      toolbarItemsActive: '{{count}} käytössä',
    },
    align: {
      alignCenterLabel: 'Keskitä',
      alignJustifyLabel: 'Tasaa molemmat reunat',
      alignLeftLabel: 'Tasaa vasemmalle',
      alignRightLabel: 'Tasaa oikealle',
    },
    blockquote: { label: 'Lainaus' },
    blocks: {
      inlineBlocks: {
        create: 'Luo {{label}}',
        edit: 'Muokkaa: {{label}}',
        label: 'Tekstinsisäiset lohkot',
        remove: 'Poista {{label}}',
      },
      label: 'Lohkot',
    },
    checklist: { label: 'Tehtävälista' },
    heading: { label: 'Otsikko {{headingLevel}}' },
    horizontalRule: { label: 'Vaakaviiva' },
    indent: { decreaseLabel: 'Vähennä sisennystä', increaseLabel: 'Lisää sisennystä' },
    link: { label: 'Linkki', loadingWithEllipsis: 'Ladataan...' },
    orderedList: { label: 'Numeroitu luettelo' },
    paragraph: { label: 'Kappale', label2: 'Leipäteksti' },
    relationship: { label: 'Viittaus' },
    textState: { defaultStyle: 'Oletustyyli' },
    unorderedList: { label: 'Luettelo' },
    upload: { label: 'Tiedosto' },
  },
}
