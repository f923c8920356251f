import type { CollectionConfig } from 'payload'

import { contactDetails } from '@/fields/contactDetails'
import { label } from '@/i18n'

export const Contacts: CollectionConfig<'contacts'> = {
  slug: 'contacts',
  labels: { singular: label('contacts.singular'), plural: label('contacts.plural') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'role', 'organisation'],
    group: label('group.people'),
  },
  defaultSort: 'name',
  fields: [
    {
      name: 'kind',
      type: 'radio',
      label: label('contacts.kind'),
      required: true,
      defaultValue: 'person',
      options: [
        { value: 'person', label: label('contacts.kind.person') },
        { value: 'office', label: label('contacts.kind.office') },
      ],
    },
    { name: 'name', type: 'text', label: label('field.name'), required: true },
    { name: 'role', type: 'text', label: label('contacts.role'), localized: true },
    ...contactDetails,
    {
      name: 'expert',
      type: 'relationship',
      relationTo: 'experts',
      label: label('contacts.expert'),
      admin: { position: 'sidebar' },
    },
  ],
}
