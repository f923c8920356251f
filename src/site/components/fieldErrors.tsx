import type { ReactNode } from 'react'

import type { Locale } from '@/i18n/locales'

type FormState<Field> = { status: 'idle' | 'error' | 'done'; message?: string; field?: Field }

/**
 * A form's error by its field: the message under the field, and the field marked invalid and
 * described by it, so a screen reader reads the reason with the field.
 */
export function fieldErrors<Field extends string>(id: string, state: FormState<Field>) {
  const errorId = (field: Field) => `${id}-${field}-error`
  const failed = (field: Field) => state.status === 'error' && state.field === field
  return {
    errorId,
    invalid: (field: Field) =>
      failed(field) ? { 'aria-invalid': true as const, 'aria-describedby': errorId(field) } : {},
    fieldError: (field: Field) =>
      failed(field) ? (
        <p className="field-error" id={errorId(field)}>
          {state.message}
        </p>
      ) : null,
  }
}

/** The radio buttons of the reader's language, with the error about it, if any. */
export function LanguageChoice({
  id,
  legend,
  languages,
  checked,
  error,
  errorId,
}: {
  id: string
  legend: string
  languages: { code: Locale; name: string }[]
  checked: string
  error: ReactNode
  errorId: string
}) {
  return (
    <fieldset {...(error ? { 'aria-describedby': errorId } : {})}>
      <legend>{legend}</legend>
      {error}
      {languages.map((language) => (
        <div className="choice" key={language.code}>
          <input
            id={`${id}-locale-${language.code}`}
            type="radio"
            name="locale"
            value={language.code}
            defaultChecked={checked === language.code}
          />
          <label htmlFor={`${id}-locale-${language.code}`}>{language.name}</label>
        </div>
      ))}
    </fieldset>
  )
}
