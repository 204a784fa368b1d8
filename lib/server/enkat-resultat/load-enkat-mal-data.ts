import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { EnkatMalData } from "@/lib/domain/goals/enkat";
import type { FragaTyp } from "@/lib/domain/enkat/resultat-typer";

type FragaSqlRad = { id: string; enkatId: string; enkatNamn: string; versionId: string; typ: FragaTyp; text: string; alternativ: string[]; insatsId: string };
type SvarSqlRad = { id: string; insatsId: string; versionId: string; ar: number; manad: number; fragaId: string | null; varde: number | null; text: string | null };

/**
 * The questions ENKAT targets of these insatser name (all insatser of the
 * förbund when omitted), as one JSON text column: the goal engine's row
 * statement (load-eval-data.ts) reads it in its own round trip.
 */
export function enkatFragorSql(ctx: TenantContext, insatsIds?: readonly string[]): Prisma.Sql {
  const iInsatser = insatsIds ? Prisma.sql`AND m."insatsId" = ANY(${[...insatsIds]}::text[])` : Prisma.empty;
  return Prisma.sql`(SELECT coalesce(json_agg(x), '[]')::text FROM (
    SELECT DISTINCT f."id", v."enkatId", e."namn" AS "enkatNamn", f."versionId", f."typ"::text AS typ, f."text", f."alternativ", m."insatsId"
      FROM "Malsattning" m
      JOIN "EnkatFraga" f ON f."forbundId" = m."forbundId" AND f."id" = m."definition"->>'fragaId'
      JOIN "EnkatVersion" v ON v."forbundId" = f."forbundId" AND v."id" = f."versionId"
      JOIN "Enkat" e ON e."forbundId" = v."forbundId" AND e."id" = v."enkatId"
     WHERE m."forbundId" = ${ctx.forbundId} AND m."definition"->>'typ' = 'ENKAT' ${iInsatser}) x)`;
}

/**
 * The enkät answers the ENKAT targets need, for the questions enkatFragorSql
 * gave (its JSON text): only answers given for the target's own insats.
 * Nothing is read when no target names an enkät question, so the goal engine
 * costs the same as before.
 */
export async function loadEnkatMalData(tx: Tx, ctx: TenantContext, fragorJson: string): Promise<Map<string, EnkatMalData>> {
  const fragor = JSON.parse(fragorJson) as FragaSqlRad[];
  const out = new Map<string, EnkatMalData>();
  if (fragor.length === 0) return out;
  const fragaIds = [...new Set(fragor.map((f) => f.id))];
  const versionIds = [...new Set(fragor.map((f) => f.versionId))];
  const malInsatser = [...new Set(fragor.map((f) => f.insatsId))];
  const svar = await tx.$queryRaw<SvarSqlRad[]>`
    SELECT s."id", s."insatsId", s."versionId", s."ar", s."manad", r."fragaId", r."varde", r."text"
      FROM "EnkatSvar" s
      LEFT JOIN "EnkatSvarRad" r ON r."forbundId" = s."forbundId" AND r."svarId" = s."id" AND r."fragaId" = ANY(${fragaIds}::text[])
     WHERE s."forbundId" = ${ctx.forbundId} AND s."versionId" = ANY(${versionIds}::text[]) AND s."insatsId" = ANY(${malInsatser}::text[])
     ORDER BY s."id"`;
  for (const f of fragor) {
    let d = out.get(f.insatsId);
    if (!d) out.set(f.insatsId, (d = { fragor: [], svar: [] }));
    d.fragor.push({ id: f.id, enkatId: f.enkatId, enkatNamn: f.enkatNamn, versionId: f.versionId, typ: f.typ, text: f.text, alternativ: f.alternativ });
  }
  let senaste: EnkatMalData["svar"][number] | undefined;
  let senasteId = "";
  for (const s of svar) {
    if (!senaste || s.id !== senasteId) {
      senaste = { versionId: s.versionId, manad: `${s.ar}-${String(s.manad).padStart(2, "0")}`, varden: [] };
      senasteId = s.id;
      out.get(s.insatsId)?.svar.push(senaste);
    }
    if (s.fragaId !== null) senaste.varden.push({ fragaId: s.fragaId, tal: s.varde === null ? null : Number(s.varde), text: s.text });
  }
  return out;
}
