"use client";
import { useFormContext } from "react-hook-form";
import { ChoiceFieldset } from "./choice-fieldset";
import { fieldId } from "./mal-form-values";
import { useFieldError } from "./use-field-error";

type Option = { value: string; label: string };

/** Checkboxes writing an array of codes to `name`, optionally in labelled sub-groups. */
export function KodCheckboxGroup({ name, legend, groups }: { name: string; legend: string; groups: { legend?: string; options: Option[] }[] }) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <ChoiceFieldset id={fieldId(name)} legend={legend} error={error} className="flex flex-col gap-3">
      {groups.map((g, gi) => {
        const boxes = (
          <div className="grid gap-x-4 gap-y-1.5 sm:grid-cols-2">
            {g.options.map((o) => (
              <label key={o.value} className="flex items-start gap-2 text-sm">
                <input type="checkbox" value={o.value} className="mt-0.5 h-4 w-4 shrink-0" aria-invalid={Boolean(error)} {...register(name)} />
                <span>{o.label}</span>
              </label>
            ))}
          </div>
        );
        return g.legend ? (
          <fieldset key={gi} className="flex flex-col gap-1">
            <legend className="mb-1 text-xs font-semibold uppercase tracking-wide text-muted">{g.legend}</legend>
            {boxes}
          </fieldset>
        ) : (
          <div key={gi}>{boxes}</div>
        );
      })}
    </ChoiceFieldset>
  );
}
