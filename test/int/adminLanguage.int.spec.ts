import { initI18n } from '@payloadcms/translations'
import type { Field, SanitizedConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import config from '@payload-config'

/**
 * The admin speaks each of our languages completely: every text Payload, its plugins (SEO,
 * Lexical) and we give it exists in Finnish and Swedish, and every field, array row and
 * collection the admin shows has a label in each language instead of one Payload makes up from
 * its name in English ("Lisää Note"). The browser walk (test/e2e/adminLanguage.e2e.spec.ts)
 * looks at the pages themselves.
 */
const sanitized: SanitizedConfig = await config
const languages = ['fi', 'sv'] as const

type Tree = { [key: string]: string | Tree }

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    key === '$schema'
      ? []
      : typeof value === 'string'
        ? [[`${prefix}${key}`, value] as [string, string]]
        : leaves(value, `${prefix}${key}:`),
  )
}

const translationsOf = async (language: string) =>
  (
    await initI18n({
      config: sanitized.i18n as Parameters<typeof initI18n>[0]['config'],
      context: 'client',
      language: language as 'en',
    })
  ).translations as unknown as Tree

/** A label as the admin may show it: each language's own words, or Payload's `t`. */
function missingLanguages(value: unknown): string[] {
  if (value === false || typeof value === 'function') return []
  if (!value || typeof value !== 'object') return ['fi', 'sv', 'en']
  const texts = value as Record<string, unknown>
  return ['fi', 'sv', 'en'].filter((code) => typeof texts[code] !== 'string' || !texts[code])
}

/** Fields the admin shows, with where they are, each with what its label lacks. */
function unlabelled(fields: Field[], where: string): string[] {
  return fields.flatMap((field) => {
    const name = 'name' in field ? field.name : field.type
    const path = `${where}.${name}`
    const admin = (field.admin ?? {}) as { hidden?: boolean; disabled?: boolean }
    if (('hidden' in field && field.hidden) || admin.hidden || admin.disabled) return []
    const found: string[] = []
    // Payload's own (id, timestamps, _status) come labelled by its translations.
    const payloadOwn = ['id', 'createdAt', 'updatedAt', '_status'].includes(name)
    if ('name' in field && field.type !== 'ui' && !payloadOwn) {
      const lacks = missingLanguages((field as { label?: unknown }).label)
      if (lacks.length) found.push(`${path} (label: ${lacks.join(', ')})`)
    }
    if (field.type === 'select' || field.type === 'radio') {
      for (const option of field.options) {
        const value = typeof option === 'string' ? option : option.value
        const lacks = missingLanguages(typeof option === 'string' ? undefined : option.label)
        if (lacks.length) found.push(`${path} option ${value} (${lacks.join(', ')})`)
      }
    }
    if (field.type === 'array' || field.type === 'blocks') {
      const labels = (field as { labels?: { singular?: unknown; plural?: unknown } }).labels
      for (const kind of ['singular', 'plural'] as const) {
        const lacks = missingLanguages(labels?.[kind])
        if (lacks.length) found.push(`${path} (labels.${kind}: ${lacks.join(', ')})`)
      }
    }
    if ('fields' in field && Array.isArray(field.fields)) {
      found.push(...unlabelled(field.fields, path))
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) found.push(...unlabelled(tab.fields, `${path}.${tab.label}`))
    }
    return found
  })
}

describe('the admin in Finnish and Swedish', () => {
  it('has every text of Payload, its plugins and ours in each language', async () => {
    const english = leaves(await translationsOf('en'))
    // The plugins' own namespaces are there to be checked.
    const keys = english.map(([key]) => key)
    expect(keys).toContain('plugin-seo:checksPassing')
    expect(keys).toContain('lexical:general:placeholder')
    expect(keys).toContain('lexical:link:label')
    for (const language of languages) {
      const own = new Map(leaves(await translationsOf(language)))
      const missing = english.filter(([key]) => !own.get(key)).map(([key]) => key)
      expect(missing, `${language}: texts with no translation`).toEqual([])
    }
  })

  it('labels every collection, field and array row in each language', () => {
    const found = sanitized.collections
      .filter((collection) => !collection.slug.startsWith('payload-'))
      .flatMap((collection) => {
        const lacks = ['singular', 'plural'].flatMap((kind) =>
          missingLanguages(collection.labels[kind as 'singular']).length
            ? [`${collection.slug} (labels.${kind})`]
            : [],
        )
        return [...lacks, ...unlabelled(collection.fields, collection.slug)]
      })
    expect(found).toEqual([])
  })

  it('names the council, not Payload, in the title and the settings heading', async () => {
    expect(sanitized.admin.meta.titleSuffix).toContain('Arctic Smartness')
    expect(sanitized.admin.avatar).toBe('default')
    for (const language of [...languages, 'en']) {
      const texts = new Map(leaves(await translationsOf(language)))
      expect(texts.get('general:payloadSettings'), language).not.toMatch(/payload/i)
    }
  })
})
