import pg from 'pg'

/**
 * Copies every news item `copies` times in SQL, as Payload would have written each copy: the
 * item, its languages (slugs made unique with the copy's number), its relations (clusters,
 * experts, ...), its external links, and its rows in the search index. Publishing through
 * Payload runs at about 12 items/s here: 100,000 would take hours. Versions are not copied:
 * no published read looks at them. Each copy is published a minute per copy earlier than its
 * source, so copies mix with the originals in every date order.
 */
export async function copyNews(databaseUri: string, copies: number): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUri })
  await client.connect()
  try {
    await client.query('BEGIN')
    // The search triggers would refresh each item once per row written: filled in one pass below.
    await client.query(`SET LOCAL session_replication_role = replica`)
    await client.query(
      `
      CREATE TEMP TABLE copies ON COMMIT DROP AS
        SELECT n.id AS source, g AS copy, nextval(pg_get_serial_sequence('news', 'id'))::int AS id
        FROM news n CROSS JOIN generate_series(1, $1::int) g`,
      [copies],
    )
    const shifted = (column: string) => `s.${column} - c.copy * interval '1 minute'`
    await copyRows(client, 'news', 'id', { id: 'c.id', published_at: shifted('published_at') })
    await copyRows(client, 'news_locales', '_parent_id', {
      id: undefined,
      _parent_id: 'c.id',
      slug: `s.slug || '-' || c.copy`,
    })
    await copyRows(client, 'news_rels', 'parent_id', { id: undefined, parent_id: 'c.id' })
    await copyRows(client, 'news_external_links', '_parent_id', {
      id: `s.id || '-' || c.copy`,
      _parent_id: 'c.id',
    })
    // The stems are the sources' own: search.words already holds them.
    await client.query(`
      INSERT INTO search.entries (collection, doc_id, locale, title, body, slug, published_at, clusters)
      SELECT 'news', c.id, s.locale, s.title, s.body, s.slug || '-' || c.copy,
        ${shifted('published_at')}, s.clusters
      FROM copies c JOIN search.entries s ON s.collection = 'news' AND s.doc_id = c.source`)
    const { rows } = await client.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM copies',
    )
    await client.query('COMMIT')
    await client.query('ANALYZE')
    return rows[0]!.count
  } catch (error) {
    await client.query('ROLLBACK')
    throw error
  } finally {
    await client.end()
  }
}

/**
 * INSERT … SELECT of every row of `table` that belongs to a source item, once per copy, each
 * column as it was unless `overrides` gives an expression (undefined: the column's default).
 */
async function copyRows(
  client: pg.Client,
  table: string,
  parentColumn: string,
  overrides: Record<string, string | undefined>,
) {
  const { rows } = await client.query<{ name: string }>(
    `SELECT column_name AS name FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER'
     ORDER BY ordinal_position`,
    [table],
  )
  const columns = rows
    .map(({ name }) => name)
    .filter((name) => !(name in overrides && overrides[name] === undefined))
  const values = columns.map((name) => overrides[name] ?? `s."${name}"`)
  await client.query(`
    INSERT INTO "${table}" (${columns.map((name) => `"${name}"`).join(', ')})
    SELECT ${values.join(', ')} FROM copies c JOIN "${table}" s ON s."${parentColumn}" = c.source`)
}
