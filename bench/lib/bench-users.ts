// Users for the HTTP load test: a processledare and a vägledare (assigned to
// the first five insatser) in each of the first `antal` bench förbund, all
// with the password BENCH_PASSWORD (hashed once). Idempotent. The first insats
// of each such förbund is also made PAGAENDE with no end date, so that a
// participation registered today lies inside its period.
import type pg from "pg";
import { benchSlug } from "./national-data";

export const BENCH_PASSWORD = "bench-lösenord-1234";

export type BenchUser = { email: string; slug: string; roll: "PROCESSLEDARE" | "VAGLEDARE"; forbundId: string; skrivInsats: string; insatser: string[] };

export async function ensureBenchUsers(client: pg.ClientBase, antal: number): Promise<BenchUser[]> {
  const { hashPassword } = await import("../../lib/auth/password");
  const hash = await hashPassword(BENCH_PASSWORD);
  const users: BenchUser[] = [];
  await client.query("BEGIN");
  for (let i = 0; i < antal; i++) {
    const f = `bf${i}`;
    const slug = benchSlug(i);
    const insatser = Array.from({ length: 5 }, (_, k) => `${f}-i${k}`);
    await client.query(`UPDATE "Insats" SET status = 'PAGAENDE', slutdatum = NULL WHERE "forbundId" = $1 AND id = $2`, [f, insatser[0]]);
    for (const roll of ["PROCESSLEDARE", "VAGLEDARE"] as const) {
      const email = `${roll.toLowerCase()}@${slug}.example`;
      const id = `${f}-u-${roll.toLowerCase()}`;
      await client.query(
        `INSERT INTO "User" (id, email, namn, "passwordHash", "updatedAt") VALUES ($1, $2, $3, $4, now())
         ON CONFLICT (email) DO UPDATE SET "passwordHash" = EXCLUDED."passwordHash", aktiv = true`,
        [id, email, `${roll === "VAGLEDARE" ? "Vägledare" : "Processledare"} ${slug}`, hash],
      );
      await client.query(`INSERT INTO "Membership" ("forbundId", "userId", role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [f, id, roll]);
      if (roll === "VAGLEDARE") {
        for (const insatsId of insatser) await client.query(`INSERT INTO "InsatsTilldelning" ("forbundId", "insatsId", "userId") VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [f, insatsId, id]);
      }
      users.push({ email, slug, roll, forbundId: f, skrivInsats: insatser[0]!, insatser });
    }
  }
  await client.query("COMMIT");
  return users;
}
