import { z } from "zod";
// Only the Swedish locale: `z.locales.sv` pulls every locale zod has into each
// client form's bundle (about 40 kB gzip).
import sv from "zod/v4/locales/sv.js";

// Fallback messages in Swedish for checks without a message of their own
// (e.g. an unknown key sent to the API). Imported by every schema module.
z.config(sv());
