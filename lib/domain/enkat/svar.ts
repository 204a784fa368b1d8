// Pure: turns the answer page's values into answer rows, or field errors.

export type FragaForSvar = {
  id: string;
  typ: "SKALA" | "JA_NEJ" | "ETT_AV_FLERA" | "FRITEXT";
  obligatorisk: boolean;
  skalaMin: number | null;
  skalaMax: number | null;
  alternativ: string[];
};

export type SvarRad = { fragaId: string; varde: number | null; text: string | null };

export type SvarResultat = { ok: true; rader: SvarRad[] } | { ok: false; fel: Record<string, string[]> };

const MAX_FRITEXT = 2000;

/** Values arrive as numbers or strings (a radio's value is a string); "" and null mean "not answered". */
function asNumber(v: unknown): number | null | undefined {
  if (v === null || v === undefined || v === "") return null;
  const n = typeof v === "number" ? v : typeof v === "string" && /^-?\d+$/.test(v.trim()) ? Number(v.trim()) : NaN;
  return Number.isInteger(n) ? n : undefined;
}

export function parseSvar(fragor: readonly FragaForSvar[], svar: Record<string, unknown>): SvarResultat {
  const rader: SvarRad[] = [];
  const fel: Record<string, string[]> = {};
  const known = new Set(fragor.map((f) => f.id));
  for (const key of Object.keys(svar)) if (!known.has(key)) fel._form = ["Svaret innehåller en fråga som inte finns i enkäten"];
  for (const f of fragor) {
    const raw = svar[f.id];
    if (f.typ === "FRITEXT") {
      const text = typeof raw === "string" ? raw.trim() : raw == null ? "" : undefined;
      if (text === undefined) fel[f.id] = ["Ogiltigt svar"];
      else if (text.length > MAX_FRITEXT) fel[f.id] = [`Högst ${MAX_FRITEXT} tecken`];
      else if (text.length === 0) {
        if (f.obligatorisk) fel[f.id] = ["Svara på frågan"];
      } else rader.push({ fragaId: f.id, varde: null, text });
      continue;
    }
    const n = asNumber(raw);
    if (n === undefined) {
      fel[f.id] = ["Ogiltigt svar"];
      continue;
    }
    if (n === null) {
      if (f.obligatorisk) fel[f.id] = ["Svara på frågan"];
      continue;
    }
    const [min, max] =
      f.typ === "SKALA" ? [f.skalaMin ?? 0, f.skalaMax ?? 0] : f.typ === "JA_NEJ" ? [0, 1] : [0, f.alternativ.length - 1];
    if (n < min || n > max) fel[f.id] = ["Välj ett av svarsalternativen"];
    else rader.push({ fragaId: f.id, varde: n, text: null });
  }
  // An empty answer would use the link up and count as a respondent who said nothing.
  if (Object.keys(fel).length === 0 && rader.length === 0) fel._form = ["Svara på minst en fråga innan du skickar"];
  return Object.keys(fel).length ? { ok: false, fel } : { ok: true, rader };
}
