// System path on plain db: the signed-in user's own account, outside any förbund.
import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { UnauthorizedError } from "@/lib/errors";
import { getSessionIdentity } from "./session";
import { CHANGE_PASSWORD_PATH, loginUrl } from "./paths";

export type CurrentUser = { userId: string; email: string; namn: string; sessionVersion: number; losenordMasteBytas: boolean };

/**
 * The signed-in person, checked against the database like resolveTenant:
 * inactive or an outdated session version is "not signed in". Null when not.
 */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getSessionIdentity();
  if (!session) return null;
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: { email: true, namn: true, aktiv: true, sessionVersion: true, losenordMasteBytas: true },
  });
  if (!user || !user.aktiv || user.sessionVersion !== session.sessionVersion) return null;
  return { userId: session.userId, email: user.email, namn: user.namn, sessionVersion: user.sessionVersion, losenordMasteBytas: user.losenordMasteBytas };
});

/**
 * For pages outside a förbund (/, /valj-forbund, /konto): logged out or
 * revoked → /login; still on a temporary password → /konto/losenord unless
 * this is that page.
 */
export async function requireUser(path: string, options: { allowPasswordChange?: boolean } = {}): Promise<CurrentUser> {
  const session = await getSessionIdentity();
  const user = await currentUser();
  if (!user) redirect(loginUrl(path, session ? "utloggad" : undefined));
  if (user.losenordMasteBytas && !options.allowPasswordChange) redirect(CHANGE_PASSWORD_PATH);
  return user;
}

/** For the account's own server actions: the same check, as an UnauthorizedError that runAction turns into a result. */
export async function authorizeUser(): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) throw new UnauthorizedError();
  return user;
}
