import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { AvslutaInsatsInput } from "@/lib/validation/insats-delar";
import { updateInsats } from "./update-insats";

/** Closing is a change of status that must name the day it ended (and the version read). */
export async function avslutaInsats(ctx: TenantContext, insatsId: string, input: AvslutaInsatsInput): Promise<{ id: string; version: number }> {
  return updateInsats(ctx, insatsId, { status: "AVSLUTAD", slutdatum: input.slutdatum, version: input.version });
}
