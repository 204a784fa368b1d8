"use server";
import { authorizeUser } from "@/lib/auth/require-user";
import { reissueSessionCookie } from "@/lib/auth/session-cookie";
import { changePasswordSchema } from "@/lib/validation/konto";
import { changePassword } from "@/lib/server/konto/change-password";
import { parseInput, runAction, type ActionResult } from "@/lib/actions/result";

/** The signed-in user's own password (not tied to a förbund). This session goes on; all others end. */
export async function changePasswordAction(input: unknown): Promise<ActionResult<{ changed: true }>> {
  return runAction(async () => {
    const user = await authorizeUser();
    const { sessionVersion } = await changePassword(user, parseInput(changePasswordSchema, input));
    await reissueSessionCookie(sessionVersion);
    return { changed: true as const };
  });
}
