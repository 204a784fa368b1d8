"use client";
import { useFormState } from "react-hook-form";
import { useTranslations } from "next-intl";
import { fieldId } from "./mal-form-values";

type Found = { path: string; message: string };

/** Every message in react-hook-form's nested errors, with the dotted path of its field. */
function collect(errors: unknown, path: string[] = [], out: Found[] = []): Found[] {
  if (!errors || typeof errors !== "object") return out;
  for (const [key, value] of Object.entries(errors as Record<string, unknown>)) {
    if (key === "ref" || key === "types" || !value || typeof value !== "object") continue;
    const here = key === "root" ? path : [...path, key];
    const message = (value as { message?: unknown }).message;
    if (typeof message === "string" && message) out.push({ path: here.join("."), message });
    collect(value, here, out);
  }
  return out;
}

/** After a failed submit: what is wrong, each item a link to its field. Field messages stay beside the fields. */
export function FormErrorSummary() {
  const t = useTranslations("malForm");
  const { errors, submitCount, isSubmitSuccessful } = useFormState();
  const found = collect(errors);
  if (submitCount === 0 || isSubmitSuccessful || found.length === 0) return null;
  return (
    <div aria-labelledby="error-summary-heading" className="rounded-lg border-2 border-bad bg-bad-bg p-4">
      <h2 id="error-summary-heading" className="font-semibold text-bad">
        {t("errorSummary", { count: found.length })}
      </h2>
      <ul className="mt-2 list-disc pl-5 text-sm">
        {found.map((f) => (
          <li key={f.path}>
            <a href={`#${fieldId(f.path)}`} className="text-bad underline underline-offset-2">
              {f.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
