/** `npm run docs:permissions`: rewrites the README's "Who may do what" from the permission table. */
import { readFile, writeFile } from 'node:fs/promises'

import { format, resolveConfig } from 'prettier'

import { withPermissions } from '../access/permissionsDoc'

const file = 'README.md'
const readme = await readFile(file, 'utf8')
const options = { ...(await resolveConfig(file)), filepath: file }
await writeFile(file, await format(withPermissions(readme), options))
