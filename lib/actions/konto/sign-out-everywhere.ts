"use server";
import { authorizeUser } from "@/lib/auth/require-user";
import { reissueSessionCookie } from "@/lib/auth/session-cookie";
import { signOutEverywhere } from "@/lib/server/konto/sign-out-everywhere";
import { runAction, type ActionResult } from "@/lib/actions/result";

/** Ends every other session of the signed-in user; this one goes on with the new session version. */
export async function signOutEverywhereAction(): Promise<ActionResult<{ signedOut: true }>> {
  return runAction(async () => {
    const user = await authorizeUser();
    const { sessionVersion } = await signOutEverywhere(user);
    await reissueSessionCookie(sessionVersion);
    return { signedOut: true as const };
  });
}
