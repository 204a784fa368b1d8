import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { can, canWriteInsatsDeltagare } from "@/lib/auth/permissions";
import { toIsoDateOrNull } from "@/lib/server/dates";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { loadDeltagareForGdpr } from "./load-deltagare-for-gdpr";

export type GdprStatus = {
  deltagareId: string;
  kod: string;
  kon: "K" | "M";
  fodelsear: number;
  version: number;
  raderad: string | null;
  harIdentitet: boolean;
  kanRegisterutdrag: boolean;
  kanRatta: boolean;
  kanRadera: boolean;
};

/** What the GDPR panel and the correction page show, and which of its actions the caller may take. */
export async function getGdprStatus(ctx: TenantContext, deltagareId: string): Promise<GdprStatus> {
  return withTenantTx(ctx.forbundId, async (tx) => {
    const d = await loadDeltagareForGdpr(tx, ctx, deltagareId, "read");
    const identitet = await tx.deltagareIdentitet.count({ where: { forbundId: ctx.forbundId, deltagareId: d.id } });
    const raderad = toIsoDateOrNull(d.raderadAt);
    return {
      deltagareId: d.id,
      kod: d.kod,
      kon: d.kon,
      fodelsear: d.fodelsear,
      version: d.version,
      raderad,
      harIdentitet: identitet > 0,
      kanRegisterutdrag: can(ctx.roll, "gdpr:registerutdrag"),
      kanRatta: !raderad && can(ctx.roll, "deltagare:write") && d.inskrivningar.some((i) => canWriteInsatsDeltagare(ctx, i.insatsId)),
      kanRadera: !raderad && can(ctx.roll, "gdpr:radera"),
    };
  });
}
