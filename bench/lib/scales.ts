// The sizes of the synthetic national data (issue 8). "national" is Sweden:
// about 80 samordningsförbund.
export type Scale = { forbund: number; insatser: number; deltagare: number; inskrivningar: number; matningar: number };

export const SCALES = {
  small: { forbund: 4, insatser: 100, deltagare: 20_000, inskrivningar: 30_000, matningar: 150_000 },
  medium: { forbund: 20, insatser: 500, deltagare: 100_000, inskrivningar: 150_000, matningar: 750_000 },
  national: { forbund: 80, insatser: 2_000, deltagare: 400_000, inskrivningar: 600_000, matningar: 3_000_000 },
} as const satisfies Record<string, Scale>;

export type ScaleName = keyof typeof SCALES;
