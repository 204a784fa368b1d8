// Pure role → permission table (DESIGN.md §1). requireTenant checks membership;
// this decides what a role may do once inside.

export const ROLES = ["ADMIN", "PROCESSLEDARE", "VAGLEDARE", "STYRELSE"] as const;
export type Roll = (typeof ROLES)[number];

export const PERMISSIONS = {
  "insats:read": ["ADMIN", "PROCESSLEDARE", "VAGLEDARE", "STYRELSE"],
  "insats:write": ["ADMIN", "PROCESSLEDARE"],
  "malsattning:write": ["ADMIN", "PROCESSLEDARE"],
  "resultat:read": ["ADMIN", "PROCESSLEDARE", "VAGLEDARE", "STYRELSE"],
  /** Participant-level pages. Vägledare only within assigned insatser (see canSeeInsatsDeltagare). */
  "deltagare:read": ["ADMIN", "PROCESSLEDARE", "VAGLEDARE"],
  "deltagare:write": ["VAGLEDARE", "PROCESSLEDARE"],
  /** Reveal an identity with a stated, logged reason (processledare); assigned vägledare see it directly. */
  "identitet:reveal": ["PROCESSLEDARE"],
  "inskrivning:reopen": ["PROCESSLEDARE"],
  "rapport:read": ["ADMIN", "PROCESSLEDARE"],
  "styrelse:read": ["ADMIN", "PROCESSLEDARE", "STYRELSE"],
  "export:create": ["ADMIN", "PROCESSLEDARE", "STYRELSE"],
  "admin:users": ["ADMIN"],
  "audit:read": ["ADMIN"],
} as const satisfies Record<string, readonly Roll[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(roll: Roll, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Roll[]).includes(roll);
}

/**
 * Who may see participant rows of an insats. Vägledare: only insatser they are
 * assigned to. Processledare/admin: all, pseudonymised. Styrelse: never.
 */
export function canSeeInsatsDeltagare(ctx: { roll: Roll; insatsIds: readonly string[] }, insatsId: string): boolean {
  if (ctx.roll === "STYRELSE") return false;
  if (ctx.roll === "VAGLEDARE") return ctx.insatsIds.includes(insatsId);
  return true;
}

/** Identity in clear text: only vägledare assigned to the insats (others reveal on purpose, logged). */
export function canSeeIdentity(ctx: { roll: Roll; insatsIds: readonly string[] }, insatsId: string): boolean {
  return ctx.roll === "VAGLEDARE" && ctx.insatsIds.includes(insatsId);
}

/** Where a user lands after login, by role. */
export function landingPath(slug: string, roll: Roll): string {
  if (roll === "STYRELSE") return `/f/${slug}/styrelse`;
  if (roll === "VAGLEDARE") return `/f/${slug}/mitt-arbete`;
  return `/f/${slug}`;
}
