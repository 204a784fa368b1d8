import "server-only";
import type { Tx } from "@/lib/db";
import type { SusRad } from "@/lib/domain/rapporter/sus";

/**
 * The SUS summary's one aggregate query: inskrivningar of one insats of the
 * caller's förbund (row-level security and the explicit forbundId both hold
 * it there) active in [fran, till], counted per combination of the summary's
 * variables. Counts only: no id, no date, no person leaves the database.
 */
export async function countSusRader(tx: Tx, forbundId: string, insatsId: string, fran: string, till: string): Promise<SusRad[]> {
  const rader = await tx.$queryRaw<
    { kon: "K" | "M"; alder: number; avslutad: boolean; avslutsorsak: string | null; fs: string[]; fa: string[]; ss: string[]; sa: string[]; antal: number }[]
  >`
    SELECT d."kon"::text AS kon,
           (EXTRACT(YEAR FROM i."startdatum")::int - d."fodelsear") AS alder,
           (i."avslutsdatum" IS NOT NULL AND i."avslutsdatum" <= ${till}::date) AS avslutad,
           i."avslutsorsak" AS avslutsorsak,
           i."forsorjningStart" AS fs, i."forsorjningAvslut" AS fa,
           i."sysselsattningStart" AS ss, i."sysselsattningAvslut" AS sa,
           COUNT(*)::int AS antal
      FROM "Inskrivning" i
      JOIN "Deltagare" d ON d."forbundId" = i."forbundId" AND d."id" = i."deltagareId"
     WHERE i."forbundId" = ${forbundId}
       AND i."insatsId" = ${insatsId}
       AND i."avslutsorsak" IS DISTINCT FROM 'FELREGISTRERING'
       AND i."startdatum" <= ${till}::date
       AND (i."avslutsdatum" IS NULL OR i."avslutsdatum" >= ${fran}::date)
     GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`;
  return rader.map((r) => ({
    kon: r.kon,
    alder: Number(r.alder),
    avslutadIPerioden: r.avslutad,
    avslutsorsak: r.avslutsorsak,
    forsorjningStart: r.fs ?? [],
    forsorjningAvslut: r.fa ?? [],
    sysselsattningStart: r.ss ?? [],
    sysselsattningAvslut: r.sa ?? [],
    antal: Number(r.antal),
  }));
}
