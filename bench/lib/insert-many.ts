import type pg from "pg";

export type Row = readonly unknown[];

// PostgreSQL allows 65 535 bind parameters per statement.
const MAX_PARAMS = 60_000;

/** INSERT … VALUES ($1,…),(…) in as few statements as the parameter limit allows. */
export async function insertMany(client: pg.ClientBase, table: string, columns: readonly string[], rows: readonly Row[]): Promise<void> {
  const cols = columns.map((c) => `"${c}"`).join(", ");
  const batch = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  for (let i = 0; i < rows.length; i += batch) {
    const chunk = rows.slice(i, i + batch);
    const params: unknown[] = [];
    const values = chunk.map((row) => `(${row.map((v) => (params.push(v), `$${params.length}`)).join(", ")})`);
    await client.query(`INSERT INTO "${table}" (${cols}) VALUES ${values.join(", ")}`, params);
  }
}
