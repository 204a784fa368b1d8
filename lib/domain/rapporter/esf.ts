/**
 * The ESF participant file (DESIGN.md §4): each month SCB is told who started
 * and who ended in an ESF-financed insats, by personnummer. Pure: the server
 * decrypts the personnummer and passes them in.
 */
export type EsfInskrivning = {
  inskrivningId: string;
  deltagareId: string;
  kod: string;
  kon: "K" | "M";
  fodelsear: number;
  skyddadIdentitet: boolean;
  /** Consent withdrawn: identity erased, the participation continues as ANONYM. */
  anonymiserad: boolean;
  startdatum: string;
  avslutsdatum: string | null;
  avslutsorsak: string | null;
};

export type EsfHandelse = { typ: "START" | "AVSLUT"; datum: string; rad: EsfInskrivning };

/** "YYYY-MM" → its first and last day. */
export function manadensDagar(manad: string): { fran: string; till: string } {
  const [ar, man] = manad.split("-").map(Number) as [number, number];
  const sista = new Date(Date.UTC(ar, man, 0)).getUTCDate();
  return { fran: `${manad}-01`, till: `${manad}-${String(sista).padStart(2, "0")}` };
}

/**
 * Starts and ends within the month, by date (start before avslut on the same
 * day). A FELREGISTRERING was never a participation and is not reported (SUS
 * rule, as in the goal engine).
 */
export function esfHandelser(rader: readonly EsfInskrivning[], manad: string): EsfHandelse[] {
  const { fran, till } = manadensDagar(manad);
  const inom = (d: string | null): d is string => d !== null && d >= fran && d <= till;
  const handelser: EsfHandelse[] = [];
  for (const rad of rader) {
    if (rad.avslutsorsak === "FELREGISTRERING") continue;
    if (inom(rad.startdatum)) handelser.push({ typ: "START", datum: rad.startdatum, rad });
    if (inom(rad.avslutsdatum)) handelser.push({ typ: "AVSLUT", datum: rad.avslutsdatum, rad });
  }
  const ordning = { START: 0, AVSLUT: 1 };
  return handelser.sort((a, b) => a.datum.localeCompare(b.datum) || ordning[a.typ] - ordning[b.typ] || a.rad.kod.localeCompare(b.rad.kod));
}

export type EsfIdentifiering =
  | { typ: "PERSONNUMMER"; varde: string }
  /** Skyddade personuppgifter: no identity is kept (DESIGN.md §5); the deltagarkod stands in. */
  | { typ: "SKYDDAD"; varde: string }
  /** Identity erased (withdrawn consent) or never recorded: the code, for the vägledare to resolve with the person. */
  | { typ: "SAKNAS"; varde: string };

/** Who may be decrypted for the file: people with a kept identity, never a protected one. */
export const behoverPersonnummer = (r: EsfInskrivning) => !r.skyddadIdentitet && !r.anonymiserad;

export function esfIdentifiering(r: EsfInskrivning, personnummer: string | null): EsfIdentifiering {
  if (r.skyddadIdentitet) return { typ: "SKYDDAD", varde: r.kod };
  if (behoverPersonnummer(r) && personnummer) return { typ: "PERSONNUMMER", varde: personnummer };
  return { typ: "SAKNAS", varde: r.kod };
}

export const ESF_KOLUMNER = ["Personnummer", "Skyddad identitet (kod)", "Händelse", "Datum", "Kön", "Födelseår", "Avslutsorsak", "Anmärkning"] as const;

export const ESF_ANMARKNING: Record<EsfIdentifiering["typ"], string> = {
  PERSONNUMMER: "",
  SKYDDAD: "Skyddade personuppgifter – rapportera med koden enligt SCB:s rutin",
  SAKNAS: "Personnummer saknas (samtycket återkallat eller ej registrerat)",
};

/** The month the form opens on: last month (the usual one to report), kept within the insats's period. */
export function standardManad(idag: string, start: string, slut: string | null): string {
  const [ar, man] = idag.split("-").map(Number) as [number, number];
  const forra = man === 1 ? `${ar - 1}-12` : `${ar}-${String(man - 1).padStart(2, "0")}`;
  const forsta = start.slice(0, 7);
  const sista = (slut ?? idag).slice(0, 7);
  if (forra < forsta) return forsta;
  return forra > sista ? sista : forra;
}
