import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { Locale } from "@/lib/domain/kodlistor";
import { styrelseVy } from "@/lib/domain/oversikt/styrelse-vy";
import type { StyrelseOversikt } from "@/lib/domain/oversikt/types";
import type { OversiktFilter } from "@/lib/validation/oversikt";
import { getForbundOversikt } from "./get-forbund-oversikt";

/**
 * The board's view model — the only overview the styrelse page, its PDF and
 * a styrelse caller of the API receive. Suppression happens here, on the
 * server, before anything is rendered or serialised.
 */
export async function getStyrelseOversikt(ctx: TenantContext, filter: OversiktFilter, opts: { locale?: Locale; today?: string } = {}): Promise<StyrelseOversikt> {
  return styrelseVy(await getForbundOversikt(ctx, filter, opts));
}
