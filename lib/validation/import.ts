import { z } from "zod";

/** Query of POST …/import: a dry run unless dryRun=false is said explicitly, so a mistake only checks. */
export const importQuerySchema = z.object({
  dryRun: z.enum(["true", "false"], { error: "dryRun ska vara true eller false" }).default("true").transform((v) => v === "true"),
  filnamn: z.string().trim().max(200, "Filnamnet får vara högst 200 tecken").default("uppladdad fil").transform((v) => v || "uppladdad fil"),
});

export const importMallQuerySchema = z.object({
  format: z.enum(["csv", "xlsx"], { error: "format ska vara csv eller xlsx" }).default("xlsx"),
});
