import type { CollectionConfig } from 'payload'

import { label } from '@/i18n'
import { retentionDescription } from '@/privacy/retentionDescription'
import { retentionRules } from '@/privacy/retentionRules'

const readOnly = { readOnly: true }

/**
 * What each daily retention run removed, rule by rule (src/privacy/applyRetention.ts). Written
 * by the job alone: nobody creates, changes or deletes a run over the API. The list's
 * description shows the periods this instance's settings give.
 */
export const RetentionRuns: CollectionConfig<'retention-runs'> = {
  slug: 'retention-runs',
  labels: { singular: label('retentionRuns.singular'), plural: label('retentionRuns.plural') },
  admin: {
    useAsTitle: 'ranAt',
    defaultColumns: ['ranAt', 'results'],
    group: label('group.admin'),
    description: retentionDescription(),
  },
  defaultSort: '-ranAt',
  fields: [
    {
      name: 'ranAt',
      type: 'date',
      required: true,
      index: true,
      label: label('retentionRuns.ranAt'),
      admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'results',
      type: 'array',
      label: label('retentionRuns.results'),
      labels: { singular: label('retentionRuns.result'), plural: label('retentionRuns.results') },
      admin: readOnly,
      fields: [
        {
          name: 'rule',
          type: 'select',
          required: true,
          label: label('retentionRuns.rule'),
          options: retentionRules.map(({ name }) => ({
            value: name,
            label: label(`retentionRuns.rule.${name}`),
          })),
        },
        { name: 'cutoff', type: 'date', required: true, label: label('retentionRuns.cutoff') },
        { name: 'count', type: 'number', required: true, label: label('retentionRuns.count') },
      ],
    },
  ],
}
