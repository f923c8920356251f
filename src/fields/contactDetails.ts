import type { Field } from 'payload'

import { label } from '@/i18n'

import { validatePhone } from './validators'

/** Fields every person or office that readers may contact has. */
export const contactDetails: Field[] = [
  { name: 'organisation', type: 'text', label: label('field.organisation') },
  { name: 'email', type: 'email', label: label('field.email') },
  { name: 'phone', type: 'text', label: label('field.phone'), validate: validatePhone },
  {
    name: 'clusters',
    type: 'relationship',
    relationTo: 'clusters',
    hasMany: true,
    index: true,
    label: label('field.clusters'),
    admin: { position: 'sidebar' },
  },
]
