// The access matrix: for every page and API route of a förbund, what each
// kind of caller must get. One table, so a reviewer sees the whole policy at
// once. Logged-out callers and users of another förbund are the same for all
// routes (sent to login / 401, and 404) and are not repeated per row.
//
// Personas (tests/e2e/access-matrix.spec.ts logs in as each):
//   admin, processledare, styrelse  – trollhattan users
//   vagledare            – trollhattan vägledare on an insats they are assigned to (Friska Vindar 2.0)
//   vagledareEjTilldelad – the same user on an insats they are not assigned to (Vägen vidare)
//   annatForbund         – processledare of kalmar on trollhattan's routes

export const ROLE_PERSONAS = ["admin", "processledare", "vagledare", "vagledareEjTilldelad", "styrelse"] as const;
export type RolePersona = (typeof ROLE_PERSONAS)[number];
export type Persona = RolePersona | "anonym" | "annatForbund";

/**
 * ok: 2xx · invalid: 400 (an allowed caller sent the empty body the matrix sends to writes)
 * forbidden: 403 · notFound: 404 · refused: 403 or 404 · redirect: 3xx to a page other than login
 */
export type Outcome = "ok" | "invalid" | "forbidden" | "notFound" | "refused" | "redirect";

type Row = Record<RolePersona, Outcome>;

function row(allowed: readonly RolePersona[], outcome: Outcome, otherwise: Outcome = "forbidden", overrides: Partial<Row> = {}): Row {
  const r = Object.fromEntries(ROLE_PERSONAS.map((p) => [p, allowed.includes(p) ? outcome : otherwise])) as Row;
  return { ...r, ...overrides };
}

const EVERYONE = ROLE_PERSONAS;
const LEADERS = ["admin", "processledare"] as const;
const ASSIGNED_STAFF = ["admin", "processledare", "vagledare"] as const;
const WRITERS_OF_PARTICIPANTS = ["processledare", "vagledare"] as const;

/** Read access: `ok` for the allowed, `forbidden` for the rest unless overridden. */
const read = (allowed: readonly RolePersona[], overrides: Partial<Row> = {}) => row(allowed, "ok", "forbidden", overrides);
/** Writes: the allowed get 400 for the empty body; everyone else is refused before validation. */
const write = (allowed: readonly RolePersona[], overrides: Partial<Row> = {}) => row(allowed, "invalid", "forbidden", overrides);

