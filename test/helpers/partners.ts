import type { Payload } from 'payload'

import type { Partner } from '@/payload-types'

import { rest } from './api'

export const keyHeader = (key: string) => ({ Authorization: `partners API-Key ${key}` })

/** A partner made by an admin over REST, with a key issued the way the admin UI does it. */
export async function createPartner(
  payload: Payload,
  adminToken: string,
  data: Partial<Partner> = {},
): Promise<{ partner: Partner; key: string }> {
  const created = await rest('partners', {
    method: 'POST',
    token: adminToken,
    body: { name: `Partner ${Date.now()}`, ...data },
  })
  if (created.status !== 201) throw new Error(`partner not created: ${await created.text()}`)
  const { doc } = (await created.json()) as { doc: Partner }
  const key = await rotateKey(adminToken, doc.id)
  return { partner: doc, key }
}

export async function rotateKey(adminToken: string, id: number, graceHours?: number) {
  const response = await rest(`partners/${id}/rotate-key`, {
    method: 'POST',
    token: adminToken,
    body: graceHours === undefined ? {} : { graceHours },
  })
  const { key } = (await response.json()) as { key: string }
  return key
}
