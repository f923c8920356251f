'use client'

import { useActionState, useEffect, useRef, type ReactNode } from 'react'

import { initialJoinState, joinFields, type JoinField, type JoinState } from '@/site/joinState'

import { PrivacyNoticeLink, type PrivacyNoticeLinkProps } from './PrivacyNoticeLink'

export type JoinTexts = {
  title: string
  intro: string
  company: string
  companyName: string
  businessId: string
  businessIdHelp: string
  municipality: string
  municipalityChoose: string
  industry: string
  industryHelp: string
  clusters: string
  clustersHelp: string
  /** "Not sure, help me choose": a choice of its own, answered by the newsroom's editors. */
  helpChoosing: string
  helpChoosingDescription: string
  /** The way to the matcher, under the clusters. */
  helpChoose: string
  need: string
  needHelp: string
  contact: string
  contactName: string
  email: string
  phone: string
  phoneHelp: string
  consent: string
  consentText: string
  required: string
  honeypot: string
  submit: string
  doneTitle: string
  doneNext: string
  doneLink: string
}

type Props = {
  /** The privacy notice of those who fill this form in, linked under the consent. */
  privacyNotice: PrivacyNoticeLinkProps
  action: (state: JoinState, form: FormData) => Promise<JoinState>
  /** The join page: the form posts there without JavaScript, and it shows the answer. */
  permalink: string
  texts: JoinTexts
  /** Each with its one-line description, so a company can tell them apart. */
  clusters: { slug: string; name: string; description?: string | null; lang?: string }[]
  /** The "Which cluster is for me?" page. */
  helpChooseHref: string
  municipalities: { code: string; name: string }[]
  /** Clusters ticked at first (`?cluster=`). */
  checked: string[]
  /** The news item the reader came from (`?news=`), sent along in a hidden field. */
  news: string
  /** Where the answer sends the reader on: the clusters. */
  doneHref: string
  /** The name of POST /api/join's honeypot field. */
  honeypot: string
}

const inputId = (field: JoinField) => `join-${field}`
const errorId = (field: JoinField) => `join-${field}-error`
const helpId = (field: JoinField) => `join-${field}-help`

/**
 * The join form: a plain HTML form posted to a server action, so it works without
 * JavaScript (the browser posts to `permalink`, which renders the answer). With JavaScript
 * the answer replaces the form in place and focus moves to it.
 */
