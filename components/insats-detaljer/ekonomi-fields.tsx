"use client";
// The parts the budget, financing and spending forms share: the year and
// amount inputs, a code-list select, the submit row and what happens after a
// row is added. Each form keeps only the fields that are its own.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

type FieldProps = { id: string; error?: string; registration: UseFormRegisterReturn };

export function ArField({ id, error, registration }: FieldProps) {
  const t = useTranslations("insatsDetaljer");
  return (
    <Field id={id} label={t("ekonomi.ar")} error={error}>
      {(aria) => <Input type="number" inputMode="numeric" {...aria} {...registration} />}
    </Field>
  );
}

export function BeloppField({ id, error, registration }: FieldProps) {
  const t = useTranslations("insatsDetaljer");
  return (
    <Field id={id} label={t("ekonomi.belopp")} error={error}>
      {(aria) => <Input inputMode="decimal" {...aria} {...registration} />}
    </Field>
  );
}

export function KodSelectField({ id, label, error, registration, options }: FieldProps & { label: string; options: readonly { value: string; label: string }[] }) {
  const t = useTranslations("insatsDetaljer");
  return (
    <Field id={id} label={label} error={error}>
      {(aria) => (
        <Select {...aria} {...registration}>
          <option value="">{t("choose")}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}

export function AddRowButton({ pending, label }: { pending: boolean; label: string }) {
  const t = useTranslations("insatsDetaljer");
  return (
    <div>
      <Button type="submit" disabled={pending}>
        {pending ? t("adding") : label}
      </Button>
    </div>
  );
}

/** After a row is saved: say so, empty the form but keep the year (rows are often entered year by year), reload. */
export function useAfterRowAdded(reset: () => void, keepAr: (ar: number) => void) {
  const t = useTranslations("insatsDetaljer");
  const router = useRouter();
  return (ar: number) => {
    toast.success(t("added"));
    reset();
    keepAr(ar);
    router.refresh();
  };
}
