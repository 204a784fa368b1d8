import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { InsatsOversikt } from "@/lib/domain/oversikt/types";
import type { LagradMalsattning } from "@/lib/server/malsattning/mal-kolumner";

/**
 * What the overview's pieces read besides the goal engine's rows — the
 * insatser, their targets, the förbund's minimum cell size, the variables and
 * the budget and utfall of the period's years — as JSON text columns of the
 * rows' own statement (loadEvalDataMed). Each was an ORM query of its own; the
 * columns and orders are the ones those queries had (amounts as exact text).
 */
export function oversiktKolumner(ctx: TenantContext, ids: readonly string[], ar: { fran: number; till: number } | null) {
  const f = ctx.forbundId;
  const i = [...ids];
  const arVillkor = ar ? Prisma.sql`AND b."ar" BETWEEN ${ar.fran} AND ${ar.till}` : Prisma.empty;
  const belopp = (tabell: string) => Prisma.sql`(SELECT coalesce(json_agg(json_build_object('insatsId', b."insatsId", 'ar', b."ar", 'belopp', b."belopp"::text)), '[]')::text
        FROM ${Prisma.raw(`"${tabell}"`)} b WHERE b."forbundId" = ${f} AND b."insatsId" = ANY(${i}::text[]) ${arVillkor})`;
  return {
    insatsrader: Prisma.sql`(SELECT coalesce(json_agg(json_build_object('id', s."id", 'namn', s."namn", 'insatstyp', s."insatstyp", 'status', s."status",
          'matningsmetod', s."matningsmetod", 'startdatum', to_char(s."startdatum", 'YYYY-MM-DD'), 'slutdatum', to_char(s."slutdatum", 'YYYY-MM-DD'))), '[]')::text
        FROM "Insats" s WHERE s."forbundId" = ${f} AND s."id" = ANY(${i}::text[]))`,
    minCellStorlek: Prisma.sql`(SELECT "minCellStorlek"::text FROM "Forbund" WHERE "id" = ${f})`,
    malsattningar: Prisma.sql`(SELECT coalesce(json_agg(json_build_object('id', m."id", 'insatsId', m."insatsId", 'typ', m."typ", 'kategori', m."kategori", 'text', m."text",
          'definition', m."definition", 'kvalitativStatus', m."kvalitativStatus", 'version', m."version") ORDER BY m."sortering", m."createdAt", m."id"), '[]')::text
        FROM "Malsattning" m WHERE m."forbundId" = ${f} AND m."insatsId" = ANY(${i}::text[]))`,
    matvariabelNamn: Prisma.sql`(SELECT coalesce(json_agg(json_build_object('kod', v."kod", 'namn', v."namn", 'typ', v."typ")), '[]')::text
        FROM "Matvariabel" v WHERE v."forbundId" = ${f})`,
    budgetposter: belopp("BudgetPost"),
    utfall: belopp("Utfall"),
  };
}

type Belopp = { insatsId: string; ar: number; belopp: string };

export function lasOversiktKolumner(k: Record<keyof ReturnType<typeof oversiktKolumner>, string | null>) {
  if (k.minCellStorlek === null) throw new Error("lasOversiktKolumner: förbundet saknas");
  const json = <T>(s: string | null) => JSON.parse(s ?? "[]") as T;
  return {
    insatser: json<Pick<InsatsOversikt, "id" | "namn" | "insatstyp" | "status" | "matningsmetod" | "startdatum" | "slutdatum">[]>(k.insatsrader),
    forbund: { minCellStorlek: Number(k.minCellStorlek) },
    malsattningar: json<(LagradMalsattning & { insatsId: string })[]>(k.malsattningar),
    matvariabler: json<{ kod: string; namn: string; typ: "SKALA" | "JANEJ" }[]>(k.matvariabelNamn),
    budgetposter: json<Belopp[]>(k.budgetposter),
    utfall: json<Belopp[]>(k.utfall),
  };
}
