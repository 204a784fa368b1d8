// The "typical" förbund and insats every data benchmark measures: the median
// förbund by inskrivningar and its median insats, chosen the same way in each
// benchmark so their figures are about the same data.
import type pg from "pg";
import type { ScaleName } from "./scales";

export type Typiskt = {
  forbund: { id: string; slug: string; n: number }[];
  f: { id: string; slug: string; n: number };
  insatser: { id: string; n: number }[];
  insats: { id: string; n: number };
};

export async function typisktForbund(pool: pg.Pool, url: string, scale: ScaleName): Promise<Typiskt> {
  const forbund = (await pool.query<{ id: string; slug: string; n: number }>(
    `SELECT f.id, f.slug, COUNT(i.id)::int AS n FROM "Forbund" f LEFT JOIN "Inskrivning" i ON i."forbundId" = f.id WHERE f.slug LIKE 'bench-%' GROUP BY 1, 2 ORDER BY n, slug`,
  )).rows;
  if (forbund.length === 0) throw new Error(`Inga benchmarkförbund i ${url} – kör npm run bench:seed -- --scale ${scale}`);
  const f = forbund[Math.floor(forbund.length / 2)]!;
  const insatser = (await pool.query<{ id: string; n: number }>(
    `SELECT s.id, COUNT(i.id)::int AS n FROM "Insats" s LEFT JOIN "Inskrivning" i ON i."forbundId" = s."forbundId" AND i."insatsId" = s.id WHERE s."forbundId" = $1 GROUP BY 1 ORDER BY n, id`,
    [f.id],
  )).rows;
  return { forbund, f, insatser, insats: insatser[Math.floor(insatser.length / 2)]! };
}
