import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { TenantContext } from "@/lib/auth/tenant-context";

/**
 * What the insats dashboard reads besides the goal engine's rows — the
 * insats's name and grupper, its targets, the förbund's minimum cell size and
 * the measurement variables — as JSON text columns of the rows' own statement
 * (loadEvalDataMed), so the whole dashboard is one round trip. Each was an ORM
 * query of its own; the columns and orders are the ones those queries had.
 */
export function dashboardKolumner(ctx: TenantContext, insatsId: string) {
  const f = ctx.forbundId;
  return {
    insats: Prisma.sql`(SELECT json_build_object('namn', s."namn",
        'grupper', (SELECT coalesce(json_agg(json_build_object('id', g."id", 'namn', g."namn") ORDER BY g."startdatum", g."createdAt", g."id"), '[]')
                      FROM "Grupp" g WHERE g."forbundId" = s."forbundId" AND g."insatsId" = s."id"))::text
        FROM "Insats" s WHERE s."forbundId" = ${f} AND s."id" = ${insatsId})`,
    malsattningar: Prisma.sql`(SELECT coalesce(json_agg(json_build_object('id', m."id", 'typ', m."typ", 'kategori', m."kategori", 'text', m."text",
          'definition', m."definition", 'kvalitativStatus', m."kvalitativStatus", 'version', m."version") ORDER BY m."sortering", m."createdAt", m."id"), '[]')::text
        FROM "Malsattning" m WHERE m."forbundId" = ${f} AND m."insatsId" = ${insatsId})`,
    minCellStorlek: Prisma.sql`(SELECT "minCellStorlek"::text FROM "Forbund" WHERE "id" = ${f})`,
    matvariabelNamn: Prisma.sql`(SELECT coalesce(json_agg(json_build_object('kod', v."kod", 'namn', v."namn", 'typ', v."typ", 'min', v."min", 'max', v."max")), '[]')::text
        FROM "Matvariabel" v WHERE v."forbundId" = ${f})`,
  };
}

type Kolumner = Record<keyof ReturnType<typeof dashboardKolumner>, string | null>;

export type DashboardMalsattning = {
  id: string;
  typ: "ANDEL" | "ANTAL" | "KVALITATIV";
  kategori: "RESULTATMAL" | "VERKSAMHETSMAL" | "KVALITATIVT_MAL";
  text: string;
  definition: unknown;
  kvalitativStatus: string | null;
  version: number;
};

export function lasDashboardKolumner(k: Kolumner) {
  if (k.insats === null || k.minCellStorlek === null) throw new Error("lasDashboardKolumner: insatsen eller förbundet saknas");
  return {
    insats: JSON.parse(k.insats) as { namn: string; grupper: { id: string; namn: string }[] },
    malsattningar: JSON.parse(k.malsattningar ?? "[]") as DashboardMalsattning[],
    forbund: { minCellStorlek: Number(k.minCellStorlek) },
    matvariabler: JSON.parse(k.matvariabelNamn ?? "[]") as { kod: string; namn: string; typ: "SKALA" | "JANEJ"; min: number | null; max: number | null }[],
  };
}
