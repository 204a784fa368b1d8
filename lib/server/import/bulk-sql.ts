import "server-only";
import type { Tx } from "@/lib/db";

/**
 * Multi-row INSERT and IN-lookups for the import. Why not createMany /
 * `in: [...]`: measured on this stack (Prisma 6.19 client engine + adapter-pg),
 * their cost grows with the number of bind parameters — about 0.1 ms each, so
 * 10 000 inskrivningar with their measurements took ~65 s whatever the batch
 * size. So an INSERT sends each column of a chunk as ONE text parameter (a
 * text[] literal, unnested and cast per row) and a lookup its values as one
 * jsonb parameter. Column literals instead of one jsonb array of row objects:
 * Prisma passes a parameter at about 30 MB/s (pg alone: ~150 MB/s), and
 * without the repeated key names the bytes are about halved — measured 20 %
 * less time for 50 000 inskrivningar (bench/import.ts).
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

/** Needs no quotes in an array literal: ids, dates, numbers, codes (and not the word NULL). */
const BAR = /^[A-Za-z0-9_.:+-]+$/;

/** An element of a PostgreSQL array literal: bare when safe, else quoted with `"` and `\` escaped, so commas, braces and the text NULL stay text. */
const element = (v: string) => (BAR.test(v) && !(v.length === 4 && v.toUpperCase() === "NULL") ? v : `"${v.replace(/["\\]/g, "\\$&")}"`);

/** A value as the text PostgreSQL casts to the column's type; a text[] value as its own array literal. */
function asText(v: unknown, typ: Kolumn["typ"]): string {
  if (typ === "text[]") return `{${(v as readonly string[]).map((e) => element(String(e))).join(",")}}`;
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

/** One column of a chunk as ONE text parameter: a PostgreSQL text[] literal (NULL unquoted). */
function kolumnLiteral(rows: readonly Record<string, unknown>[], k: Kolumn): string {
  const delar = new Array<string>(rows.length);
  for (let j = 0; j < rows.length; j++) {
    const v = rows[j]![k.namn];
    // A number or boolean prints as digits, sign, point, e, or a word (true, NaN, Infinity): nothing to quote.
    delar[j] = v === null || v === undefined ? "NULL" : typeof v === "number" || typeof v === "boolean" ? String(v) : element(asText(v, k.typ));
  }
  return `{${delar.join(",")}}`;
}

/** The one value every row of the chunk has in this column (förbund, insats, källa …), or undefined. */
function sammaVarde(rows: readonly Record<string, unknown>[], k: Kolumn): { v: string | null } | undefined {
  if (k.typ === "text[]") return undefined;
  const first = rows[0]![k.namn] ?? null;
  if (first !== null && typeof first !== "string" && typeof first !== "number" && typeof first !== "boolean") return undefined;
  for (let j = 1; j < rows.length; j++) if ((rows[j]![k.namn] ?? null) !== first) return undefined;
  return { v: first === null ? null : String(first) };
}

/**
 * `opts.updatedAt`: also sets "updatedAt" to the transaction's time. Ids come from the caller (tidsordnat-id.ts):
 * a random id drawn by the database would save sending 36 bytes a row but cost more in its B-tree indexes.
 */
export async function insertRows(tx: Tx, tabell: string, kolumner: Kolumn[], rows: Record<string, unknown>[], opts: { updatedAt?: boolean } = {}): Promise<void> {
  if (rows.length === 0) return;
  const namn = kolumner.map((k) => quote(k.namn));
  if (opts.updatedAt) namn.push(quote("updatedAt"));
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    // A column with one value for the whole chunk is sent once, as a scalar; the others as text[] literals, unnested
    // together. If every column is the same (one row), the first stays an array: unnest needs one for the row count.
    const params: (string | null)[] = [];
    const arrayer: string[] = [];
    const lika = kolumner.map((k) => sammaVarde(chunk, k));
    if (!lika.includes(undefined)) lika[0] = undefined;
    const select = kolumner.map((k, n) => {
      const typ = k.cast ? quote(k.cast) : k.typ;
      const samma = lika[n];
      params.push(samma ? samma.v : kolumnLiteral(chunk, k));
      if (samma) return `$${params.length}::text::${typ}`;
      arrayer.push(`$${params.length}::text[]`);
      return `r.c${params.length}::${typ}`;
    });
    if (opts.updatedAt) select.push("CURRENT_TIMESTAMP");
    const alias = kolumner.flatMap((_, n) => (arrayer.some((a) => a === `$${n + 1}::text[]`) ? [`c${n + 1}`] : []));
    const sql = `INSERT INTO ${quote(tabell)} (${namn.join(", ")}) SELECT ${select.join(", ")} FROM unnest(${arrayer.join(", ")}) AS r(${alias.join(", ")})`;
    await tx.$executeRawUnsafe(sql, ...params);
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
