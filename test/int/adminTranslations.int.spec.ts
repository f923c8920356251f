import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { initI18n } from '@payloadcms/translations'
import { describe, expect, it } from 'vitest'

import { translate, type MessageKey } from '@/i18n'
import { adminI18n } from '@/i18n/admin'
import { en } from '@/i18n/en'
import { locales } from '@/i18n/locales'
import { placeholder } from '@/i18n/translator'

const componentsDir = path.join(import.meta.dirname, '../../src/components')

/** Every `newsroom:` key written out in an admin component's source. */
function keysInComponents(): string[] {
  const files = readdirSync(componentsDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    /\.tsx?$/.test(file),
  )
  const source = files.map((file) => readFileSync(path.join(componentsDir, file), 'utf8')).join()
  return [...new Set([...source.matchAll(/'newsroom:([\w.]+)'/g)].map((match) => match[1]!))]
}

describe('our texts in the admin', () => {
  it('reach Payload’s t in every admin language, with their placeholders filled', async () => {
    const used = keysInComponents()
    expect(used).toContain('panel.failed')
    expect(used).toContain('translation.startFromSource')
    for (const language of locales) {
      // Payload's language codes lack `fi` (src/i18n/admin/index.ts): the same cast as there.
      const i18n = await initI18n({
        config: adminI18n as Parameters<typeof initI18n>[0]['config'],
        context: 'client',
        language: language as 'en',
      })
      for (const key of used as MessageKey[]) {
        const names = [...en[key].matchAll(placeholder)].map((match) => match[1]!)
        const values = Object.fromEntries(names.map((name) => [name, `<${name}>`]))
        const shown = i18n.t(`newsroom:${key}` as never, values)
        expect(shown, `${language} ${key}`).toBe(translate(language, key, values))
      }
      // Payload's own texts are still there beside ours.
      expect(i18n.t('general:save')).not.toBe('general:save')
    }
  })
})
