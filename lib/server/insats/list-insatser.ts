import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { withTenantTx } from "@/lib/server/tenant-tx";

export type InsatsListItem = {
  id: string;
  namn: string;
  insatstyp: "INDIVIDINRIKTAD" | "STRUKTURINRIKTAD" | "FORSTUDIE";
  status: "PLANERAD" | "PAGAENDE" | "AVSLUTAD";
  matningsmetod: "VOLYM" | "ANONYM" | "PERSONUPPGIFTER";
  startdatum: string;
  slutdatum: string | null;
};

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

export async function listInsatser(ctx: TenantContext): Promise<InsatsListItem[]> {
  return withTenantTx(ctx.forbundId, async (tx) => {
    const rows = await tx.insats.findMany({
      where: { forbundId: ctx.forbundId },
      select: { id: true, namn: true, insatstyp: true, status: true, matningsmetod: true, startdatum: true, slutdatum: true },
      orderBy: [{ startdatum: "desc" }, { namn: "asc" }],
    });
    return rows.map((r) => ({ ...r, startdatum: isoDate(r.startdatum), slutdatum: r.slutdatum ? isoDate(r.slutdatum) : null }));
  });
}
