import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { OversiktMal } from "@/lib/domain/oversikt/types";

/**
 * What evaluating an insats's targets reads besides the goal engine's rows —
 * its targets, the förbund's minimum cell size and the measurement variables —
 * as JSON text columns of the rows' own statement (loadEvalDataMed), so the
 * evaluation is one round trip. Each was an ORM query of its own; the columns
 * and order are the ones those queries had.
 */
export function malKolumner(ctx: TenantContext, insatsId: string) {
  const f = ctx.forbundId;
  return {
    malsattningar: Prisma.sql`(SELECT coalesce(json_agg(json_build_object('id', m."id", 'typ', m."typ", 'kategori', m."kategori", 'text', m."text",
          'definition', m."definition", 'kvalitativStatus', m."kvalitativStatus", 'version', m."version") ORDER BY m."sortering", m."createdAt", m."id"), '[]')::text
        FROM "Malsattning" m WHERE m."forbundId" = ${f} AND m."insatsId" = ${insatsId})`,
    minCellStorlek: Prisma.sql`(SELECT "minCellStorlek"::text FROM "Forbund" WHERE "id" = ${f})`,
    matvariabelNamn: Prisma.sql`(SELECT coalesce(json_agg(json_build_object('kod', v."kod", 'namn', v."namn", 'typ', v."typ", 'min', v."min", 'max', v."max")), '[]')::text
        FROM "Matvariabel" v WHERE v."forbundId" = ${f})`,
  };
}

/** A stored target as the evaluation reads it: the shown fields of a target, without its result, plus definition and version. */
export type LagradMalsattning = Omit<OversiktMal, "mening" | "resultat"> & { definition: unknown; version: number };

export function lasMalKolumner(k: Record<keyof ReturnType<typeof malKolumner>, string | null>) {
  if (k.minCellStorlek === null) throw new Error("lasMalKolumner: förbundet saknas");
  return {
    malsattningar: JSON.parse(k.malsattningar ?? "[]") as LagradMalsattning[],
    forbund: { minCellStorlek: Number(k.minCellStorlek) },
    matvariabler: JSON.parse(k.matvariabelNamn ?? "[]") as { kod: string; namn: string; typ: "SKALA" | "JANEJ"; min: number | null; max: number | null }[],
  };
}
