"use client";
import { get, useFormState, type FieldErrors } from "react-hook-form";

/** The message at a dotted path, including an array's own error (react-hook-form keeps it under `root`). */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  const error = get(errors, path) as { message?: string; root?: { message?: string } } | undefined;
  return error?.message ?? error?.root?.message;
}

export function useFieldError(path: string): string | undefined {
  return errorAt(useFormState().errors, path);
}

/** For components with several fields: one subscription, a lookup by path. */
export function useFieldErrors(): (path: string) => string | undefined {
  const { errors } = useFormState();
  return (path) => errorAt(errors, path);
}