export function JoinForm({
  action,
  permalink,
  texts,
  clusters,
  helpChooseHref,
  municipalities,
  checked,
  news,
  doneHref,
  honeypot,
  privacyNotice,
}: Props) {
  const [state, formAction, pending] = useActionState(action, initialJoinState, permalink)
  const answer = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (state.status !== 'idle') answer.current?.focus()
  }, [state])

  if (state.status === 'done') {
    return (
      <div className="join-done" role="status" tabIndex={-1} ref={answer}>
        <h1>{texts.doneTitle}</h1>
        <p className="lead">{state.message}</p>
        <p>{texts.doneNext}</p>
        <p>
          <a href={doneHref}>{texts.doneLink}</a>
        </p>
      </div>
    )
  }

  const values = state.values
  const newsId = values ? values.news : news
  const errors = state.status === 'error' ? (state.errors ?? {}) : {}
  const failed = (Object.keys(errors) as JoinField[]).length > 0
  const firstCluster = clusters[0]?.slug
  const target = (field: JoinField) =>
    field === 'clusters' && firstCluster ? `join-cluster-${firstCluster}` : inputId(field)
  const describedBy = (field: JoinField, help = false) =>
    [help && helpId(field), errors[field] && errorId(field)].filter(Boolean).join(' ') || undefined
  const invalid = (field: JoinField) => (errors[field] ? { 'aria-invalid': true as const } : {})
  const fieldError = (field: JoinField) =>
    errors[field] ? (
      <p className="field-error" id={errorId(field)}>
        {errors[field]}
      </p>
    ) : null
  const required = <span className="required">({texts.required})</span>
  const help = (field: JoinField, text: string) => (
    <p className="help" id={helpId(field)}>
      {text}
    </p>
  )
  const label = (field: JoinField, text: string, isRequired: boolean): ReactNode => (
    <label htmlFor={inputId(field)}>
      {text} {isRequired ? required : null}
    </label>
  )

  return (
    <>
      <h1>{texts.title}</h1>
      <p className="lead">{texts.intro}</p>
      {state.status === 'error' ? (
        <div className="form-error" role="alert" tabIndex={-1} ref={answer}>
          <p>{state.message}</p>
          {failed ? (
            <ul>
              {joinFields
                .filter((field) => errors[field])
                .map((field) => (
                  <li key={field}>
                    <a href={`#${target(field)}`}>{errors[field]}</a>
                  </li>
                ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <form action={formAction} className="join-form">
        <fieldset>
          <legend>{texts.company}</legend>
          <div className="field">
            {label('company', texts.companyName, true)}
            {fieldError('company')}
            <input
              id={inputId('company')}
              name="company"
              type="text"
              autoComplete="organization"
              required
              maxLength={200}
              defaultValue={values?.company}
              aria-describedby={describedBy('company')}
              {...invalid('company')}
            />
          </div>
          <div className="field">
            {label('businessId', texts.businessId, true)}
            {help('businessId', texts.businessIdHelp)}
            {fieldError('businessId')}
            <input
              id={inputId('businessId')}
              name="businessId"
              type="text"
              autoComplete="off"
              spellCheck={false}
              required
              maxLength={20}
              className="short"
              defaultValue={values?.businessId}
              aria-describedby={describedBy('businessId', true)}
              {...invalid('businessId')}
            />
          </div>
          <div className="field">
            {label('municipality', texts.municipality, true)}
            {fieldError('municipality')}
            {/* React resets the form after the action, to each field's default; a select's
                default follows only from its first render, so a new one starts a new select. */}
            <select
              key={values?.municipality ?? ''}
              id={inputId('municipality')}
              name="municipality"
              required
              defaultValue={values?.municipality ?? ''}
              aria-describedby={describedBy('municipality')}
              {...invalid('municipality')}
            >
              <option value="">{texts.municipalityChoose}</option>
              {municipalities.map((municipality) => (
                <option key={municipality.code} value={municipality.code}>
                  {municipality.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            {label('industry', texts.industry, false)}
            {help('industry', texts.industryHelp)}
            {fieldError('industry')}
            <input
              id={inputId('industry')}
              name="industry"
              type="text"
              autoComplete="off"
              spellCheck={false}
              maxLength={12}
              className="short"
              defaultValue={values?.industry}
              aria-describedby={describedBy('industry', true)}
              {...invalid('industry')}
            />
          </div>
        </fieldset>
        <fieldset aria-describedby={describedBy('clusters', true)}>
          <legend>
            {texts.clusters} {required}
          </legend>
          {help('clusters', texts.clustersHelp)}
          {fieldError('clusters')}
          {clusters.map((cluster) => (
            <div className="choice" key={cluster.slug}>
              <input
                id={`join-cluster-${cluster.slug}`}
                type="checkbox"
                name="clusters"
                value={cluster.slug}
                defaultChecked={(values?.clusters ?? checked).includes(cluster.slug)}
                aria-describedby={
                  cluster.description ? `join-cluster-${cluster.slug}-description` : undefined
                }
                {...invalid('clusters')}
              />
              <div lang={cluster.lang}>
                <label htmlFor={`join-cluster-${cluster.slug}`}>{cluster.name}</label>
                {cluster.description ? (
                  <span
                    className="choice__description"
                    id={`join-cluster-${cluster.slug}-description`}
                  >
                    {cluster.description}
                  </span>
                ) : null}
              </div>
            </div>
          ))}
          <div className="choice">
            <input
              id="join-helpChoosing"
              type="checkbox"
              name="helpChoosing"
              value="yes"
              defaultChecked={values?.helpChoosing}
              aria-describedby="join-helpChoosing-description"
              {...invalid('clusters')}
            />
            <div>
              <label htmlFor="join-helpChoosing">{texts.helpChoosing}</label>
              <span className="choice__description" id="join-helpChoosing-description">
                {texts.helpChoosingDescription}
              </span>
            </div>
          </div>
          <p className="help-choose">
            <a href={helpChooseHref}>{texts.helpChoose}</a>
          </p>
        </fieldset>
        <div className="field">
          {label('need', texts.need, false)}
          {help('need', texts.needHelp)}
          {fieldError('need')}
          <textarea
            id={inputId('need')}
            name="need"
            rows={6}
            maxLength={2000}
            defaultValue={values?.need}
            aria-describedby={describedBy('need', true)}
            {...invalid('need')}
          />
        </div>
        <fieldset>
          <legend>{texts.contact}</legend>
          <div className="field">
            {label('contactName', texts.contactName, true)}
            {fieldError('contactName')}
            <input
              id={inputId('contactName')}
              name="contactName"
              type="text"
              autoComplete="name"
              required
              maxLength={120}
              defaultValue={values?.contactName}
              aria-describedby={describedBy('contactName')}
              {...invalid('contactName')}
            />
          </div>
          <div className="field">
            {label('email', texts.email, true)}
            {fieldError('email')}
            <input
              id={inputId('email')}
              name="email"
              type="email"
              autoComplete="email"
              required
              maxLength={254}
              defaultValue={values?.email}
              aria-describedby={describedBy('email')}
              {...invalid('email')}
            />
          </div>
          <div className="field">
            {label('phone', texts.phone, false)}
            {help('phone', texts.phoneHelp)}
            {fieldError('phone')}
            <input
              id={inputId('phone')}
              name="phone"
              type="tel"
              autoComplete="tel"
              maxLength={30}
              defaultValue={values?.phone}
              aria-describedby={describedBy('phone', true)}
              {...invalid('phone')}
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>{texts.consent}</legend>
          {fieldError('consent')}
          <div className="choice">
            <input
              id={inputId('consent')}
              type="checkbox"
              name="consent"
              value="yes"
              required
              defaultChecked={values?.consent}
              aria-describedby={describedBy('consent')}
              {...invalid('consent')}
            />
            <label htmlFor={inputId('consent')}>
              {texts.consentText} {required}
            </label>
          </div>
          <PrivacyNoticeLink {...privacyNotice} />
        </fieldset>
        {/* The honeypot of POST /api/join: hidden from people and assistive technology, skipped by the keyboard. */}
        <div className="visually-hidden" aria-hidden="true">
          <label htmlFor="join-website">{texts.honeypot}</label>
          <input
            id="join-website"
            name={honeypot}
            type="text"
            tabIndex={-1}
            autoComplete="off"
            defaultValue=""
          />
        </div>
        {newsId ? <input type="hidden" name="news" value={newsId} /> : null}
        <button type="submit" disabled={pending}>
          {texts.submit}
        </button>
      </form>
    </>
  )
}
