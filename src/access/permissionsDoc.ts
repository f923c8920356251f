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
 * The README's "Who may do what" section, written from the table by `npm run docs:permissions`
 * and compared with it by a test, so the two cannot drift apart.
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
function cell(entries: [string, Grants | undefined][], actor: Actor): string {
  const byReach = new Map<Reach, string[]>()
  for (const [name, grants] of entries) {
    const reach = grants?.[actor]
    if (reach) byReach.set(reach, [...(byReach.get(reach) ?? []), name])
  }
  if (!byReach.size) return '—'
  return [...byReach]
    .map(([reach, names]) => `${reachWords[reach]}: ${names.join(', ')}`)
    .join('; ')
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
    return row([`\`${slug}\``, ...actors.map((actor) => cell(entries, actor))])
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

/** The README with its section rewritten from the table. */
export function withPermissions(readme: string): string {
  const start = readme.indexOf(startMarker)
  const end = readme.indexOf(endMarker)
  if (start < 0 || end < start) throw new Error(`README.md has no ${startMarker} … ${endMarker}`)
  return readme.slice(0, start) + renderPermissions() + readme.slice(end + endMarker.length)
}
