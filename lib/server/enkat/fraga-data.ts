import "server-only";
import type { EnkatFragaInput } from "@/lib/validation/enkat";

/** The columns of one EnkatFraga row, numbered in the order given. */
export function fragaData(forbundId: string, versionId: string, fragor: readonly EnkatFragaInput[]) {
  return fragor.map((f, i) => ({
    forbundId,
    versionId,
    ordning: i + 1,
    text: f.text,
    hjalptext: f.hjalptext,
    typ: f.typ,
    obligatorisk: f.obligatorisk,
    skalaMin: f.skalaMin,
    skalaMax: f.skalaMax,
    etikettMin: f.etikettMin || null,
    etikettMax: f.etikettMax || null,
    alternativ: f.alternativ,
    matvariabelId: f.matvariabelId,
  }));
}
