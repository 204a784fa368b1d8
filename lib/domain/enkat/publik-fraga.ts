// Pure: the wording of one question as a respondent sees it. The public answer
// page (get-enkat-for-token) and the enkät detail (get-enkat) both read a
// question through this, so a new wording column is added in one place and
// nothing else of the row (forbundId, versionId, matvariabel) reaches a respondent.

export type PublikFraga = {
  id: string;
  text: string;
  hjalptext: string;
  typ: "SKALA" | "JA_NEJ" | "ETT_AV_FLERA" | "FRITEXT";
  obligatorisk: boolean;
  skalaMin: number | null;
  skalaMax: number | null;
  etikettMin: string | null;
  etikettMax: string | null;
  alternativ: string[];
};

/** Only the respondent-facing columns of an EnkatFraga row. */
export function publikFraga(f: PublikFraga): PublikFraga {
  return {
    id: f.id,
    text: f.text,
    hjalptext: f.hjalptext,
    typ: f.typ,
    obligatorisk: f.obligatorisk,
    skalaMin: f.skalaMin,
    skalaMax: f.skalaMax,
    etikettMin: f.etikettMin,
    etikettMax: f.etikettMax,
    alternativ: f.alternativ,
  };
}
