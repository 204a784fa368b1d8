import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { parseInput } from "@/lib/actions/result";
import { susSammanstallning, undertryckSus, type SusSammanstallning } from "@/lib/domain/rapporter/sus";
import type { Cell } from "@/lib/domain/suppression";
import { susFilterSchema, type SusFilter } from "@/lib/validation/sus";
import { toIsoDate, todayIso } from "@/lib/server/dates";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { countSusRader } from "./count-sus-rader";

export type SusVy = {
  insats: { id: string; namn: string; matningsmetod: "VOLYM" | "ANONYM" | "PERSONUPPGIFTER" };
  forbund: { namn: string };
  filter: SusFilter;
  period: { fran: string; till: string };
  idag: string;
  /** True for styrelse: every count under minCell is hidden, on the server. */
  undertryckt: boolean;
  minCell: number;
  sammanstallning: SusSammanstallning<Cell>;
};

/**
 * The SUS summary of one insats and period. Styrelse get it suppressed (they
 * see aggregates only, DESIGN.md §5); admin and processledare exact; a
 * vägledare only for an insats they are assigned to, exact like its dashboard.
 */
export async function getSusSammanstallning(ctx: TenantContext, insatsId: string, filterInput: unknown, opts: { today?: string } = {}): Promise<SusVy> {
  if (ctx.roll === "VAGLEDARE" && !ctx.insatsIds.includes(insatsId)) throw new ForbiddenError();
  const filter = parseInput(susFilterSchema, filterInput);
  const idag = opts.today ?? todayIso();
  return withTenantTx(ctx.forbundId, async (tx) => {
    const [insats, forbund] = await Promise.all([
      tx.insats.findFirst({ where: { id: insatsId, forbundId: ctx.forbundId }, select: { id: true, namn: true, matningsmetod: true, startdatum: true } }),
      tx.forbund.findUniqueOrThrow({ where: { id: ctx.forbundId }, select: { namn: true, minCellStorlek: true } }),
    ]);
    if (!insats) throw new NotFoundError("Insatsen");
    const period = { fran: filter.fran ?? toIsoDate(insats.startdatum), till: filter.till ?? idag };
    const exakt = susSammanstallning(await countSusRader(tx, ctx.forbundId, insatsId, period.fran, period.till));
    const undertryckt = ctx.roll === "STYRELSE";
    return {
      insats: { id: insats.id, namn: insats.namn, matningsmetod: insats.matningsmetod },
      forbund: { namn: forbund.namn },
      filter,
      period,
      idag,
      undertryckt,
      minCell: forbund.minCellStorlek,
      sammanstallning: undertryckt ? undertryckSus(exakt, forbund.minCellStorlek) : exakt,
    };
  });
}
