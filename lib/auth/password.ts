import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { passwordPolicyErrors } from "@/lib/domain/security/password-policy";
import { ValidationError } from "@/lib/errors";

// argon2id (the library's default algorithm) with OWASP's minimum parameters.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/**
 * Hashes a password that is being SET (a new account, a changed password):
 * the policy applies here, never when verifying, so older hashes keep working.
 */
export async function hashNewPassword(password: string, email: string): Promise<string> {
  const errors = passwordPolicyErrors(password, email);
  if (errors.length > 0) throw new ValidationError("Lösenordet uppfyller inte kraven.", { password: errors });
  return hashPassword(password);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  // Verify against a fixed hash when the user is unknown so timing does not reveal which emails exist.
  const target = passwordHash ?? (await dummyHash());
  try {
    const ok = await verify(target, password);
    return ok && passwordHash !== null;
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
function dummyHash(): Promise<string> {
  dummy ??= hash("ingen-anvandare-har-detta-losenord", OPTIONS);
  return dummy;
}
