"use client";
import { useFormContext, type FieldErrors } from "react-hook-form";
import { useTranslations } from "next-intl";
import { aktuellHos, forsorjning, remittent, sysselsattning, tidIOffentligForsorjning, utbildningsniva, type Locale } from "@/lib/domain/kodlistor";
import type { RegistreraInskrivningFormValues } from "@/lib/validation/inskrivning-registrering";
import type { RegistreringFormData } from "@/lib/server/deltagare/get-registrering-form-data";
import { ChoiceFieldset } from "@/components/malsattning/choice-fieldset";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

type Name = "aktuellHos" | "forsorjningStart" | "sysselsattningStart";

/** The SUS fields of an inskrivning at start. */
export function SusStartFields({ data, locale }: { data: RegistreringFormData; locale: Locale }) {
  const t = useTranslations("registrering.sus");
  const { register, formState } = useFormContext<RegistreraInskrivningFormValues>();
  const errors = formState.errors;
  const period = data.insats.slutdatum ? `${data.insats.startdatum} – ${data.insats.slutdatum}` : `${data.insats.startdatum} –`;
  const options = (list: { options: (l: Locale) => { value: string; label: string }[] }) =>
    list.options(locale).map((o) => (
      <option key={o.value} value={o.value}>
        {o.label}
      </option>
    ));
  const checkboxes = (name: Name, list: { options: (l: Locale) => { value: string; label: string }[] }) => {
    const error = arrayError(errors, name);
    return (
      <ChoiceFieldset id={name} legend={t(name)} hint={t("severalHint")} error={error}>
        <div className="grid gap-x-4 gap-y-1.5 sm:grid-cols-2">
          {list.options(locale).map((o) => (
            <label key={o.value} className="flex items-start gap-2 text-sm">
              <input type="checkbox" value={o.value} className="mt-0.5 h-4 w-4 shrink-0" aria-invalid={Boolean(error)} {...register(name)} />
              <span>{o.label}</span>
            </label>
          ))}
        </div>
      </ChoiceFieldset>
    );
  };

  return (
    <fieldset className="grid gap-4 md:grid-cols-2">
      <legend className="mb-2 text-lg font-semibold">{t("legend")}</legend>
      <Field id="startdatum" label={t("startdatum")} hint={t("startdatumHint", { period })} error={errors.startdatum?.message}>
        {(aria) => <Input type="date" min={data.insats.startdatum} max={data.insats.slutdatum ?? undefined} {...aria} {...register("startdatum")} />}
      </Field>
      {data.grupper.length > 0 ? (
        <Field id="gruppId" label={t("grupp")} error={errors.gruppId?.message}>
          {(aria) => (
            <Select {...aria} {...register("gruppId")}>
              <option value="">{t("ingenGrupp")}</option>
              {data.grupper.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.namn}
                </option>
              ))}
            </Select>
          )}
        </Field>
      ) : (
        <div />
      )}
      <Field id="spar" label={t("spar")} hint={t("sparHint")} error={errors.spar?.message}>
        {(aria) => <Input list="spar-forslag" {...aria} {...register("spar")} />}
      </Field>
      <datalist id="spar-forslag">
        {data.sparForslag.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <Field id="remittent" label={t("remittent")} error={errors.remittent?.message}>
        {(aria) => (
          <Select {...aria} {...register("remittent")}>
            <option value="">{t("ejAngivet")}</option>
            {options(remittent)}
          </Select>
        )}
      </Field>
      <div className="md:col-span-2">{checkboxes("aktuellHos", aktuellHos)}</div>
      <div className="md:col-span-2">{checkboxes("forsorjningStart", forsorjning)}</div>
      <div className="md:col-span-2">{checkboxes("sysselsattningStart", sysselsattning)}</div>
      <Field id="utbildningsniva" label={t("utbildningsniva")} error={errors.utbildningsniva?.message}>
        {(aria) => (
          <Select {...aria} {...register("utbildningsniva")}>
            <option value="">{t("ejAngivet")}</option>
            {options(utbildningsniva)}
          </Select>
        )}
      </Field>
      <Field id="tidIOffentligForsorjning" label={t("tidIOffentligForsorjning")} error={errors.tidIOffentligForsorjning?.message}>
        {(aria) => (
          <Select {...aria} {...register("tidIOffentligForsorjning")}>
            <option value="">{t("ejAngivet")}</option>
            {options(tidIOffentligForsorjning)}
          </Select>
        )}
      </Field>
      <Field id="folkbokforingskommun" label={t("folkbokforingskommun")} error={errors.folkbokforingskommun?.message}>
        {(aria) => <Input list="kommun-forslag" {...aria} {...register("folkbokforingskommun")} />}
      </Field>
      <datalist id="kommun-forslag">
        {data.kommunForslag.map((k) => (
          <option key={k} value={k} />
        ))}
      </datalist>
    </fieldset>
  );
}

/** An array field's error may sit on the array or on one of its items. */
function arrayError(errors: FieldErrors<RegistreraInskrivningFormValues>, name: Name): string | undefined {
  const e = errors[name] as { message?: string } & Record<number, { message?: string } | undefined> | undefined;
  if (!e) return undefined;
  if (e.message) return e.message;
  for (const item of Object.values(e)) if (item && typeof item === "object" && "message" in item && item.message) return String(item.message);
  return undefined;
}
