import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/domain/security/password-policy";

/** Changing one's own password. The rest of the policy (not the e-mail address) needs the account and is checked on the server. */
export const changePasswordSchema = z
  .object({
    nuvarande: z.string().min(1, "Ange ditt nuvarande lösenord").max(PASSWORD_MAX_LENGTH, "Lösenordet är för långt"),
    nytt: z
      .string()
      .min(PASSWORD_MIN_LENGTH, `Lösenordet måste ha minst ${PASSWORD_MIN_LENGTH} tecken`)
      .max(PASSWORD_MAX_LENGTH, `Lösenordet får ha högst ${PASSWORD_MAX_LENGTH} tecken`),
    upprepa: z.string().max(PASSWORD_MAX_LENGTH, "Lösenordet är för långt"),
  })
  .refine((v) => v.nytt === v.upprepa, { path: ["upprepa"], message: "Lösenorden är inte lika" });

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
