/**
 * Demo enkäter (issue 10): every demo förbund gets a "Deltagarenkät vid avslut"
 * for its insatser and a förbund-level "Personalenkät", with answers, so every
 * results view shows real figures. The questions were written for the demo; no
 * licensed instrument's wording is used. The Personalenkät's first version has
 * only three answers, so the board sees suppression at work, and its second
 * version shows that versions are kept apart.
 *
 * Every demo link is already used or expired: the tokens are derived from
 * names and must never open an answer page.
 */
import { createHash } from "node:crypto";
import type { Prisma } from "../../../generated/prisma/client";
import { addDays, toDate, type Iso } from "./datum";
import { Rng } from "./rng";
import type { InsatsSpec } from "./typer";

type FragaSpec = Omit<Prisma.EnkatFragaCreateManyInput, "forbundId" | "id" | "versionId" | "ordning">;

export type EnkatRader = {
  enkater: Prisma.EnkatCreateManyInput[];
  enkatInsatser: Prisma.EnkatInsatsCreateManyInput[];
  enkatVersioner: Prisma.EnkatVersionCreateManyInput[];
  enkatFragor: Prisma.EnkatFragaCreateManyInput[];
  enkatLankar: Prisma.EnkatLankCreateManyInput[];
  enkatSvar: Prisma.EnkatSvarCreateManyInput[];
  enkatSvarRader: Prisma.EnkatSvarRadCreateManyInput[];
  malsattningar: Prisma.MalsattningCreateManyInput[];
};

export const DELTAGARENKAT = "Deltagarenkät vid avslut";
export const PERSONALENKAT = "Personalenkät";

const DELTAGARFRAGOR: FragaSpec[] = [
  { text: "Hur nöjd är du med stödet du har fått?", typ: "SKALA", skalaMin: 0, skalaMax: 10, etikettMin: "Inte alls nöjd", etikettMax: "Mycket nöjd", alternativ: [], obligatorisk: true },
  { text: "Känner du att du har kommit närmare arbete eller studier?", typ: "JA_NEJ", alternativ: [], obligatorisk: true },
  { text: "Jag blev bemött med respekt.", typ: "SKALA", skalaMin: 1, skalaMax: 5, etikettMin: "Stämmer inte alls", etikettMax: "Stämmer helt", alternativ: [] },
  { text: "Vad har hjälpt dig mest?", typ: "ETT_AV_FLERA", alternativ: ["Samtalen med min handledare", "Gruppträffarna", "Praktik eller arbetsträning", "Något annat"] },
  { text: "Vill du berätta något mer?", typ: "FRITEXT", alternativ: [] },
];

const PERSONALFRAGOR_V1: FragaSpec[] = [
  { text: "Samverkan mellan myndigheterna fungerar bra.", typ: "SKALA", skalaMin: 1, skalaMax: 5, etikettMin: "Stämmer inte alls", etikettMax: "Stämmer helt", alternativ: [], obligatorisk: true },
  { text: "Har du fått den kompetensutveckling du behöver?", typ: "JA_NEJ", alternativ: [] },
  { text: "Deltagarna får stöd från rätt myndighet i rätt tid.", typ: "SKALA", skalaMin: 1, skalaMax: 5, etikettMin: "Stämmer inte alls", etikettMax: "Stämmer helt", alternativ: [] },
];
/** Version 2 rewords the first question: its answers are never counted with version 1's. */
const PERSONALFRAGOR_V2: FragaSpec[] = [{ ...PERSONALFRAGOR_V1[0]!, text: "Samverkan mellan myndigheterna i insatsen fungerar bra för deltagarna." }, ...PERSONALFRAGOR_V1.slice(1)];

const FRITEXTER = [
  "Bra bemötande hela vägen.",
  "Jag hade gärna fått fler träffar med min handledare.",
  "Praktiken gav mig mycket.",
  "Det tog lång tid innan jag fick börja.",
  "Tack för att ni lyssnade.",
];