export const EXPECTATIONS: Record<string, Row> = {
  // Pages
  // The förbund overview: leaders; vägledare and styrelse are sent on to their own start pages.
  "PAGE /f/[forbund]": read(LEADERS, { vagledare: "redirect", vagledareEjTilldelad: "redirect", styrelse: "redirect" }),
  "PAGE /f/[forbund]/admin": read(["admin"]),
  "PAGE /f/[forbund]/admin/anvandare": read(["admin"]),
  "PAGE /f/[forbund]/admin/api-nycklar": read(["admin"]),
  "PAGE /f/[forbund]/admin/logg": read(["admin"]),
  "GET /f/[forbund]/admin/logg/export": read(["admin"]),
  "PAGE /f/[forbund]/deltagare/[deltagareId]": read(ASSIGNED_STAFF, { vagledareEjTilldelad: "refused" }),
  // GDPR correction: those who may register the person (processledare, an assigned vägledare).
  "PAGE /f/[forbund]/deltagare/[deltagareId]/ratta": read(WRITERS_OF_PARTICIPANTS, { vagledareEjTilldelad: "refused" }),
  "PAGE /f/[forbund]/admin/gallring": read(["admin"]),
  "PAGE /f/[forbund]/insatser": read(EVERYONE),
  "PAGE /f/[forbund]/insatser/[insatsId]": read(EVERYONE),
  "PAGE /f/[forbund]/insatser/[insatsId]/dashboard": read(ASSIGNED_STAFF),
  // The SUS summary: exact for leaders and the assigned vägledare, suppressed for styrelse.
  "PAGE /f/[forbund]/insatser/[insatsId]/sus": read(["admin", "processledare", "vagledare", "styrelse"]),
  "PAGE /f/[forbund]/insatser/[insatsId]/mal/[malId]": read(LEADERS),
  "PAGE /f/[forbund]/insatser/[insatsId]/mal/nytt": read(LEADERS),
  "PAGE /f/[forbund]/insatser/[insatsId]/redigera": read(LEADERS),
  "PAGE /f/[forbund]/insatser/[insatsId]/hantera": read(LEADERS),
  "PAGE /f/[forbund]/insatser/ny": read(LEADERS),
  // Enkäter (issue 10): instrument texts are not about people, so all staff read them; leaders edit.
  // The vägledare sees the same whether or not assigned: an enkät is not one insats's record.
  "PAGE /f/[forbund]/enkater": read(["admin", "processledare", "vagledare", "vagledareEjTilldelad"]),
  "PAGE /f/[forbund]/enkater/ny": read(LEADERS),
  "PAGE /f/[forbund]/enkater/[enkatId]": read(["admin", "processledare", "vagledare", "vagledareEjTilldelad"]),
  "PAGE /f/[forbund]/enkater/[enkatId]/redigera": read(LEADERS),
  // Enkät results: every role reads them, styrelse and vägledare suppressed (issue 10); exports as
  // export:create, sent without ?format so an allowed caller gets 400.
  "PAGE /f/[forbund]/enkater/[enkatId]/resultat": read(EVERYONE),
  "PAGE /f/[forbund]/enkatresultat": read(EVERYONE),
  "GET /f/[forbund]/enkater/[enkatId]/resultat/export": row(["admin", "processledare", "styrelse"], "invalid"),
  "GET /api/f/[forbund]/enkater/[enkatId]/resultat": read(EVERYONE),
  "PAGE /f/[forbund]/insatser/[insatsId]/inskrivningar/[inskrivningId]": read(ASSIGNED_STAFF),
  "PAGE /f/[forbund]/insatser/[insatsId]/deltagare": read(ASSIGNED_STAFF),
  "PAGE /f/[forbund]/insatser/[insatsId]/deltagare/ny": read(WRITERS_OF_PARTICIPANTS),
  "PAGE /f/[forbund]/insatser/[insatsId]/import": read(WRITERS_OF_PARTICIPANTS),
  "PAGE /f/[forbund]/mitt-arbete": read(["vagledare", "vagledareEjTilldelad"]),
  "PAGE /f/[forbund]/styrelse": read(["admin", "processledare", "styrelse"]),
  "PAGE /f/[forbund]/rapporter": read(LEADERS),

  // API
  "GET /api/f/[forbund]/oversikt": read(["admin", "processledare", "styrelse"]),
  "GET /api/f/[forbund]/styrelse/rapport.pdf": read(["admin", "processledare", "styrelse"]),
  // Table exports (CSV/xlsx) follow their page: styrelse get the suppressed tables.
  "GET /api/f/[forbund]/oversikt/export": read(["admin", "processledare", "styrelse"]),
  "GET /api/f/[forbund]/styrelse/export": read(["admin", "processledare", "styrelse"]),
  "GET /api/f/[forbund]/insatser/[insatsId]/dashboard/export": read(ASSIGNED_STAFF),
  "GET /api/f/[forbund]/insatser/[insatsId]/sus": read(["admin", "processledare", "vagledare", "styrelse"]),
  "GET /api/f/[forbund]/insatser/[insatsId]/sus/export": read(["admin", "processledare", "vagledare", "styrelse"]),
  "GET /api/f/[forbund]/insatser": read(EVERYONE),
  // Sent without ?ar / ?manad: an allowed caller gets 400, everyone else is refused first.
  "GET /api/f/[forbund]/rapporter/uppfoljning-finsam": row(LEADERS, "invalid"),
  // The ESF file decrypts personnummer: processledare only (esf:export), not even admin.
  "GET /api/f/[forbund]/insatser/[insatsId]/esf": row(["processledare"], "invalid"),
  "POST /api/f/[forbund]/insatser": write(LEADERS),
  "GET /api/f/[forbund]/insatser/[insatsId]": read(EVERYONE),
  "PATCH /api/f/[forbund]/insatser/[insatsId]": write(LEADERS),
  "GET /api/f/[forbund]/insatser/[insatsId]/dashboard": read(ASSIGNED_STAFF),
  "GET /api/f/[forbund]/insatser/[insatsId]/malsattningar": read(EVERYONE),
  "POST /api/f/[forbund]/insatser/[insatsId]/malsattningar": write(LEADERS),
  // Groups, vägledare, money and closing (issue 4). DELETE names a row that does not
  // exist ("saknas"), so an allowed caller gets 404 and no seed row is ever removed.
  "POST /api/f/[forbund]/insatser/[insatsId]/grupper": write(LEADERS),
  // Answer links: processledare and vägledare (assignment is checked against the insats named in the body, after validation).
  "POST /api/f/[forbund]/enkater/[enkatId]/lankar": write(["processledare", "vagledare", "vagledareEjTilldelad"]),
  "PATCH /api/f/[forbund]/insatser/[insatsId]/grupper/[gruppId]": row(LEADERS, "notFound"),
  "DELETE /api/f/[forbund]/insatser/[insatsId]/grupper/[gruppId]": row(LEADERS, "notFound"),
  "POST /api/f/[forbund]/insatser/[insatsId]/budget": write(LEADERS),
  "DELETE /api/f/[forbund]/insatser/[insatsId]/budget/[postId]": row(LEADERS, "notFound"),
  "POST /api/f/[forbund]/insatser/[insatsId]/finansiering": write(LEADERS),
  "DELETE /api/f/[forbund]/insatser/[insatsId]/finansiering/[postId]": row(LEADERS, "notFound"),
  "POST /api/f/[forbund]/insatser/[insatsId]/utfall": write(LEADERS),
  "DELETE /api/f/[forbund]/insatser/[insatsId]/utfall/[postId]": row(LEADERS, "notFound"),
  "PUT /api/f/[forbund]/insatser/[insatsId]/vagledare": write(LEADERS),
  "POST /api/f/[forbund]/insatser/[insatsId]/avsluta": write(LEADERS),
  "GET /api/f/[forbund]/insatser/[insatsId]/inskrivningar/[inskrivningId]": read(ASSIGNED_STAFF),
  "PATCH /api/f/[forbund]/insatser/[insatsId]/inskrivningar/[inskrivningId]": write(WRITERS_OF_PARTICIPANTS),
  "GET /api/f/[forbund]/insatser/[insatsId]/inskrivningar": read(ASSIGNED_STAFF),
  "POST /api/f/[forbund]/insatser/[insatsId]/inskrivningar": write(WRITERS_OF_PARTICIPANTS),
  "POST /api/f/[forbund]/insatser/[insatsId]/import": write(WRITERS_OF_PARTICIPANTS),
  "GET /api/f/[forbund]/insatser/[insatsId]/import/mall": read(WRITERS_OF_PARTICIPANTS),
  // GDPR: the registerutdrag holds identity in clear and every insats, so only processledare
  // (identitet:reveal) take it out or erase; a correction is a participant write.
  "GET /api/f/[forbund]/deltagare/[deltagareId]/registerutdrag": read(["processledare"]),
  "GET /api/f/[forbund]/deltagare/[deltagareId]/registerutdrag.pdf": read(["processledare"]),
  "PATCH /api/f/[forbund]/deltagare/[deltagareId]": write(WRITERS_OF_PARTICIPANTS, { vagledareEjTilldelad: "refused" }),
  "POST /api/f/[forbund]/deltagare/[deltagareId]/radera": write(["processledare"]),
};

