import type { CollectionConfig } from 'payload'

import { label } from '@/i18n'

export const erasedKinds = ['subscriber', 'registrant', 'joinRequest', 'user'] as const
export type ErasedKind = (typeof erasedKinds)[number]

/**
 * What is left of a person after erasure (GDPR Art. 17 with Art. 5(2)): no address, only its
 * keyed hash (src/privacy/addressHash.ts) beside the consent's date and wording version and
 * the erasure date, so a later complaint about that address can be answered. Written only by
 * the erasure use-cases; administrators read it, nobody changes it through the API.
 */
export const Erasures: CollectionConfig<'erasures'> = {
  slug: 'erasures',
  labels: { singular: label('erasures.singular'), plural: label('erasures.plural') },
  admin: {
    useAsTitle: 'addressHash',
    defaultColumns: ['kind', 'erasedAt', 'consentVersion', 'consentGivenAt'],
    group: label('group.admin'),
  },
  fields: [
    {
      name: 'kind',
      type: 'select',
      label: label('erasures.kind'),
      required: true,
      options: erasedKinds.map((value) => ({ value, label: label(`erasures.kind.${value}`) })),
    },
    // The erased row's id: the person's old links answer "gone" (410) instead of "forged".
    { name: 'formerId', type: 'number', label: label('erasures.formerId'), index: true },
    { name: 'addressHash', type: 'text', label: label('erasures.addressHash'), index: true },
    { name: 'consentGivenAt', type: 'date', label: label('erasures.consentGivenAt') },
    { name: 'consentConfirmedAt', type: 'date', label: label('erasures.consentConfirmedAt') },
    { name: 'consentVersion', type: 'text', label: label('erasures.consentVersion') },
    { name: 'erasedAt', type: 'date', label: label('erasures.erasedAt'), required: true },
    {
      name: 'requestedBy',
      type: 'select',
      label: label('erasures.requestedBy'),
      required: true,
      options: [
        { value: 'self', label: label('erasures.requestedBy.self') },
        { value: 'staff', label: label('erasures.requestedBy.staff') },
      ],
    },
    // A registrant's last link secret's hash (as stored on the registration), so only the
    // genuine link learns that its registration was erased.
    { name: 'linkHash', type: 'text', hidden: true },
  ],
}
