// The password policy (issue 7) for passwords that are SET: new accounts and
// changed passwords. Verifying a login never applies it, so accounts created
// under an older rule (the demo users' "demo1234") still sign in.

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** Swedish messages for what is wrong with a new password; empty when it is acceptable. */
export function passwordPolicyErrors(password: string, email: string): string[] {
  const errors: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) errors.push(`Lösenordet måste ha minst ${PASSWORD_MIN_LENGTH} tecken`);
  if (password.length > PASSWORD_MAX_LENGTH) errors.push(`Lösenordet får ha högst ${PASSWORD_MAX_LENGTH} tecken`);
  const lowered = password.trim().toLowerCase();
  const mail = email.trim().toLowerCase();
  if (mail && (lowered === mail || lowered === mail.split("@")[0])) errors.push("Lösenordet får inte vara din e-postadress");
  return errors;
}
