/**
 * Budget use of an insats: spending (utfall) against budget, per year and in
 * total. The one calculation behind the figures on the insats page.
 */
export type BudgetUseRow = { ar: number; budget: number; utfall: number; andel: number | null };
export type BudgetUse = { perAr: BudgetUseRow[]; total: Omit<BudgetUseRow, "ar"> & { ar: null } };

// Öre as integers: sums of kronor with two decimals must not drift.
const ore = (kr: number) => Math.round(kr * 100);

export function budgetUse(budgetposter: readonly { ar: number; belopp: number }[], utfall: readonly { ar: number; belopp: number }[]): BudgetUse {
  const years = new Map<number, { budget: number; utfall: number }>();
  const at = (ar: number) => years.get(ar) ?? years.set(ar, { budget: 0, utfall: 0 }).get(ar)!;
  for (const b of budgetposter) at(b.ar).budget += ore(b.belopp);
  for (const u of utfall) at(u.ar).utfall += ore(u.belopp);
  const row = (ar: number, v: { budget: number; utfall: number }) => ({ ar, budget: v.budget / 100, utfall: v.utfall / 100, andel: v.budget > 0 ? v.utfall / v.budget : null });
  const perAr = [...years.entries()].sort(([a], [b]) => a - b).map(([ar, v]) => row(ar, v));
  const sum = [...years.values()].reduce((s, v) => ({ budget: s.budget + v.budget, utfall: s.utfall + v.utfall }), { budget: 0, utfall: 0 });
  return { perAr, total: { ...row(0, sum), ar: null } };
}

/** The sum of amounts in kronor, added in öre. */
export function summaKronor(rows: readonly { belopp: number }[]): number {
  return rows.reduce((s, r) => s + ore(r.belopp), 0) / 100;
}
