/**
 * The login form's own check, without zod: the login page is the first page
 * anyone loads, and zod and react-hook-form were ~100 kB of its JavaScript
 * (bench:js, issue 8). Same rules and messages as loginSchema (lib/validation/auth.ts),
 * which the server applies; login-falt.test.ts checks that the two agree.
 */

/** zod's e-mail pattern (z.regexes.email), copied so the browser need not load zod. */
const EPOST = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

export const EPOST_MONSTER = EPOST;

export type LoginFalt = { email: string; password: string };

/** The first error per field, as loginSchema reports it; the values as loginSchema outputs them. */
export function kontrolleraLogin(input: LoginFalt): { varden: LoginFalt; fel: Partial<Record<keyof LoginFalt, string>> } {
  const email = input.email.trim().toLowerCase();
  const fel: Partial<Record<keyof LoginFalt, string>> = {};
  if (email.length < 1) fel.email = "Ange din e-postadress";
  else if (!EPOST.test(email)) fel.email = "Ange en giltig e-postadress";
  else if (email.length > 254) fel.email = "E-postadressen är för lång";
  if (input.password.length < 1) fel.password = "Ange ditt lösenord";
  else if (input.password.length > 200) fel.password = "Lösenordet är för långt";
  return { varden: { email, password: input.password }, fel };
}
