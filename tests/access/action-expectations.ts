// Who may call each server action. Everyone else must be refused before the
// action reads its input or touches data: logged out → unauthorized, another
// förbund → not_found, a role without the permission → forbidden (or
// not_found where the record is hidden from them, e.g. a vägledare on an
// insats they are not assigned to).
import type { RolePersona } from "./expectations";

const LEADERS: RolePersona[] = ["admin", "processledare"];
const PARTICIPANT_WRITERS: RolePersona[] = ["processledare", "vagledare"];
const ADMIN: RolePersona[] = ["admin"];

export const ACTION_EXPECTATIONS: Record<string, RolePersona[]> = {
  // insatser and their money, groups and staff
  createInsatsAction: LEADERS,
  updateInsatsAction: LEADERS,
  avslutaInsatsAction: LEADERS,
  setVagledareAction: LEADERS,
  createGruppAction: LEADERS,
  deleteGruppAction: LEADERS,
  updateGruppAction: LEADERS,
  createBudgetPostAction: LEADERS,
  createFinansieringAction: LEADERS,
  createUtfallAction: LEADERS,
  deleteEkonomiPostAction: LEADERS,
  // targets
  createMalsattningAction: LEADERS,
  updateMalsattningAction: LEADERS,
  deleteMalsattningAction: LEADERS,
  setKvalitativStatusAction: LEADERS,
  // participants
  registerInskrivningAction: PARTICIPANT_WRITERS,
  registerVolymAction: PARTICIPANT_WRITERS,
  withdrawSamtyckeAction: PARTICIPANT_WRITERS,
  recordMatningarAction: PARTICIPANT_WRITERS,
  avslutaInskrivningAction: PARTICIPANT_WRITERS,
  recordUppfoljningAction: PARTICIPANT_WRITERS,
  savePlanAction: PARTICIPANT_WRITERS,
  reopenInskrivningAction: ["processledare"],
  revealIdentityAction: ["processledare"],
  // GDPR (lib/actions/gdpr)
  rattaDeltagareAction: PARTICIPANT_WRITERS,
  raderaPersonuppgifterAction: ["processledare"],
  setGallringAction: ADMIN,
  // enkäter (links: assignment to the insats is checked by lib/server/enkat/create-enkat-lankar.ts)
  createEnkatAction: LEADERS,
  updateEnkatAction: LEADERS,
  setEnkatStatusAction: LEADERS,
  createEnkatLankarAction: PARTICIPANT_WRITERS,
  // administration
  createApiNyckelAction: ADMIN,
  revokeApiNyckelAction: ADMIN,
  inviteAnvandareAction: ADMIN,
  setAnvandareAktivAction: ADMIN,
  setAnvandareRollAction: ADMIN,
};
