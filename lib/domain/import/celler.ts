/**
 * Reading one cell of an import file. Every reader returns the value or a
 * Swedish message for the row report; an empty cell is `null`, never an error
 * here (whether a column is required is the row validator's business).
 */
import { isoDate } from "@/lib/validation/common";
import type { KodPost, Kodlista } from "@/lib/domain/kodlistor";
import { FLERVARDE_SEPARATOR } from "./kolumner";

export type Cell<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): Cell<T> => ({ ok: true, value });
const fel = (error: string): Cell<never> => ({ ok: false, error });

export function lasText(raw: string, max: number): Cell<string | null> {
  const s = raw.trim();
  if (s === "") return ok(null);
  if (s.length > max) return fel(`Högst ${max} tecken (nu ${s.length})`);
  return ok(s);
}

export function lasDatum(raw: string): Cell<string | null> {
  const s = raw.trim();
  if (s === "") return ok(null);
  const r = isoDate.safeParse(s);
  return r.success ? ok(r.data) : fel(`${r.error.issues[0]?.message ?? "Ogiltigt datum"} (nu "${s}")`);
}

export function lasAr(raw: string, today: string): Cell<number | null> {
  const s = raw.trim();
  if (s === "") return ok(null);
  if (!/^\d{4}$/.test(s)) return fel(`Ange födelseår med fyra siffror, t.ex. 1985 (nu "${s}")`);
  const ar = Number(s);
  const iAr = Number(today.slice(0, 4));
  if (ar > iAr) return fel(`Födelseåret ${ar} ligger i framtiden`);
  if (iAr - ar > 120) return fel(`Födelseåret ${ar} är inte rimligt`);
  return ok(ar);
}

const JA = new Set(["ja", "j", "1", "yes", "sant", "true"]);
const NEJ = new Set(["nej", "n", "0", "no", "falskt", "false"]);

export function lasJaNej(raw: string): Cell<boolean | null> {
  const s = raw.trim().toLowerCase();
  if (s === "") return ok(null);
  if (JA.has(s)) return ok(true);
  if (NEJ.has(s)) return ok(false);
  return fel(`Skriv ja eller nej (nu "${raw.trim()}")`);
}

/** Code, Swedish label or English label, any case → the code. */
const kodIndex = new WeakMap<object, Map<string, string>>();
function indexFor(lista: Kodlista<KodPost>): Map<string, string> {
  let idx = kodIndex.get(lista);
  if (!idx) {
    idx = new Map();
    for (const p of lista.poster) {
      for (const namn of [p.en, p.sv, p.kod]) idx.set(namn.trim().toLowerCase(), p.kod);
    }
    kodIndex.set(lista, idx);
  }
  return idx;
}

function okandKod(v: string, lista: Kodlista<KodPost>): string {
  const koder = lista.poster.filter((p) => !p.utgatt).map((p) => p.kod);
  return `"${v}" finns inte i kodlistan – använd en av ${koder.join(", ")} eller deras benämningar`;
}

export function lasKod(raw: string, lista: Kodlista<KodPost>): Cell<string | null> {
  const s = raw.trim();
  if (s === "") return ok(null);
  const kod = indexFor(lista).get(s.toLowerCase());
  return kod ? ok(kod) : fel(okandKod(s, lista));
}

export function lasKoder(raw: string, lista: Kodlista<KodPost>): Cell<string[]> {
  const delar = raw
    .split(FLERVARDE_SEPARATOR)
    .map((d) => d.trim())
    .filter((d) => d !== "");
  const koder: string[] = [];
  for (const d of delar) {
    const kod = indexFor(lista).get(d.toLowerCase());
    if (!kod) return fel(okandKod(d, lista));
    if (!koder.includes(kod)) koder.push(kod);
  }
  if (koder.length > 20) return fel("Högst 20 värden");
  return ok(koder);
}

/** A measurement: ja/nej for JANEJ variables, else a number (decimal comma allowed; the range is checked later). */
export function lasMatvarde(raw: string, typ: "SKALA" | "JANEJ"): Cell<number | null> {
  const s = raw.trim();
  if (s === "") return ok(null);
  if (typ === "JANEJ") {
    const b = lasJaNej(s);
    return b.ok ? ok(b.value === null ? null : b.value ? 1 : 0) : b;
  }
  if (!/^-?\d+([.,]\d+)?$/.test(s)) return fel(`Ange ett tal (nu "${s}")`);
  return ok(Number(s.replace(",", ".")));
}
