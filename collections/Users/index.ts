import type { CollectionConfig } from 'payload'

import { roles } from '@/access/roles'
import { label } from '@/i18n'

import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { requireLongPasswords } from './hooks/requireLongPasswords'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: { singular: label('users.singular'), plural: label('users.plural') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles'],
    group: label('group.admin'),
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
  },
  hooks: { beforeOperation: [requireLongPasswords], beforeChange: [firstUserIsAdmin] },
  fields: [
    { name: 'name', type: 'text', label: label('field.name'), required: true },
    {
      name: 'roles',
      type: 'select',
      label: label('users.roles'),
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: roles.map((role) => ({ value: role, label: label(`users.role.${role}`) })),
    },
    {
      name: 'clusters',
      type: 'relationship',
      relationTo: 'clusters',
      hasMany: true,
      label: label('field.clusters'),
      admin: { description: label('users.clusters.help') },
    },
  ],
}
