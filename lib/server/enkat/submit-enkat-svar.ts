import "server-only";
import { AppError, NotFoundError, ValidationError } from "@/lib/errors";
import { parseSvar } from "@/lib/domain/enkat/svar";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { fromIsoDate, todayIso } from "@/lib/server/dates";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { findLankForbund } from "./find-lank-forbund";
import { checkTokenThrottle, recordRefusedToken } from "./token-throttle";

export const LANK_OGILTIG = "Länken fungerar inte. Den kan redan ha använts, eller så är adressen felskriven.";
export const LANK_UTGANGEN = "Länken har gått ut. Be den som gav dig länken om en ny.";
export const ENKAT_STANGD = "Enkäten är stängd och tar inte emot fler svar.";

class LankRefused extends AppError {}

type Claimed = { id: string; enkatId: string; insatsId: string | null; inskrivningId: string | null; tidpunkt: "START" | "AVSLUT" | "UPPFOLJNING_90" | "DATUM" | null };

/**
 * Saves one answer through a single-use link, in one transaction: the link is
 * claimed by a conditional UPDATE (one row or none, so of two simultaneous
 * submissions exactly one gets it), the current version is locked and marked
 * as having answers, and the answer rows — plus, for a link tied to an
 * inskrivning, its self-reported Matningar — are written. Any failure rolls
 * the claim back: the link still works.
 *
 * Anonymity (decision 005): the answer gets year and month only, no link id,
 * no address; and an anonymous answer writes no audit row, whose timestamp
 * would date it exactly. A tied answer is audited like any Matning.
 */
export async function submitEnkatSvar(token: string, svar: Record<string, unknown>, ip: string | null, now = new Date()): Promise<{ kopplad: boolean }> {
  const throttle = await checkTokenThrottle(ip, now);
  if (throttle.blocked) throw new AppError("rate_limited", `För många försök med ogiltiga länkar. Försök igen om ${throttle.retryAfterMinutes} minuter.`);
  try {
    const found = await findLankForbund(token);
    if (!found) throw new LankRefused("not_found", LANK_OGILTIG);
    const { forbundId, tokenHash } = found;
    const idag = todayIso(now);
    // The link keeps the month it was used, not the day: the answer carries only year and month,
    // and a day on the link would single out the answer of the one link used that day.
    const manadStart = `${idag.slice(0, 7)}-01`;
    return await withTenantTx(forbundId, async (tx) => {
      const claimed = await tx.$queryRaw<Claimed[]>`
        UPDATE "EnkatLank" SET "usedAt" = ${manadStart}::date
        WHERE "forbundId" = ${forbundId} AND "tokenHash" = ${tokenHash} AND "usedAt" IS NULL
          AND "expiresAt" > ${now.toISOString().replace("Z", "")}::timestamp
        RETURNING id, "enkatId", "insatsId", "inskrivningId", tidpunkt::text AS tidpunkt`;
      const lank = claimed[0];
      if (!lank) {
        const finns = await tx.enkatLank.findFirst({ where: { forbundId, tokenHash }, select: { usedAt: true } });
        throw new LankRefused("not_found", finns && !finns.usedAt ? LANK_UTGANGEN : LANK_OGILTIG);
      }
      const enkat = await tx.enkat.findFirst({
        where: { forbundId, id: lank.enkatId },
        include: { versioner: { orderBy: { nummer: "desc" }, take: 1, select: { id: true } } },
      });
      const current = enkat?.versioner[0];
      if (!enkat || !current) throw new NotFoundError("Enkäten");
      if (enkat.status !== "AKTIV") throw new LankRefused("conflict", ENKAT_STANGD);
      // Locks the version row: an editor saving at this moment waits, and then sees last = true (a new version).
      await tx.enkatVersion.update({ where: { forbundId_id: { forbundId, id: current.id } }, data: { last: true } });
      const fragor = await tx.enkatFraga.findMany({ where: { forbundId, versionId: current.id }, orderBy: { ordning: "asc" } });
      const parsed = parseSvar(fragor, svar);
      if (!parsed.ok) throw new ValidationError("Kontrollera de markerade frågorna.", parsed.fel);

      const [ar, manad] = idag.split("-").map(Number) as [number, number];
      const created = await tx.enkatSvar.create({
        data: { forbundId, enkatId: enkat.id, versionId: current.id, insatsId: lank.insatsId, inskrivningId: lank.inskrivningId, ar, manad },
        select: { id: true },
      });
      await tx.enkatSvarRad.createMany({ data: parsed.rader.map((r) => ({ forbundId, svarId: created.id, fragaId: r.fragaId, varde: r.varde, text: r.text })) });

      if (lank.inskrivningId) {
        const tidpunkt = lank.tidpunkt && lank.tidpunkt !== "DATUM" ? lank.tidpunkt : "START";
        const matningar: Record<string, number> = {};
        for (const f of fragor) {
          const rad = parsed.rader.find((r) => r.fragaId === f.id);
          if (!f.matvariabelId || rad?.varde == null) continue;
          // As a vägledare's entry does (write-matningar.ts): one value per variable and time point, the latest wins.
          await tx.matning.deleteMany({ where: { forbundId, inskrivningId: lank.inskrivningId, matvariabelId: f.matvariabelId, tidpunkt } });
          await tx.matning.create({
            data: { forbundId, inskrivningId: lank.inskrivningId, matvariabelId: f.matvariabelId, tidpunkt, datum: fromIsoDate(idag), varde: rad.varde, kalla: "SJALVRAPPORTERAD" },
          });
          matningar[f.matvariabelId] = rad.varde;
        }
        await recordAudit(tx, {
          forbundId,
          userId: null,
          action: "enkat.svar.kopplat",
          entity: "Inskrivning",
          entityId: lank.inskrivningId,
          details: { enkatId: enkat.id, lankId: lank.id, tidpunkt, matningar },
        });
      }
      return { kopplad: lank.inskrivningId !== null };
    });
  } catch (error) {
    if (error instanceof LankRefused) await recordRefusedToken(ip);
    throw error;
  }
}
