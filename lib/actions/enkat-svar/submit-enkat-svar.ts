"use server";
import { headers } from "next/headers";
import { clientIpFrom } from "@/lib/domain/security/client-ip";
import { enkatSvarSchema } from "@/lib/validation/enkat";
import { submitEnkatSvar } from "@/lib/server/enkat/submit-enkat-svar";
import { parseInput, runAction, type ActionResult } from "@/lib/actions/result";

/**
 * Public: the answer page /e/[token] has no login; the token is the only
 * credential. The address is read for throttling only and kept as a keyed hash
 * of refused tokens — never with an answer.
 */
export async function submitEnkatSvarAction(token: unknown, input: unknown): Promise<ActionResult<{ kopplad: boolean }>> {
  return runAction(async () => {
    const ip = clientIpFrom((await headers()).get("x-forwarded-for"), Number(process.env.TRUSTED_PROXY_HOPS ?? 1));
    const { svar } = parseInput(enkatSvarSchema, input);
    return submitEnkatSvar(typeof token === "string" ? token : "", svar, ip);
  });
}
