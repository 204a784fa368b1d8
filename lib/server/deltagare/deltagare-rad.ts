import "server-only";
import { deltagareGrundSelect, identitetSelect } from "./deltagare-select";
import { aldersgrupp } from "@/lib/domain/kodlistor";
import { readIdentity } from "@/lib/identity/identity-fields";
import { toIsoDate, toIsoDateOrNull } from "@/lib/server/dates";
import type { InsatsDeltagareRad } from "./list-insats-deltagare";

/** The columns of one row of an insats's participant list; identity ciphertext only when it may be shown. */
export function deltagareRadSelect(medIdentitet: boolean) {
  return {
    id: true,
    startdatum: true,
    avslutsdatum: true,
    avslutsorsak: true,
    anonymiserad: true,
    grupp: { select: { namn: true } },
    deltagare: {
      select: {
        ...deltagareGrundSelect,
        // Never selected for a caller who may not see it: ciphertext stays in the database.
        identitet: medIdentitet ? { select: identitetSelect } : false,
      },
    },
  } as const;
}

type Row = {
  id: string;
  startdatum: Date;
  avslutsdatum: Date | null;
  avslutsorsak: string | null;
  anonymiserad: boolean;
  grupp: { namn: string } | null;
  deltagare: {
    id: string;
    kod: string;
    kon: "K" | "M";
    fodelsear: number;
    skyddadIdentitet: boolean;
    identitet?: { personnummerEnc: string; kontaktEnc: string } | null;
  };
};

export function toDeltagareRad(r: Row, medIdentitet: boolean): InsatsDeltagareRad {
  const identitet = medIdentitet && r.deltagare.identitet ? readIdentity(r.deltagare.identitet) : null;
  return {
    inskrivningId: r.id,
    deltagareId: r.deltagare.id,
    kod: r.deltagare.kod,
    kon: r.deltagare.kon,
    aldersgrupp: aldersgrupp(r.deltagare.fodelsear, r.startdatum.getUTCFullYear()),
    startdatum: toIsoDate(r.startdatum),
    avslutsdatum: toIsoDateOrNull(r.avslutsdatum),
    status: r.avslutsorsak === "FELREGISTRERING" ? "FELREGISTRERING" : r.avslutsdatum ? "AVSLUTAD" : "PAGAR",
    grupp: r.grupp?.namn ?? null,
    anonymiserad: r.anonymiserad,
    skyddadIdentitet: r.deltagare.skyddadIdentitet,
    namn: identitet?.namn ?? null,
    personnummerMaskerat: identitet?.personnummerMaskerat ?? null,
  };
}
