/** For number inputs: "" stays undefined (so zod says the field is missing), anything else a number. */
export const numberOrUndefined = (v: unknown) => (v === "" || v == null ? undefined : Number(v));
export const numberOrNull = (v: unknown) => (v === "" || v == null ? null : Number(v));
/** Amounts typed the Swedish way ("1 250,50") become numbers. */
export const kronor = (v: unknown) => {
  if (v === "" || v == null) return undefined;
  const s = String(v).replace(/[\s\u00a0]/g, "").replace(",", ".");
  return s === "" ? undefined : Number(s);
};
