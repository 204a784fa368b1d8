import "server-only";
import type { Tx } from "@/lib/db";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { can } from "@/lib/auth/permissions";
import { ForbiddenError } from "@/lib/errors";
import { readIdentityInFull } from "@/lib/identity/read-identity-in-full";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { toIsoDate, toIsoDateOrNull } from "@/lib/server/dates";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { loadDeltagareForGdpr } from "./load-deltagare-for-gdpr";

type Handelse = { tidpunkt: string; handelse: string; utfordAv: string; detaljer: unknown };

/**
 * Everything stored about one deltagare (GDPR art. 15): identity in clear (it
 * is the person's own), consents, every inskrivning in every insats with its
 * SUS fields, measurements, follow-up, plan and logged events, and the audit
 * events about the person (who revealed, changed or exported what). The
 * extract is itself audited in the same transaction.
 */
export async function getRegisterutdrag(ctx: TenantContext, deltagareId: string, format: "json" | "pdf" = "json") {
  if (!can(ctx.roll, "gdpr:registerutdrag")) throw new ForbiddenError();
  return withTenantTx(ctx.forbundId, async (tx) => {
    const d = await loadDeltagareForGdpr(tx, ctx, deltagareId, "read");
    const forbund = await tx.forbund.findUniqueOrThrow({ where: { id: ctx.forbundId }, select: { namn: true } });
    const identitet = await tx.deltagareIdentitet.findUnique({
      where: { forbundId_deltagareId: { forbundId: ctx.forbundId, deltagareId: d.id } },
      select: { personnummerEnc: true, kontaktEnc: true, createdAt: true, updatedAt: true },
    });
    const samtycken = await tx.samtycke.findMany({
      where: { forbundId: ctx.forbundId, deltagareId: d.id },
      orderBy: { datum: "asc" },
      include: { insats: { select: { namn: true } } },
    });
    const inskrivningar = await tx.inskrivning.findMany({
      where: { forbundId: ctx.forbundId, deltagareId: d.id },
      orderBy: { startdatum: "asc" },
      include: {
        insats: { select: { namn: true, matningsmetod: true } },
        grupp: { select: { namn: true } },
        matningar: { include: { matvariabel: { select: { kod: true, namn: true } } }, orderBy: [{ datum: "asc" }, { createdAt: "asc" }] },
        uppfoljning: true,
        plan: { include: { mal: { orderBy: [{ maldatum: { sort: "asc", nulls: "last" } }, { id: "asc" }] } } },
        enkatLankar: {
          orderBy: { createdAt: "asc" },
          select: { tidpunkt: true, createdAt: true, expiresAt: true, usedAt: true, enkat: { select: { namn: true } } },
        },
        enkatSvar: {
          orderBy: [{ ar: "asc" }, { manad: "asc" }],
          select: { ar: true, manad: true, enkat: { select: { namn: true } }, rader: { select: { varde: true, text: true, fraga: { select: { text: true } } } } },
        },
      },
    });
    const handelser = await auditEvents(tx, ctx.forbundId, d.id, inskrivningar.map((i) => i.id));
    const skapad = new Date();

    const utdrag = {
      skapad: skapad.toISOString(),
      forbund: forbund.namn,
      deltagare: {
        id: d.id,
        kod: d.kod,
        kon: d.kon,
        fodelsear: d.fodelsear,
        skyddadIdentitet: d.skyddadIdentitet,
        registrerad: toIsoDate(d.createdAt),
        personuppgifterRaderade: toIsoDateOrNull(d.raderadAt),
      },
      identitet: identitet ? ({ ...readIdentityInFull(identitet), registrerad: toIsoDate(identitet.createdAt), senastAndrad: toIsoDate(identitet.updatedAt) }) : null,
      samtycken: samtycken.map((s) => ({ insats: s.insats.namn, datum: toIsoDate(s.datum), omfattning: s.omfattning, aterkallat: toIsoDateOrNull(s.aterkalladDatum) })),
      inskrivningar: inskrivningar.map((i) => ({
        id: i.id,
        insats: i.insats.namn,
        matningsmetod: i.insats.matningsmetod,
        grupp: i.grupp?.namn ?? null,
        startdatum: toIsoDate(i.startdatum),
        remittent: i.remittent,
        aktuellHos: i.aktuellHos,
        forsorjningStart: i.forsorjningStart,
        sysselsattningStart: i.sysselsattningStart,
        utbildningsniva: i.utbildningsniva,
        folkbokforingskommun: i.folkbokforingskommun,
        tidIOffentligForsorjning: i.tidIOffentligForsorjning,
        spar: i.spar,
        avslutsdatum: toIsoDateOrNull(i.avslutsdatum),
        avslutsorsak: i.avslutsorsak,
        forsorjningAvslut: i.forsorjningAvslut,
        sysselsattningAvslut: i.sysselsattningAvslut,
        anonymiserad: i.anonymiserad,
        matningar: i.matningar.map((m) => ({ variabel: m.matvariabel.namn, kod: m.matvariabel.kod, tidpunkt: m.tidpunkt, datum: toIsoDate(m.datum), varde: m.varde, kalla: m.kalla })),
        uppfoljning: i.uppfoljning
          ? { datum: toIsoDate(i.uppfoljning.datum), status: i.uppfoljning.status, forsorjning: i.uppfoljning.forsorjning, sysselsattning: i.uppfoljning.sysselsattning, kommentar: i.uppfoljning.kommentar }
          : null,
        plan: i.plan
          ? { upprattad: toIsoDate(i.plan.upprattadDatum), mal: i.plan.mal.map((m) => ({ beskrivning: m.beskrivning, maldatum: toIsoDateOrNull(m.maldatum), status: m.status })) }
          : null,
        // Single-use links tied to this inskrivning (the answer itself is under enkatsvar).
        enkatlankar: i.enkatLankar.map((l) => ({ enkat: l.enkat.namn, tidpunkt: l.tidpunkt, skapad: toIsoDate(l.createdAt), giltigTill: toIsoDate(l.expiresAt), anvand: toIsoDateOrNull(l.usedAt) })),
        enkatsvar: i.enkatSvar.map((e) => ({ enkat: e.enkat.namn, ar: e.ar, manad: e.manad, svar: e.rader.map((r) => ({ fraga: r.fraga.text, varde: r.varde, text: r.text })) })),
        handelser: handelser.perInskrivning.get(i.id) ?? [],
      })),
      handelser: handelser.omDeltagaren,
    };

    await recordAudit(tx, {
      forbundId: ctx.forbundId,
      userId: ctx.userId,
      action: "export.registerutdrag",
      entity: "Deltagare",
      entityId: d.id,
      details: { format, inskrivningar: inskrivningar.length, identitet: identitet !== null },
    });
    return utdrag;
  });
}

