import { addDays } from "@/lib/domain/goals/rows";

/** The 90-day follow-up is due this many days after avslut (SUS, DESIGN.md §4). */
export const UPPFOLJNING_EFTER_DAGAR = 90;
/** A follow-up enters the work list this many days before it is due. */
export const UPPFOLJNING_FORVARNING_DAGAR = 14;

export function uppfoljningForfaller(avslutsdatum: string): string {
  return addDays(avslutsdatum, UPPFOLJNING_EFTER_DAGAR);
}

/**
 * Where a follow-up stands on `today`: GJORD once recorded (whatever the
 * status, "ej nådd" included), else EJ_AKTUELL until two weeks before it is
 * due, AKTUELL until the due date, FORSENAD after it.
 */
export type UppfoljningLage = "GJORD" | "EJ_AKTUELL" | "AKTUELL" | "FORSENAD";

export function uppfoljningLage(avslutsdatum: string, harUppfoljning: boolean, today: string): UppfoljningLage {
  if (harUppfoljning) return "GJORD";
  const forfaller = uppfoljningForfaller(avslutsdatum);
  if (today > forfaller) return "FORSENAD";
  if (today >= addDays(forfaller, -UPPFOLJNING_FORVARNING_DAGAR)) return "AKTUELL";
  return "EJ_AKTUELL";
}
