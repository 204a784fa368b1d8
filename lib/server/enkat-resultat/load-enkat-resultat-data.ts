import "server-only";
import type { Tx } from "@/lib/db";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { EnkatResultatInput } from "@/lib/domain/enkat/berakna-resultat";
import type { SvarRad } from "@/lib/domain/enkat/resultat-typer";
import { NotFoundError } from "@/lib/errors";

type SvarSqlRad = { id: string; versionId: string; ar: number; insatsId: string | null; fragaId: string | null; varde: number | null; text: string | null };
type LankSqlRad = { ar: number; insatsId: string | null; antal: bigint | number };

export type EnkatResultatData = Omit<EnkatResultatInput, "filter" | "minCell"> & {
  insatser: { id: string; namn: string }[];
  /** The insatser the enkät applies to; null = the whole förbund. */
  galler: { id: string; namn: string }[] | null;
  forbundMinCell: number;
};

/**
 * Everything the results of one enkät are computed from, for one förbund:
 * the versions with their questions, every answer with its values (plain SQL,
 * one query: no ids sent back as parameters) and the number of links created
 * per year and insats. Runs on the caller's tenant transaction.
 */
export async function loadEnkatResultatData(tx: Tx, ctx: TenantContext, enkatId: string): Promise<EnkatResultatData> {
  const enkat = await tx.enkat.findFirst({
    where: { forbundId: ctx.forbundId, id: enkatId },
    select: {
      id: true,
      namn: true,
      respondentgrupp: true,
      insatser: { select: { insats: { select: { id: true, namn: true } } } },
      versioner: {
        orderBy: { nummer: "asc" },
        select: {
          id: true,
          nummer: true,
          fragor: {
            orderBy: { ordning: "asc" },
            select: { id: true, ordning: true, text: true, typ: true, skalaMin: true, skalaMax: true, etikettMin: true, etikettMax: true, alternativ: true },
          },
        },
      },
    },
  });
  if (!enkat) throw new NotFoundError("Enkäten");
  const [rader, lankar, forbund, svarsInsatser] = await Promise.all([
    tx.$queryRaw<SvarSqlRad[]>`
      SELECT s."id", s."versionId", s."ar", s."insatsId", r."fragaId", r."varde", r."text"
        FROM "EnkatSvar" s
        LEFT JOIN "EnkatSvarRad" r ON r."forbundId" = s."forbundId" AND r."svarId" = s."id"
       WHERE s."forbundId" = ${ctx.forbundId} AND s."enkatId" = ${enkatId}
       ORDER BY s."id"`,
    tx.$queryRaw<LankSqlRad[]>`
      SELECT EXTRACT(YEAR FROM l."createdAt" AT TIME ZONE 'Europe/Stockholm')::int AS ar, l."insatsId", COUNT(*) AS antal
        FROM "EnkatLank" l
       WHERE l."forbundId" = ${ctx.forbundId} AND l."enkatId" = ${enkatId}
       GROUP BY 1, 2`,
    tx.forbund.findUniqueOrThrow({ where: { id: ctx.forbundId }, select: { minCellStorlek: true } }),
    // Insatser answers were given for, also when the enkät no longer lists them.
    tx.insats.findMany({
      where: { forbundId: ctx.forbundId, enkatSvar: { some: { enkatId } } },
      select: { id: true, namn: true },
    }),
  ]);

  const svar: SvarRad[] = [];
  let senaste: SvarRad | undefined;
  let senasteId = "";
  for (const r of rader) {
    if (!senaste || r.id !== senasteId) {
      senaste = { versionId: r.versionId, ar: Number(r.ar), insatsId: r.insatsId, varden: [] };
      senasteId = r.id;
      svar.push(senaste);
    }
    if (r.fragaId !== null) senaste.varden.push({ fragaId: r.fragaId, tal: r.varde === null ? null : Number(r.varde), text: r.text });
  }

  const insatser = new Map<string, string>();
  for (const i of [...enkat.insatser.map((x) => x.insats), ...svarsInsatser]) insatser.set(i.id, i.namn);

  return {
    enkat: { id: enkat.id, namn: enkat.namn, respondentgrupp: enkat.respondentgrupp },
    versioner: enkat.versioner.map((v) => ({
      id: v.id,
      nummer: v.nummer,
      fragor: v.fragor.map((f) => ({
        id: f.id,
        ordning: f.ordning,
        text: f.text,
        typ: f.typ,
        min: f.skalaMin,
        max: f.skalaMax,
        minEtikett: f.etikettMin,
        maxEtikett: f.etikettMax,
        alternativ: f.alternativ,
      })),
    })),
    svar,
    lankar: lankar.map((l) => ({ ar: Number(l.ar), insatsId: l.insatsId, antal: Number(l.antal) })),
    insatser: [...insatser].map(([id, namn]) => ({ id, namn })).sort((a, b) => a.namn.localeCompare(b.namn, "sv")),
    galler: enkat.insatser.length === 0 ? null : enkat.insatser.map((x) => x.insats),
    forbundMinCell: forbund.minCellStorlek,
  };
}
