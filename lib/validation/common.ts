import { z } from "zod";
import "./zod-locale";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date "YYYY-MM-DD" that exists (no 2021-02-30). */
export const isoDate = z
  .string({ error: "Ange ett datum" })
  .trim()
  .regex(ISO_DATE, { error: "Ange datum som ÅÅÅÅ-MM-DD", abort: true })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "Datumet finns inte");

/** An optional date where the form sends "" for "not set". */
export const optionalIsoDate = z.preprocess((v) => (v === "" ? null : v), isoDate.nullable().optional());

export const text = (max: number, message = `Högst ${max} tecken`) => z.string().trim().max(max, message);

export const optionalText = (max: number) => z.preprocess((v) => (v == null ? "" : v), text(max));

/** An id chosen from a list (a cuid/uuid-like token), or null/"" for none. */
export const optionalId = z.preprocess((v) => (v === "" ? null : v), z.string().trim().min(1).max(64).nullable().optional());

export const id = z.string({ error: "Saknas" }).trim().min(1, "Saknas").max(64, "Ogiltigt id");

/** Swedish kronor: non-negative, at most two decimals, below 10 billion. */
export const belopp = z
  .number({ error: "Ange ett belopp i kronor" })
  .finite("Ange ett belopp i kronor")
  .min(0, "Beloppet kan inte vara negativt")
  .max(9_999_999_999, "Beloppet är orimligt stort")
  .refine((n) => Math.round(n * 100) === n * 100 || Math.abs(Math.round(n * 100) - n * 100) < 1e-6, "Högst två decimaler");

export const year = z.number({ error: "Ange ett år" }).int("Ange ett helt år").min(2000, "Året måste vara 2000 eller senare").max(2100, "Året måste vara 2100 eller tidigare");

export const version = z.number({ error: "Versionsnummer saknas" }).int().min(1);

export function dateOrder(start: string | null | undefined, slut: string | null | undefined): boolean {
  return !start || !slut || slut >= start;
}

/**
 * For object-level rules: run them whenever the fields they read are valid,
 * even if other fields failed — so a form shows every error at once.
 */
export function whenValid(...fields: string[]) {
  return (payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) =>
    // An issue without a path means the input was not even an object (null, a
    // string …): then no cross-field rule may run, it would read fields of nothing.
    !payload.issues.some((i) => !i.path?.length || fields.includes(String(i.path[0])));
}
