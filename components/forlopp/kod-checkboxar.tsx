"use client";
import { useFormContext } from "react-hook-form";
import { ChoiceFieldset } from "@/components/malsattning/choice-fieldset";
import { errorAt } from "@/components/malsattning/use-field-error";

/** Checkboxes writing an array of codes (försörjning, sysselsättning) to `name`. */
export function KodCheckboxar({ name, legend, hint, options }: { name: string; legend: string; hint?: string; options: { value: string; label: string }[] }) {
  const { register, formState } = useFormContext();
  const error = errorAt(formState.errors, name);
  return (
    <ChoiceFieldset id={name} legend={legend} hint={hint} error={error} className="flex flex-col gap-1.5">
      <div className="grid gap-x-4 gap-y-1.5 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.value} className="flex items-start gap-2 text-sm">
            <input type="checkbox" value={o.value} className="mt-0.5 h-4 w-4 shrink-0" {...register(name)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </ChoiceFieldset>
  );
}
