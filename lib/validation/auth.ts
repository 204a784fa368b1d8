import { z } from "zod";

export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "Ange din e-postadress").email("Ange en giltig e-postadress").max(254, "E-postadressen är för lång"),
  password: z.string().min(1, "Ange ditt lösenord").max(200, "Lösenordet är för långt"),
});

export type LoginInput = z.infer<typeof loginSchema>;
