// Pure role → permission table (DESIGN.md §1). requireTenant checks membership;
// this decides what a role may do once inside.

export const ROLES = ["ADMIN", "PROCESSLEDARE", "VAGLEDARE", "STYRELSE"] as const;
export type Roll = (typeof ROLES)[number];

export const PERMISSIONS = {
  "insats:read": ["ADMIN", "PROCESSLEDARE", "VAGLEDARE", "STYRELSE"],
  "insats:write": ["ADMIN", "PROCESSLEDARE"],
  "malsattning:write": ["ADMIN", "PROCESSLEDARE"],
  "resultat:read": ["ADMIN", "PROCESSLEDARE", "VAGLEDARE", "STYRELSE"],
  /** The insats dashboard: unsuppressed breakdowns, so never styrelse; vägledare only where assigned (canSeeInsatsDeltagare). */
  "dashboard:read": ["ADMIN", "PROCESSLEDARE", "VAGLEDARE"],
  /** Participant-level pages. Vägledare only within assigned insatser (see canSeeInsatsDeltagare). */
  "deltagare:read": ["ADMIN", "PROCESSLEDARE", "VAGLEDARE"],
  "deltagare:write": ["VAGLEDARE", "PROCESSLEDARE"],
  /** Reveal an identity with a stated, logged reason (processledare); assigned vägledare see it directly. */
  "identitet:reveal": ["PROCESSLEDARE"],
  "inskrivning:reopen": ["PROCESSLEDARE"],
  /** The vägledare's start page: their assigned insatser's work list and data gaps. */
  "mitt-arbete:read": ["VAGLEDARE"],
  "rapport:read": ["ADMIN", "PROCESSLEDARE"],
  "styrelse:read": ["ADMIN", "PROCESSLEDARE", "STYRELSE"],
  /** The förbund overview with exact figures and data-quality warnings; styrelse reads the suppressed board view instead. */
  "oversikt:read": ["ADMIN", "PROCESSLEDARE"],
  "export:create": ["ADMIN", "PROCESSLEDARE", "STYRELSE"],
  /** The ESF participant file decrypts personnummer: a reveal, so the same role as identitet:reveal (DESIGN.md §1, §5). */
  "esf:export": ["PROCESSLEDARE"],
  "admin:users": ["ADMIN"],
  "admin:apinycklar": ["ADMIN"],
  "audit:read": ["ADMIN"],
  /**
   * GDPR (art. 15 and 17): a registerutdrag holds everything about one person in
   * every insats, identity in clear, so only the role that may reveal any identity;
   * the same role erases. A vägledare sees one insats only. Corrections (art. 16)
   * use deltagare:write with canWriteInsatsDeltagare.
   */
  "gdpr:registerutdrag": ["PROCESSLEDARE"],
  "gdpr:radera": ["PROCESSLEDARE"],
  /** Enkäter (issue 10): the instruments' texts are not about people, so every staff role reads them. */
  "enkat:read": ["ADMIN", "PROCESSLEDARE", "VAGLEDARE"],
  "enkat:write": ["ADMIN", "PROCESSLEDARE"],
  /** Answer links: processledare, and vägledare for insatser they are assigned to (lib/server/enkat/create-enkat-lankar.ts). */
  "enkat:lankar": ["PROCESSLEDARE", "VAGLEDARE"],
  /** Enkät results: exact for admin and processledare, suppressed for everyone else (lib/server/enkat-resultat/get-enkat-resultat.ts). */
  "enkatresultat:read": ["ADMIN", "PROCESSLEDARE", "VAGLEDARE", "STYRELSE"],
  /** The förbund's retention period (gallring). */
  "admin:gallring": ["ADMIN"],
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

/**
 * Who may register deltagare (and record or withdraw their consent) in an
 * insats: a vägledare assigned to it, or a processledare. Admin and styrelse never.
 */
export function canWriteInsatsDeltagare(ctx: { roll: Roll; insatsIds: readonly string[] }, insatsId: string): boolean {
  if (ctx.roll === "PROCESSLEDARE") return true;
  return ctx.roll === "VAGLEDARE" && ctx.insatsIds.includes(insatsId);
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
