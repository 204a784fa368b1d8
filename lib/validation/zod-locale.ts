import { z } from "zod";

// Fallback messages in Swedish for checks without a message of their own
// (e.g. an unknown key sent to the API). Imported by every schema module.
z.config(z.locales.sv());
