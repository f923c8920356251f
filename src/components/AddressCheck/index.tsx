'use client'
import React, { useSyncExternalStore } from 'react'

import { useAdminTranslation } from '@/components/useAdminTranslation'

type Props = { children?: React.ReactNode; origins: string[] }

const unchanging = () => () => {}
const browserOrigin = () => window.location.origin
const noOrigin = () => undefined

/**
 * Above every admin view, the login page too: when this address cannot carry the login cookie
 * (it is not on Payload's `csrf` list), says so and links the one that can, instead of a login
 * that fails or saves that answer 401.
 */
export function AddressCheck({ children, origins }: Props) {
  const { t } = useAdminTranslation()
  // Undefined on the server, which does not know the address the browser used.
  const here = useSyncExternalStore(unchanging, browserOrigin, noOrigin)
  const refused = here !== undefined && origins.length > 0 && !origins.includes(here)
  const there = origins[0] ?? ''
  const target = refused
    ? `${there}${window.location.pathname}${window.location.search}`
    : undefined
  return (
    <>
      {refused && (
        <div role="alert" className="address-check">
          <p>{t('newsroom:adminAddress.refused', { here, there })}</p>
          <p>
            <a href={target}>{t('newsroom:adminAddress.open', { there })}</a>
          </p>
        </div>
      )}
      {children}
    </>
  )
}
