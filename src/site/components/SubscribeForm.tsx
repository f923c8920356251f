'use client'

import { useActionState, useId } from 'react'

import type { Locale } from '@/i18n/locales'
import type { SubscribeField, SubscribeState } from '@/site/subscribeState'
import { initialSubscribeState } from '@/site/subscribeState'

import { fieldErrors, LanguageChoice } from './fieldErrors'
import { PrivacyNoticeLink, type PrivacyNoticeLinkProps } from './PrivacyNoticeLink'

export type SubscribeTexts = {
  email: string
  required: string
  language: string
  clusters: string
  clustersHelp: string
  consent: string
  consentText: string
  submit: string
  errorSummary: string
  doneTitle: string
  doneNext: string
}

type Props = {
  /** The privacy notice of those who fill this form in, linked under the consent. */
  privacyNotice: PrivacyNoticeLinkProps
  action: (state: SubscribeState, form: FormData) => Promise<SubscribeState>
  /** Where the form posts without JavaScript; that page shows the answer. */
  permalink: string
  locale: Locale
  texts: SubscribeTexts
  languages: { code: Locale; name: string }[]
  clusters: { slug: string; name: string; lang?: string }[]
  /** Clusters ticked at first, e.g. the cluster whose page this is. */
  checked?: string[]
  /** The level of the form's headings (the answer's title). */
  headingLevel?: 2 | 3
}

/**
 * Newsletter subscription: a plain HTML form posted to a server action. Without JavaScript
 * the browser posts it to `permalink` and that page is rendered with the answer; with
 * JavaScript the answer replaces the form in place.
 */
export function SubscribeForm({
  action,
  permalink,
  locale,
  texts,
  languages,
  clusters,
  privacyNotice,
  checked = [],
  headingLevel = 2,
}: Props) {
  const [state, formAction, pending] = useActionState(action, initialSubscribeState, permalink)
  const id = useId()
  const Heading = `h${headingLevel}` as const

  if (state.status === 'done') {
    return (
      <div className="subscribe-done" role="status">
        <Heading>{texts.doneTitle}</Heading>
        <p>{state.message}</p>
        <p>{texts.doneNext}</p>
      </div>
    )
  }

  const values = state.values
  const { errorId, invalid, fieldError } = fieldErrors<SubscribeField>(id, state)

  return (
    <form action={formAction} className="subscribe-form">
      {state.status === 'error' ? (
        <p className="form-error" role="alert">
          {state.field ? texts.errorSummary : state.message}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-email`}>
          {texts.email} <span className="required">({texts.required})</span>
        </label>
        {fieldError('email')}
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={values?.email}
          {...invalid('email')}
        />
      </div>
      <LanguageChoice
        id={id}
        legend={texts.language}
        languages={languages}
        checked={values?.locale || locale}
        error={fieldError('locale')}
        errorId={errorId('locale')}
      />
      <fieldset
        aria-describedby={[`${id}-clusters-help`, state.field === 'clusters' && errorId('clusters')]
          .filter(Boolean)
          .join(' ')}
      >
        <legend>{texts.clusters}</legend>
        <p className="help" id={`${id}-clusters-help`}>
          {texts.clustersHelp}
        </p>
        {fieldError('clusters')}
        {clusters.map((cluster) => (
          <div className="choice" key={cluster.slug}>
            <input
              id={`${id}-cluster-${cluster.slug}`}
              type="checkbox"
              name="clusters"
              value={cluster.slug}
              defaultChecked={(values?.clusters ?? checked).includes(cluster.slug)}
            />
            <label htmlFor={`${id}-cluster-${cluster.slug}`} lang={cluster.lang}>
              {cluster.name}
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{texts.consent}</legend>
        {fieldError('consent')}
        <div className="choice">
          <input
            id={`${id}-consent`}
            type="checkbox"
            name="consent"
            value="yes"
            required
            defaultChecked={values?.consent}
            {...invalid('consent')}
          />
          <label htmlFor={`${id}-consent`}>
            {texts.consentText} <span className="required">({texts.required})</span>
          </label>
        </div>
        <PrivacyNoticeLink {...privacyNotice} />
      </fieldset>
      <button type="submit" disabled={pending}>
        {texts.submit}
      </button>
    </form>
  )
}