/** A uuid v4-shaped id from the seeded stream: answers use uuids (docs/decisions/005-enkater.md). */
function uuid(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => "0123456789abcdef"[rng.index(16)]).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

type Ids = { enkat: () => string; version: () => string; fraga: () => string; lank: () => string; mal: () => string };

export function enkatRader(fid: string, slug: string, insatser: { id: string; spec: InsatsSpec }[], ids: Ids, idag: Iso): EnkatRader {
  const rng = new Rng(`enkater:${slug}`);
  const r: EnkatRader = { enkater: [], enkatInsatser: [], enkatVersioner: [], enkatFragor: [], enkatLankar: [], enkatSvar: [], enkatSvarRader: [], malsattningar: [] };
  let lankNr = 0;

  const version = (enkatId: string, nummer: number, fragor: FragaSpec[]) => {
    const versionId = ids.version();
    r.enkatVersioner.push({ forbundId: fid, id: versionId, enkatId, nummer, last: true });
    const fragaIds = fragor.map((f, i) => {
      const id = ids.fraga();
      r.enkatFragor.push({ ...f, forbundId: fid, id, versionId, ordning: i + 1 });
      return id;
    });
    return { versionId, fragaIds };
  };

  /** n answers and `ejSvar` unanswered (expired) links in one year, each answer from `svara`. */
  const svarOmgang = (
    enkatId: string,
    versionId: string,
    insatsId: string | null,
    ar: number,
    manader: [number, number],
    n: number,
    ejSvar: number,
    svara: () => { index: number; varde?: number; text?: string }[],
    fragaIds: string[],
  ) => {
    const batchId = `demo-${slug}-${enkatId.slice(-6)}-${ar}-${insatsId?.slice(-6) ?? "forbund"}`;
    for (let i = 0; i < n + ejSvar; i++) {
      const manad = rng.int(manader[0], manader[1]);
      const skapad: Iso = `${ar}-${String(manad).padStart(2, "0")}-${String(rng.int(1, 20)).padStart(2, "0")}`;
      const besvarad = i < n;
      r.enkatLankar.push({
        forbundId: fid,
        id: ids.lank(),
        enkatId,
        insatsId,
        tokenHash: createHash("sha256").update(`demo-enkatlank:${slug}:${lankNr++}`).digest("hex"),
        batchId,
        expiresAt: toDate(addDays(skapad, 30)),
        usedAt: besvarad ? toDate(`${addDays(skapad, rng.int(0, 7)).slice(0, 7)}-01` as Iso) : null,
        createdById: "demo",
        createdAt: toDate(skapad),
      });
      if (!besvarad) continue;
      const svarId = uuid(rng);
      r.enkatSvar.push({ forbundId: fid, id: svarId, enkatId, versionId, insatsId, ar, manad });
      for (const v of svara()) {
        r.enkatSvarRader.push({ forbundId: fid, id: uuid(rng), svarId, fragaId: fragaIds[v.index]!, varde: v.varde ?? null, text: v.text ?? null });
      }
    }
  };

  // Deltagarenkät vid avslut, for every insats of the förbund, answered in the last two years of each insats.
  const deltagarEnkatId = ids.enkat();
  r.enkater.push({
    forbundId: fid,
    id: deltagarEnkatId,
    namn: DELTAGARENKAT,
    beskrivning: "Till deltagare när de avslutar insatsen. Anonym.",
    respondentgrupp: "DELTAGARE_AVSLUT",
    status: "AKTIV",
    createdById: "demo",
  });
  for (const i of insatser) r.enkatInsatser.push({ forbundId: fid, enkatId: deltagarEnkatId, insatsId: i.id });
  const dv = version(deltagarEnkatId, 1, DELTAGARFRAGOR);
  const deltagarSvar = () => {
    const nojd = rng.normalInt(7, 2, 0, 10);
    const rader: { index: number; varde?: number; text?: string }[] = [
      { index: 0, varde: nojd },
      { index: 1, varde: rng.chance(nojd >= 6 ? 0.7 : 0.35) ? 1 : 0 },
    ];
    if (rng.chance(0.93)) rader.push({ index: 2, varde: rng.normalInt(4, 0.8, 1, 5) });
    if (rng.chance(0.9)) rader.push({ index: 3, varde: rng.weighted([[0, 5], [1, 3], [2, 3], [3, 1]] as const) });
    if (rng.chance(0.25)) rader.push({ index: 4, text: rng.pick(FRITEXTER) });
    return rader;
  };
  for (const i of insatser) {
    const start = Number(i.spec.startdatum.slice(0, 4));
    const slut = Math.min(Number(i.spec.slutdatum.slice(0, 4)), Number(idag.slice(0, 4)));
    for (const ar of [slut - 1, slut].filter((a) => a >= start)) {
      const forstaManad = ar === start ? Number(i.spec.startdatum.slice(5, 7)) : 1;
      const sistaManad = ar === Number(i.spec.slutdatum.slice(0, 4)) ? Number(i.spec.slutdatum.slice(5, 7)) : ar === Number(idag.slice(0, 4)) ? Number(idag.slice(5, 7)) : 12;
      svarOmgang(deltagarEnkatId, dv.versionId, i.id, ar, [forstaManad, Math.max(forstaManad, sistaManad)], rng.int(9, 18), rng.int(3, 7), deltagarSvar, dv.fragaIds);
    }
  }

  // Personalenkät at förbund level: version 1 in the previous year (three answers: a small group), version 2 this year.
  const personalEnkatId = ids.enkat();
  r.enkater.push({
    forbundId: fid,
    id: personalEnkatId,
    namn: PERSONALENKAT,
    beskrivning: "Till personalen i förbundets insatser, en gång om året.",
    respondentgrupp: "INSATSPERSONAL",
    status: "AKTIV",
    createdById: "demo",
  });
  const pv1 = version(personalEnkatId, 1, PERSONALFRAGOR_V1);
  const pv2 = version(personalEnkatId, 2, PERSONALFRAGOR_V2);
  const personalSvar = () => [
    { index: 0, varde: rng.normalInt(3.6, 0.9, 1, 5) },
    ...(rng.chance(0.9) ? [{ index: 1, varde: rng.chance(0.6) ? 1 : 0 }] : []),
    { index: 2, varde: rng.normalInt(3.2, 1, 1, 5) },
  ];
  const iAr = Number(idag.slice(0, 4));
  const iManad = Number(idag.slice(5, 7));
  svarOmgang(personalEnkatId, pv1.versionId, null, iAr - 1, [9, 10], 3, 4, personalSvar, pv1.fragaIds);
  svarOmgang(personalEnkatId, pv2.versionId, null, iAr, [Math.min(9, iManad), Math.min(10, iManad)], rng.int(9, 12), rng.int(2, 5), personalSvar, pv2.fragaIds);

  // One target on an enkät question, evaluated by the goal engine like every other share.
  // On the most recent insats that registers deltagare (Friska Vindar 2.0 in trollhattan).
  const malInsats = [...insatser].sort((x, y) => y.spec.slutdatum.localeCompare(x.spec.slutdatum)).find((i) => i.spec.matningsmetod !== "VOLYM") ?? insatser[0];
  if (malInsats) {
    r.malsattningar.push({
      forbundId: fid,
      id: ids.mal(),
      insatsId: malInsats.id,
      typ: "ANDEL",
      kategori: "RESULTATMAL",
      text: "Minst hälften av dem som svarar på deltagarenkäten vid avslut ska uppleva att de kommit närmare arbete eller studier.",
      definition: { typ: "ENKAT", enkatId: deltagarEnkatId, fragaId: dv.fragaIds[1]!, varden: ["JA"], minAndel: 0.5 },
      sortering: 100,
    });
  }
  return r;
}
