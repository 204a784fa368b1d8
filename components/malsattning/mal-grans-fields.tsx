"use client";
import { useFormContext, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { tal, type MalFormValues } from "./mal-form-values";
import { useFieldErrors } from "./use-field-error";

/** The target's numbers: a share in percent (ANDEL) or a count (ANTAL), and an optional own period. */
export function MalGransFields({ typ, antalGrupper }: { typ: "ANDEL" | "ANTAL"; antalGrupper: number }) {
  const t = useTranslations("malForm");
  const { register } = useFormContext<MalFormValues>();
  const errorAt = useFieldErrors();
  const per = useWatch<MalFormValues, "definition.per">({ name: "definition.per" });
  const egenPeriod = useWatch<MalFormValues, "egenPeriod">({ name: "egenPeriod" });
  const percent = (name: "minAndel" | "maxAndel") => (
    <Field id={`definition-${name}`} label={t(name)} error={errorAt(`definition.${name}`)}>
      {(aria) => (
        <div className="flex items-center gap-2">
          <Input type="text" inputMode="decimal" className="max-w-28" {...aria} {...register(`definition.${name}`, { setValueAs: tal })} />
          <span aria-hidden="true" className="text-sm">
            %
          </span>
        </div>
      )}
    </Field>
  );
  const heltal = (name: "minUnderlag" | "minAntal" | "minGrupper", hint?: string) => (
    <Field id={`definition-${name}`} label={t(name)} hint={hint} error={errorAt(`definition.${name}`)}>
      {(aria) => <Input type="number" inputMode="numeric" min={1} step={1} className="max-w-36" {...aria} {...register(`definition.${name}`, { setValueAs: tal })} />}
    </Field>
  );

  return (
    <div className="flex flex-col gap-5">
      <div>
        <h3 className="text-base font-semibold">{t("gransHeading")}</h3>
        {typ === "ANDEL" ? <p className="text-sm text-muted">{t("andelHint")}</p> : null}
      </div>
      {typ === "ANDEL" ? (
        <>
          <div className="grid gap-4 sm:grid-cols-2 md:max-w-md">
            {percent("minAndel")}
            {percent("maxAndel")}
          </div>
          <div className="max-w-md">{heltal("minUnderlag", t("minUnderlagHint"))}</div>
        </>
      ) : (
        <div className="grid gap-4 md:grid-cols-3">
          {heltal("minAntal")}
          <Field id="definition-per" label={t("per")} error={errorAt("definition.per")}>
            {(aria) => (
              <Select {...aria} {...register("definition.per")}>
                {(["PERIOD", "AR", "GRUPP"] as const).map((k) => (
                  <option key={k} value={k}>
                    {t(`perOption.${k}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          {per === "GRUPP" ? heltal("minGrupper", t("minGrupperHint", { count: antalGrupper })) : null}
        </div>
      )}
      <div className="flex flex-col gap-3">
        <label className="flex items-center gap-2 text-sm font-medium">
          <input type="checkbox" className="h-4 w-4" aria-describedby="egenPeriod-hint" {...register("egenPeriod")} />
          {t("egenPeriod")}
        </label>
        <p id="egenPeriod-hint" className="-mt-2 text-xs text-muted">
          {t("egenPeriodHint")}
        </p>
        {egenPeriod ? (
          <div className="grid gap-4 md:grid-cols-3">
            <Field id="definition-period-fran" label={t("periodFran")} error={errorAt("definition.period.fran")}>
              {(aria) => <Input type="date" {...aria} {...register("definition.period.fran")} />}
            </Field>
            <Field id="definition-period-till" label={t("periodTill")} error={errorAt("definition.period.till")}>
              {(aria) => <Input type="date" {...aria} {...register("definition.period.till")} />}
            </Field>
          </div>
        ) : null}
      </div>
    </div>
  );
}