export type Registerutdrag = Awaited<ReturnType<typeof getRegisterutdrag>>;

async function auditEvents(tx: Tx, forbundId: string, deltagareId: string, inskrivningIds: string[]) {
  const rows = await tx.auditEvent.findMany({
    where: {
      forbundId,
      OR: [{ entity: "Deltagare", entityId: deltagareId }, ...(inskrivningIds.length ? [{ entity: "Inskrivning", entityId: { in: inskrivningIds } }] : [])],
    },
    orderBy: { id: "asc" },
    select: { action: true, entity: true, entityId: true, userId: true, details: true, createdAt: true },
  });
  const userIds = [...new Set(rows.map((r) => r.userId).filter((u): u is string => Boolean(u) && !u!.startsWith("apinyckel:")))];
  const users = userIds.length ? await tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, namn: true } }) : [];
  const namn = new Map(users.map((u) => [u.id, u.namn]));
  const perInskrivning = new Map<string, Handelse[]>();
  const omDeltagaren: Handelse[] = [];
  for (const r of rows) {
    const h: Handelse = {
      tidpunkt: r.createdAt.toISOString(),
      handelse: r.action,
      utfordAv: r.userId?.startsWith("apinyckel:") ? "API-nyckel" : (namn.get(r.userId ?? "") ?? "okänd"),
      detaljer: r.details,
    };
    if (r.entity === "Inskrivning" && r.entityId) (perInskrivning.get(r.entityId) ?? perInskrivning.set(r.entityId, []).get(r.entityId)!).push(h);
    else omDeltagaren.push(h);
  }
  return { perInskrivning, omDeltagaren };
}
