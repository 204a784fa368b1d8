import "server-only";

/**
 * The pseudonymous columns of a Deltagare that every view of a person reads:
 * code, kön, birth year and whether the identity is protected. Never a name or
 * personnummer: those live in DeltagareIdentitet, selected with identitetSelect
 * only where the caller may see them.
 */
export const deltagareGrundSelect = {
  id: true,
  kod: true,
  kon: true,
  fodelsear: true,
  skyddadIdentitet: true,
} as const;

/** The encrypted identity columns readIdentity / readIdentityInFull decode. */
export const identitetSelect = { personnummerEnc: true, kontaktEnc: true } as const;
