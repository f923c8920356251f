import {
  actors,
  permissions,
  rootEndpoints,
  type Actor,
  type CollectionRules,
  type EndpointRule,
  type Grants,
  type Reach,
} from './permissions'

/**
 * The README's "Who may do what" summary and docs/access.md, written from the table by
 * `npm run docs:permissions` and compared with it by a test, so they cannot drift apart.
 */
export const startMarker = '<!-- permissions:start (npm run docs:permissions writes this) -->'
export const endMarker = '<!-- permissions:end -->'

const reachWords: Record<Reach, string> = {
  all: 'all',
  published: 'published',
  ownClusters: 'own clusters',
  translations: 'sv/en only',
  self: 'own account',
}

const actionWords: Record<string, string> = {
  read: 'read',
  create: 'create',
  update: 'update',
  delete: 'delete',
  readVersions: 'versions',
  restoreVersion: 'restore a version',
  publishAllLocales: 'publish all languages',
  replaceFile: 'replace the file',
  admin: 'admin UI',
  unlock: 'unlock accounts',
}

const actions = Object.keys(actionWords) as (keyof typeof actionWords)[]

/** One cell: what an actor may do, grouped by how far it reaches. */
function cell(entries: [string, Grants | undefined][], actor: Actor, words = reachWords): string {
  const byReach = new Map<Reach, string[]>()
  for (const [name, grants] of entries) {
    const reach = grants?.[actor]
    if (reach) byReach.set(reach, [...(byReach.get(reach) ?? []), name])
  }
  if (!byReach.size) return '—'
  return [...byReach].map(([reach, names]) => `${words[reach]}: ${names.join(', ')}`).join('; ')
}

const row = (values: string[]) => `| ${values.join(' | ')} |`
const header = (first: string) => [
  row([first, ...actors]),
  row([first, ...actors].map(() => '---')),
]

function collectionRows(): string[] {
  return Object.entries(permissions as Record<string, CollectionRules>).map(([slug, rules]) => {
    const entries: [string, Grants | undefined][] = [
      ...actions
        .filter((action) => action in rules)
        .map(
          (action) =>
            [actionWords[action]!, rules[action as keyof CollectionRules] as Grants] as [
              string,
              Grants,
            ],
        ),
      ...Object.entries(rules.endpoints ?? {}).map(
        ([, endpoint]) => [door(endpoint), endpoint.who] as [string, Grants],
      ),
    ]
    // `self` where documents have an owner: the rows naming the user.
    const words = rules.owner ? { ...reachWords, self: 'own rows' } : reachWords
    return row([`\`${slug}\``, ...actors.map((actor) => cell(entries, actor, words))])
  })
}

const door = (endpoint: EndpointRule) => `${endpoint.method.toUpperCase()} \`…${endpoint.path}\``
const mark = (grants: Grants, actor: Actor) => (grants[actor] ? reachWords[grants[actor]!] : '—')

function endpointRows(): string[] {
  return Object.values(rootEndpoints as Record<string, EndpointRule>).map((endpoint) =>
    row([
      `${endpoint.method.toUpperCase()} \`/api${endpoint.path}\``,
      ...actors.map((actor) => mark(endpoint.who, actor)),
    ]),
  )
}

function fieldRows(): string[] {
  return Object.entries(permissions as Record<string, CollectionRules>).flatMap(([slug, rules]) =>
    Object.entries(rules.fields ?? {}).map(([field, rule]) =>
      row([
        `\`${slug}.${field}\``,
        ...actors.map((actor) =>
          (['read', 'create', 'update'] as const)
            .filter((operation) => rule[operation] !== undefined)
            .map((operation) => `${operation}: ${rule[operation]![actor] ? 'yes' : 'no'}`)
            .join(', '),
        ),
      ]),
    ),
  )
}

const letters: Record<string, string> = {
  read: 'R',
  create: 'C',
  update: 'U',
  delete: 'D',
  readVersions: 'V',
  restoreVersion: 'S',
  publishAllLocales: 'P',
  replaceFile: 'F',
  admin: 'A',
  unlock: 'L',
}

const shortReach: Record<Reach, string> = {
  all: '',
  published: 'published',
  ownClusters: 'own',
  translations: 'sv/en',
  self: 'self',
}

/** A compact cell: letters per reach, e.g. `RV · sv/en U` for a translator's news. */
function shortCell(rules: CollectionRules, actor: Actor): string {
  const byReach = new Map<Reach, string>()
  for (const action of actions) {
    const reach = (rules[action as keyof CollectionRules] as Grants | undefined)?.[actor]
    if (reach) byReach.set(reach, (byReach.get(reach) ?? '') + letters[action])
  }
  const parts = [...byReach].map(([reach, codes]) => `${shortReach[reach]} ${codes}`.trim())
  return parts.length ? parts.join(' · ') : '—'
}

/** The README's summary; docs/access.md holds every cell, field and endpoint. */
export function renderSummary(): string {
  const content = Object.entries(permissions as Record<string, CollectionRules>).filter(
    ([slug]) => !slug.startsWith('payload-'),
  )
  return [
    startMarker,
    '',
    ...header('collection'),
    ...content.map(([slug, rules]) =>
      row([`\`${slug}\``, ...actors.map((actor) => shortCell(rules, actor))]),
    ),
    '',
    'R read, C create, U update, D delete, V versions, S restore a version, P publish every',
    'language at once, F replace the file, A admin UI, L unlock accounts; _own_: their clusters’,',
    '_sv/en_: Swedish and English only, _self_: their own account (in the audit log: their own rows).',
    'Endpoints and fields:',
    '[docs/access.md](docs/access.md).',
    '',
    endMarker,
  ].join('\n')
}

export function renderPermissions(): string {
  return [
    startMarker,
    '',
    'Collections (REST, GraphQL and the admin alike) and their own endpoints:',
    '',
    ...header('collection'),
    ...collectionRows(),
    '',
    'Endpoints of the API root:',
    '',
    ...header('endpoint'),
    ...endpointRows(),
    '',
    'Fields whose rule differs from their document’s (an operation not named follows the document):',
    '',
    ...header('field'),
    ...fieldRows(),
    '',
    endMarker,
  ].join('\n')
}

/** A file with its marked section rewritten. */
export function withSection(text: string, section: string, file: string): string {
  const start = text.indexOf(startMarker)
  const end = text.indexOf(endMarker)
  if (start < 0 || end < start) throw new Error(`${file} has no ${startMarker} … ${endMarker}`)
  return text.slice(0, start) + section + text.slice(end + endMarker.length)
}

/** What each file's marked section holds. */
export const generatedSections = {
  'README.md': renderSummary,
  'docs/access.md': renderPermissions,
}
