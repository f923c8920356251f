import type { AppPool } from '@/platform/database/pool'

const identifier = (name: string) => `"${name.replace(/"/g, '""')}"`
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`

/**
 * Every column of text type (text, varchar, char, json, jsonb) of every table of the app's
 * schemas that holds `needle`, case-insensitively, as `table.column`: where an address is
 * still stored, found by reading the catalogue rather than a list that could forget a table.
 */
export async function columnsHolding(pool: AppPool, needle: string): Promise<string[]> {
  const { rows: columns } = await pool.query<{ schema: string; table: string; column: string }>(
    `SELECT c.table_schema AS schema, c.table_name AS table, c.column_name AS column
       FROM information_schema.columns c
       JOIN information_schema.tables t
         ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE t.table_type = 'BASE TABLE'
        AND c.table_schema NOT IN ('pg_catalog', 'information_schema')
        AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb')
      ORDER BY 1, 2, 3`,
  )
  const found: string[] = []
  for (const { schema, table, column } of columns) {
    const { rows } = await pool.query(
      `SELECT 1 FROM ${identifier(schema)}.${identifier(table)}
        WHERE ${identifier(column)}::text ILIKE $1 LIMIT 1`,
      [likePattern(needle)],
    )
    if (rows.length) found.push(`${schema === 'public' ? '' : `${schema}.`}${table}.${column}`)
  }
  return found
}
