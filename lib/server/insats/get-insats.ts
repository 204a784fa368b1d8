import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { NotFoundError } from "@/lib/errors";
import { toIsoDate, toIsoDateOrNull } from "@/lib/server/dates";
import { withTenantTx } from "@/lib/server/tenant-tx";

/** One insats with what its page and edit form show. Aggregates only: no participant rows. */
export async function getInsats(ctx: TenantContext, insatsId: string) {
  return withTenantTx(ctx.forbundId, async (tx) => {
    const i = await tx.insats.findFirst({
      where: { id: insatsId, forbundId: ctx.forbundId },
      include: {
        utforare: { select: { id: true, namn: true } },
        pua: { select: { id: true, namn: true } },
        grupper: { orderBy: { startdatum: "asc" } },
        budgetposter: { orderBy: [{ ar: "asc" }, { kategori: "asc" }] },
        finansieringar: { orderBy: [{ ar: "asc" }, { kalla: "asc" }], include: { medlem: { select: { namn: true } } } },
        utfall: { orderBy: [{ ar: "asc" }, { manad: "asc" }] },
        tilldelningar: { include: { user: { select: { id: true, namn: true, email: true } } } },
      },
    });
    if (!i) throw new NotFoundError("Insatsen");
    return {
      id: i.id,
      namn: i.namn,
      insatstyp: i.insatstyp,
      status: i.status,
      matningsmetod: i.matningsmetod,
      esfFinansierad: i.esfFinansierad,
      startdatum: toIsoDate(i.startdatum),
      slutdatum: toIsoDateOrNull(i.slutdatum),
      malgrupp: i.malgrupp,
      syfte: i.syfte,
      preciseradInriktning: i.preciseradInriktning,
      utforare: i.utforare,
      pua: i.pua,
      bitradesavtalDatum: toIsoDateOrNull(i.bitradesavtalDatum),
      kontaktperson: i.kontaktperson,
      kontaktEpost: i.kontaktEpost,
      planeradeDeltagare: i.planeradeDeltagare,
      planeradeDeltagarePer: i.planeradeDeltagarePer,
      version: i.version,
      grupper: i.grupper.map((g) => ({ id: g.id, namn: g.namn, startdatum: toIsoDate(g.startdatum), veckor: g.veckor, planeradStorlek: g.planeradStorlek })),
      budgetposter: i.budgetposter.map((b) => ({ id: b.id, ar: b.ar, kategori: b.kategori, belopp: Number(b.belopp), beskrivning: b.beskrivning })),
      finansieringar: i.finansieringar.map((f) => ({ id: f.id, ar: f.ar, kalla: f.kalla, medlemNamn: f.medlem?.namn ?? null, belopp: Number(f.belopp) })),
      utfall: i.utfall.map((u) => ({ id: u.id, ar: u.ar, manad: u.manad, kategori: u.kategori, belopp: Number(u.belopp), beskrivning: u.beskrivning })),
      vagledare: i.tilldelningar.map((t) => ({ id: t.user.id, namn: t.user.namn, email: t.user.email })),
    };
  });
}

export type InsatsDetail = Awaited<ReturnType<typeof getInsats>>;
