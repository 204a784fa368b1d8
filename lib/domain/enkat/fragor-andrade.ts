// Pure: does an edit change the wording of a version? A locked version (one
// with answers) is never changed: a changed wording becomes a new version.

export type FragaInnehall = {
  text: string;
  hjalptext: string;
  typ: string;
  obligatorisk: boolean;
  skalaMin: number | null;
  skalaMax: number | null;
  etikettMin: string | null;
  etikettMax: string | null;
  alternativ: string[];
  matvariabelId: string | null;
};

function key(f: FragaInnehall): string {
  return JSON.stringify([f.text, f.hjalptext, f.typ, f.obligatorisk, f.skalaMin, f.skalaMax, f.etikettMin ?? "", f.etikettMax ?? "", f.alternativ, f.matvariabelId]);
}

export function fragorAndrade(fore: readonly FragaInnehall[], efter: readonly FragaInnehall[]): boolean {
  if (fore.length !== efter.length) return true;
  return fore.some((f, i) => key(f) !== key(efter[i]!));
}
