import { z } from "zod";
import { isoDate, text } from "./common";

/** A processledare's reason for revealing an identity: written to the audit log as given. */
export const revealIdentitySchema = z.object({
  skal: text(500, "Skälet får vara högst 500 tecken").min(10, "Ange varför du behöver se identiteten (minst 10 tecken)"),
});
export type RevealIdentityInput = z.infer<typeof revealIdentitySchema>;

/** Withdrawn consent: the date the person withdrew it. */
export const aterkallaSamtyckeSchema = z.object({
  datum: isoDate,
});
export type AterkallaSamtyckeInput = z.infer<typeof aterkallaSamtyckeSchema>;
