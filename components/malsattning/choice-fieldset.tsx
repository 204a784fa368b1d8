import * as React from "react";

/** A radio or checkbox group: a fieldset with its legend, the choices and the error tied to it. */
export function ChoiceFieldset({ id, legend, error, hint, className, children }: { id: string; legend: string; error?: string; hint?: string; className?: string; children: React.ReactNode }) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset id={id} tabIndex={-1} aria-describedby={describedBy} className={className ?? "flex flex-col gap-1.5"}>
      <legend className="mb-1 text-sm font-medium text-gray-900">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-bad" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