void WRITERS_OF_PARTICIPANTS;

// ─── API keys (issue 7) ─────────────────────────────────────────────────────
// Every API route is also called with an `Authorization: Bearer` key of each
// role a key may have (tests/integration/api-key-matrix.test.ts). A key acts
// as its role in its own förbund with no assigned insatser, so by default its
// cell is the same as the person of that role; KEY_OVERRIDES lists where it
// differs. Fixed for every route: a key of another förbund → 404, a revoked
// or expired key → 401 (even when a session cookie comes along).

export const KEY_PERSONAS = ["nyckelAdmin", "nyckelProcessledare", "nyckelStyrelse"] as const;
export type KeyPersona = (typeof KEY_PERSONAS)[number];
export const KEY_ROLE: Record<KeyPersona, { persona: RolePersona; roll: "ADMIN" | "PROCESSLEDARE" | "STYRELSE" }> = {
  nyckelAdmin: { persona: "admin", roll: "ADMIN" },
  nyckelProcessledare: { persona: "processledare", roll: "PROCESSLEDARE" },
  nyckelStyrelse: { persona: "styrelse", roll: "STYRELSE" },
};

/** Cells where a key gets something other than the person of its role. */
export const KEY_OVERRIDES: Record<string, Partial<Record<KeyPersona, Outcome>>> = {};

export function keyExpectation(routeKey: string, persona: KeyPersona): Outcome | undefined {
  return KEY_OVERRIDES[routeKey]?.[persona] ?? EXPECTATIONS[routeKey]?.[KEY_ROLE[persona].persona];
}
