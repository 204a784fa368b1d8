import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { id, text } from "./common";

const roll = z.enum(ROLES, { error: "Välj en roll" });

export const inviteAnvandareSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "Ange en e-postadress").email("Ange en giltig e-postadress").max(254, "E-postadressen är för lång"),
  namn: text(100).min(1, "Ange ett namn"),
  roll,
});
export type InviteAnvandareInput = z.infer<typeof inviteAnvandareSchema>;

export const setAnvandareRollSchema = z.object({ userId: id, roll });
export type SetAnvandareRollInput = z.infer<typeof setAnvandareRollSchema>;

export const setAnvandareAktivSchema = z.object({ userId: id, aktiv: z.boolean({ error: "Ange aktiv eller inaktiv" }) });
export type SetAnvandareAktivInput = z.infer<typeof setAnvandareAktivSchema>;
