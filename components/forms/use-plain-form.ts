import { useRef, useState, type FormEvent } from "react";
import type { z } from "zod";
import { applyServerErrors } from "./apply-server-errors";

type Failure = { ok: false; message: string; fieldErrors?: Record<string, string[]> };
type Errors = Partial<Record<string, string>>;

const firstPerField = (issues: readonly z.core.$ZodIssue[]): Errors => {
  const errors: Errors = {};
  for (const issue of issues) {
    const key = issue.path.join(".");
    errors[key] ??= issue.message;
  }
  return errors;
};

/**
 * For a small form whose page would otherwise carry react-hook-form (15 kB gzip)
 * for three fields (issue 8, first-load JS). It does what the zodResolver forms
 * do: validates with the shared schema (fetched on first focus), shows each
 * field's first message beside it, focuses the first field in error, checks a
 * field again as it is corrected after a failed submit, hands the parsed values
 * to `onValid`, and puts a server action's field errors in the same place.
 * `fields` lists the controls' names in form order.
 */
export function usePlainForm<S extends z.ZodType>(loadSchema: () => Promise<S>, fields: readonly string[]) {
  const [errors, setErrors] = useState<Errors>({});
  const [isSubmitting, setSubmitting] = useState(false);
  const submitted = useRef(false);
  const schema = useRef<Promise<S> | undefined>(undefined);
  const load = () =>
    (schema.current ??= loadSchema().catch((error: unknown) => {
      // A failed fetch (offline for a moment) must not stick: the next submit tries again.
      schema.current = undefined;
      throw error;
    }));

  const check = async (form: HTMLFormElement) => (await load()).safeParse(Object.fromEntries(new FormData(form)));

  const handleSubmit = (onValid: (values: z.output<S>, form: HTMLFormElement) => Promise<void>) => async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    submitted.current = true;
    setSubmitting(true);
    try {
      const parsed = await check(form);
      if (!parsed.success) {
        const fel = firstPerField(parsed.error.issues);
        setErrors(fel);
        const first = fields.find((f) => fel[f]);
        if (first) (form.elements.namedItem(first) as HTMLElement | null)?.focus();
        return;
      }
      setErrors({});
      await onValid(parsed.data, form);
    } finally {
      setSubmitting(false);
    }
  };

  const onChange = async (event: FormEvent<HTMLFormElement>) => {
    const name = (event.target as HTMLInputElement).name;
    if (!submitted.current || !name) return;
    const parsed = await check(event.currentTarget);
    const fel = parsed.success ? {} : firstPerField(parsed.error.issues);
    setErrors((prev) => ({ ...prev, [name]: fel[name] }));
  };

  /** After success: the form back to its default values, no errors. */
  const reset = (form: HTMLFormElement) => {
    form.reset();
    submitted.current = false;
    setErrors({});
  };

  const serverErrors = (result: Failure) =>
    applyServerErrors(result, ((name: string, e: { message?: string }) => setErrors((prev) => ({ ...prev, [name]: e.message }))) as never);

  return { errors, isSubmitting, handleSubmit, onChange, reset, serverErrors, preload: () => void load().catch(() => undefined) };
}
