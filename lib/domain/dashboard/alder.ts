/**
 * Age bands for the dashboard. Only födelseår is kept (DESIGN.md §5), so age is
 * the age reached during the start year: startår − födelseår.
 */
export const ALDERSBAND = [
  { kod: "UNDER_25", till: 24 },
  { kod: "25_34", till: 34 },
  { kod: "35_44", till: 44 },
  { kod: "45_54", till: 54 },
  { kod: "55_64", till: 64 },
  { kod: "65_PLUS", till: Number.POSITIVE_INFINITY },
] as const;

export type Aldersband = (typeof ALDERSBAND)[number]["kod"];

export function aldersband(alder: number): Aldersband {
  return ALDERSBAND.find((b) => alder <= b.till)!.kod;
}
