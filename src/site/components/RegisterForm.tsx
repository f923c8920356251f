'use client'

import { useActionState, useEffect, useId, useRef } from 'react'

import type { Locale } from '@/i18n/locales'
import type { RegisterField, RegisterState } from '@/site/registerState'
import { initialRegisterState } from '@/site/registerState'

import { fieldErrors, LanguageChoice } from './fieldErrors'
import { PrivacyNoticeLink, type PrivacyNoticeLinkProps } from './PrivacyNoticeLink'

export type RegisterTexts = {
  name: string
  email: string
  organisation: string
  language: string
  consent: string
  consentText: string
  required: string
  submit: string
  errorSummary: string
  doneTitle: string
}

type Props = {
  /** The privacy notice of those who fill this form in, linked under the consent. */
  privacyNotice: PrivacyNoticeLinkProps
  action: (state: RegisterState, form: FormData) => Promise<RegisterState>
  /** Where the form posts without JavaScript; that page shows the answer. */
  permalink: string
  locale: Locale
  texts: RegisterTexts
  languages: { code: Locale; name: string }[]
}

/**
 * Registration for an event: a plain HTML form posted to a server action. Without JavaScript
 * the browser posts it to `permalink` and that page is rendered with the answer.
 */
export function RegisterForm({
  action,
  permalink,
  locale,
  texts,
  languages,
  privacyNotice,
}: Props) {
  const [state, formAction, pending] = useActionState(action, initialRegisterState, permalink)
  const id = useId()
  // The answer replaces the form or tops it: focus goes there, so a screen reader reads it.
  const answer = useRef<HTMLDivElement & HTMLParagraphElement>(null)
  useEffect(() => {
    if (state.status !== 'idle') answer.current?.focus()
  }, [state])

  if (state.status === 'done') {
    return (
      <div className="subscribe-done" role="status" tabIndex={-1} ref={answer}>
        <h3>{texts.doneTitle}</h3>
        <p>{state.message}</p>
      </div>
    )
  }

  const values = state.values
  const { errorId, invalid, fieldError } = fieldErrors<RegisterField>(id, state)
  const required = <span className="required">({texts.required})</span>

  return (
    <form action={formAction} className="subscribe-form">
      {state.status === 'error' ? (
        <p className="form-error" role="alert" tabIndex={-1} ref={answer}>
          {state.field ? texts.errorSummary : state.message}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-name`}>
          {texts.name} {required}
        </label>
        {fieldError('name')}
        <input
          id={`${id}-name`}
          name="name"
          autoComplete="name"
          required
          maxLength={200}
          defaultValue={values?.name}
          {...invalid('name')}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-email`}>
          {texts.email} {required}
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
      <div className="field">
        <label htmlFor={`${id}-organisation`}>{texts.organisation}</label>
        {fieldError('organisation')}
        <input
          id={`${id}-organisation`}
          name="organisation"
          autoComplete="organization"
          maxLength={200}
          defaultValue={values?.organisation}
          {...invalid('organisation')}
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
            {texts.consentText} {required}
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
