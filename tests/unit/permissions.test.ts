import { describe, expect, it } from "vitest";
import { can, canSeeIdentity, canSeeInsatsDeltagare, canWriteInsatsDeltagare, landingPath, PERMISSIONS, ROLES, type Permission } from "@/lib/auth/permissions";

describe("role permissions", () => {
  it("lets only admin and processledare change insatser and targets", () => {
    for (const p of ["insats:write", "malsattning:write"] as Permission[]) {
      expect(ROLES.filter((r) => can(r, p))).toEqual(["ADMIN", "PROCESSLEDARE"]);
    }
  });

  it("never gives styrelse access to participant-level data", () => {
    for (const p of ["deltagare:read", "deltagare:write", "identitet:reveal"] as Permission[]) {
      expect(can("STYRELSE", p)).toBe(false);
    }
  });

  it("keeps user administration and the audit log to admins", () => {
    expect(ROLES.filter((r) => can(r, "admin:users"))).toEqual(["ADMIN"]);
    expect(ROLES.filter((r) => can(r, "audit:read"))).toEqual(["ADMIN"]);
  });

  it("names only known roles in the table", () => {
    for (const roles of Object.values(PERMISSIONS)) for (const r of roles) expect(ROLES).toContain(r);
  });
});

describe("participant visibility", () => {
  const insats = "insats-1";
  it("shows a vägledare only the insatser they are assigned to", () => {
    expect(canSeeInsatsDeltagare({ roll: "VAGLEDARE", insatsIds: [insats] }, insats)).toBe(true);
    expect(canSeeInsatsDeltagare({ roll: "VAGLEDARE", insatsIds: ["other"] }, insats)).toBe(false);
  });

  it("shows processledare participants (pseudonymised) and styrelse none", () => {
    expect(canSeeInsatsDeltagare({ roll: "PROCESSLEDARE", insatsIds: [] }, insats)).toBe(true);
    expect(canSeeInsatsDeltagare({ roll: "STYRELSE", insatsIds: [insats] }, insats)).toBe(false);
  });

  it("lets only an assigned vägledare or a processledare register deltagare", () => {
    expect(canWriteInsatsDeltagare({ roll: "VAGLEDARE", insatsIds: [insats] }, insats)).toBe(true);
    expect(canWriteInsatsDeltagare({ roll: "VAGLEDARE", insatsIds: ["other"] }, insats)).toBe(false);
    expect(canWriteInsatsDeltagare({ roll: "PROCESSLEDARE", insatsIds: [] }, insats)).toBe(true);
    expect(canWriteInsatsDeltagare({ roll: "ADMIN", insatsIds: [insats] }, insats)).toBe(false);
    expect(canWriteInsatsDeltagare({ roll: "STYRELSE", insatsIds: [insats] }, insats)).toBe(false);
  });

  it("shows identities in clear only to an assigned vägledare", () => {
    expect(canSeeIdentity({ roll: "VAGLEDARE", insatsIds: [insats] }, insats)).toBe(true);
    expect(canSeeIdentity({ roll: "PROCESSLEDARE", insatsIds: [insats] }, insats)).toBe(false);
    expect(canSeeIdentity({ roll: "ADMIN", insatsIds: [insats] }, insats)).toBe(false);
    expect(canSeeIdentity({ roll: "VAGLEDARE", insatsIds: [] }, insats)).toBe(false);
  });
});

describe("landing page after login", () => {
  it("sends each role to its own start page", () => {
    expect(landingPath("kalmar", "STYRELSE")).toBe("/f/kalmar/styrelse");
    expect(landingPath("kalmar", "VAGLEDARE")).toBe("/f/kalmar/mitt-arbete");
    expect(landingPath("kalmar", "PROCESSLEDARE")).toBe("/f/kalmar");
    expect(landingPath("kalmar", "ADMIN")).toBe("/f/kalmar");
  });
});
