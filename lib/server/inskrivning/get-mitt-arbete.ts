import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { arRadMal, malDefinitionSchema } from "@/lib/domain/goals/definition";
import { findLuckor, kravFor, sammanfattaUppfoljningar, type ForloppRad, type Lucka, type UppfoljningSammanfattning } from "@/lib/domain/datakvalitet";
import { todayIso, toIsoDate, toIsoDateOrNull } from "@/lib/server/dates";
import { withTenantTx } from "@/lib/server/tenant-tx";

export type MittArbete = {
  /** Matvariabel code → the förbund's own name, for the gap sentences. */
  matvariabelNamn: Record<string, string>;
  insatser: {
    id: string;
    namn: string;
    aktiva: { id: string; kod: string; kon: "K" | "M"; startdatum: string; saknarStart: boolean }[];
    luckor: Lucka[];
    uppfoljning: UppfoljningSammanfattning;
  }[];
};

/**
 * A vägledare's start page: for each insats they are assigned to (VOLYM
 * insatser have no individual rows), the active deltagare, the 90-day
 * follow-ups due or overdue, and the data gaps — all counted by
 * lib/domain/datakvalitet. Codes only; no identity.
 */
export async function getMittArbete(ctx: TenantContext, today = todayIso()): Promise<MittArbete> {
  if (ctx.insatsIds.length === 0) return { matvariabelNamn: {}, insatser: [] };
  return withTenantTx(ctx.forbundId, async (tx) => {
    const insatser = await tx.insats.findMany({
      where: { forbundId: ctx.forbundId, id: { in: ctx.insatsIds }, matningsmetod: { not: "VOLYM" } },
      select: { id: true, namn: true, malsattningar: { select: { definition: true } } },
      orderBy: { namn: "asc" },
    });
    const [inskrivningar, matvariabler] = await Promise.all([
      tx.inskrivning.findMany({
        where: { forbundId: ctx.forbundId, insatsId: { in: insatser.map((i) => i.id) } },
        select: {
          id: true,
          insatsId: true,
          startdatum: true,
          avslutsdatum: true,
          avslutsorsak: true,
          forsorjningAvslut: true,
          sysselsattningAvslut: true,
          deltagare: { select: { kod: true, kon: true } },
          matningar: { select: { matvariabelId: true, tidpunkt: true } },
          uppfoljning: { select: { status: true } },
          plan: { select: { id: true } },
        },
        orderBy: [{ startdatum: "asc" }, { id: "asc" }],
      }),
      tx.matvariabel.findMany({ where: { forbundId: ctx.forbundId }, select: { id: true, kod: true, namn: true } }),
    ]);
    const kod = new Map(matvariabler.map((m) => [m.id, m.kod]));
    const rows: (ForloppRad & { kon: "K" | "M" })[] = inskrivningar.map((i) => ({
      id: i.id,
      insatsId: i.insatsId,
      kod: i.deltagare.kod,
      kon: i.deltagare.kon,
      startdatum: toIsoDate(i.startdatum),
      avslutsdatum: toIsoDateOrNull(i.avslutsdatum),
      avslutsorsak: i.avslutsorsak,
      forsorjningAvslut: i.forsorjningAvslut,
      sysselsattningAvslut: i.sysselsattningAvslut,
      matningar: i.matningar.map((m) => ({ variabel: kod.get(m.matvariabelId) ?? "", tidpunkt: m.tidpunkt })),
      uppfoljningStatus: i.uppfoljning?.status ?? null,
      harPlan: i.plan !== null,
    }));
    return {
      matvariabelNamn: Object.fromEntries(matvariabler.map((m) => [m.kod, m.namn])),
      insatser: insatser.map((insats) => {
        const egna = rows.filter((r) => r.insatsId === insats.id);
        const villkor = insats.malsattningar.flatMap((m) => {
          const d = malDefinitionSchema.safeParse(m.definition);
          return d.success && arRadMal(d.data) ? d.data.villkor : [];
        });
        const krav = kravFor(egna, villkor);
        return {
          id: insats.id,
          namn: insats.namn,
          aktiva: egna
            .filter((r) => r.avslutsdatum === null && r.startdatum <= today)
            .map((r) => ({ id: r.id, kod: r.kod, kon: r.kon, startdatum: r.startdatum, saknarStart: krav.variabler.START.some((v) => !r.matningar.some((m) => m.variabel === v && m.tidpunkt === "START")) })),
          luckor: findLuckor(insats.id, egna, krav),
          uppfoljning: sammanfattaUppfoljningar(egna, today),
        };
      }),
    };
  });
}
