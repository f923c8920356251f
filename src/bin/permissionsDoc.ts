/** `npm run docs:permissions`: rewrites the README's summary and docs/access.md from the table. */
import { readFile, writeFile } from 'node:fs/promises'

import { format, resolveConfig } from 'prettier'

import { generatedSections, withSection } from '@/access/permissionsDoc'

for (const [file, render] of Object.entries(generatedSections)) {
  const text = await readFile(file, 'utf8')
  const options = { ...(await resolveConfig(file)), filepath: file }
  await writeFile(file, await format(withSection(text, render(), file), options))
}
