import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { createEnkatLankarSchema } from "@/lib/validation/enkat";
import { forbundParam } from "../params";
import { json, writeErrors } from "../responses";

const skapadeLankar = z
  .object({
    batchId: z.string().meta({ description: "The links created together (one printed sheet)." }),
    giltigTill: z.string().meta({ description: "ISO timestamp: the links are refused from this moment." }),
    insatsId: z.string().nullable().meta({ description: "The insats the answers are counted under; null for förbund level." }),
    lankar: z.array(z.object({ token: z.string(), url: z.string().meta({ example: "https://insatsportalen.example.se/e/3vQk…" }) })),
  })
  .meta({ id: "EnkatLankar", description: "The links, shown only in this response: the server keeps only a hash of each token." });

export const enkatLankarPaths: ZodOpenApiPathsObject = {
  "/api/f/{forbund}/enkater/{enkatId}/lankar": {
    post: {
      tags: ["Enkäter"],
      summary: "Create single-use answer links (processledare; vägledare for insatser they are assigned to)",
      description:
        "Creates `antal` single-use links to the public answer page `/e/{token}`, valid for `giltigDagar` days (default 30). " +
        "The enkät must be AKTIV (409 otherwise). With `inskrivningId` (then `antal` must be 1) the link is tied to that inskrivning: its " +
        "answer is stored as the inskrivning's self-reported Matning at `tidpunkt` (default START, AVSLUT for an enkät to deltagare vid avslut). " +
        "Without it the answer is anonymous: no link id, no time finer than year and month, no address is kept with it. " +
        "A vägledare must name (or tie to) an insats they are assigned to.",
      requestParams: { path: z.object({ forbund: forbundParam, enkatId: z.string().meta({ description: "The enkät id." }) }) },
      requestBody: { content: { "application/json": { schema: createEnkatLankarSchema, example: { antal: 10, giltigDagar: 30 } } } },
      responses: { 201: json(skapadeLankar, "Created; the only time the tokens are returned."), ...writeErrors({ conflict: true }) },
    },
  },
};
