import "server-only";
import type { Tx } from "@/lib/db";

/**
 * Multi-row INSERT and IN-lookups for the import, each sending its rows as ONE
 * jsonb parameter. Why not createMany / `in: [...]`: measured on this stack
 * (Prisma 6.19 client engine + adapter-pg), their cost grows with the number
 * of bind parameters — about 0.1 ms each, so 10 000 inskrivningar with their
 * measurements took ~65 s whatever the batch size. With one parameter per
 * statement the same import takes a few seconds.
 *
 * Table and column names come only from the constants in this module's
 * callers, never from the file; every value travels inside the parameter.
 */

export type Kolumn = { namn: string; typ: "text" | "text[]" | "date" | "int" | "float8" | "bool"; cast?: string };

const ROWS_PER_STATEMENT = 5000;

const quote = (name: string) => {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) throw new Error(`bulk-sql: unexpected identifier ${name}`);
  return `"${name}"`;
};

export async function insertRows(tx: Tx, tabell: string, kolumner: Kolumn[], rows: Record<string, unknown>[], opts: { updatedAt?: boolean } = {}): Promise<void> {
  if (rows.length === 0) return;
  const namn = kolumner.map((k) => quote(k.namn));
  const select = kolumner.map((k) => (k.cast ? `r.${quote(k.namn)}::${quote(k.cast)}` : `r.${quote(k.namn)}`));
  if (opts.updatedAt) {
    namn.push(quote("updatedAt"));
    select.push("CURRENT_TIMESTAMP");
  }
  const definition = kolumner.map((k) => `${quote(k.namn)} ${k.typ}`).join(", ");
  const sql = `INSERT INTO ${quote(tabell)} (${namn.join(", ")}) SELECT ${select.join(", ")} FROM jsonb_to_recordset($1::jsonb) AS r(${definition})`;
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    await tx.$executeRawUnsafe(sql, JSON.stringify(rows.slice(i, i + ROWS_PER_STATEMENT)));
  }
}

/** SELECT `select` FROM tabell WHERE forbundId = … AND `kolumn` is one of `values` (plus an optional equality). */
export async function selectIn<T>(
  tx: Pick<Tx, "$queryRawUnsafe">,
  tabell: string,
  select: string[],
  forbundId: string,
  kolumn: string,
  values: readonly string[],
  extra: { kolumn: string; varde: string } | null = null,
  extraSql = "",
): Promise<T[]> {
  if (values.length === 0) return [];
  const params: unknown[] = [forbundId, JSON.stringify(values)];
  let where = `"forbundId" = $1 AND ${quote(kolumn)} IN (SELECT jsonb_array_elements_text($2::jsonb))`;
  if (extra) {
    params.push(extra.varde);
    where += ` AND ${quote(extra.kolumn)} = $3`;
  }
  return tx.$queryRawUnsafe<T[]>(`SELECT ${select.map(quote).join(", ")} FROM ${quote(tabell)} WHERE ${where}${extraSql}`, ...params);
}
