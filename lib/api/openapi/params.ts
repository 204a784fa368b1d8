import { z } from "zod";

/** Path parameters shared by every /api/f/{forbund}/… path. */
export const forbundParam = z.string().meta({ description: "The förbund's slug, e.g. `trollhattan`.", example: "kalmar" });
export const insatsIdParam = z.string().meta({ description: "The insats id." });

export const forbundPath = z.object({ forbund: forbundParam });
export const insatsPath = z.object({ forbund: forbundParam, insatsId: insatsIdParam });
