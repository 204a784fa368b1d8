"use client";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";
import type { CreateInsatsFormValues, CreateInsatsInput } from "@/lib/validation/insats";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { insatstyp, matningsmetod } from "@/lib/domain/kodlistor";
import { createInsatsAction } from "@/lib/actions/insats/create-insats";
import { updateInsatsAction } from "@/lib/actions/insats/update-insats";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";

const resolver = lazyZodResolver(() => import("@/lib/validation/insats").then((m) => m.createInsatsSchema));

type Medlem = { id: string; namn: string };
export type InsatsFormDefaults = Partial<CreateInsatsFormValues> & { id?: string; version?: number };

const numberOrNull = (v: unknown) => (v === "" || v == null ? null : Number(v));

export function InsatsForm({ slug, medlemmar, defaults, locale }: { slug: string; medlemmar: Medlem[]; defaults?: InsatsFormDefaults; locale: "sv" | "en" }) {
  const t = useTranslations("insatsForm");
  const router = useRouter();
  const editing = Boolean(defaults?.id);
  const form = useForm<CreateInsatsFormValues, unknown, CreateInsatsInput>({
    resolver,
    defaultValues: { status: "PLANERAD", matningsmetod: "ANONYM", esfFinansierad: false, planeradeDeltagarePer: "PERIOD", ...defaults },
  });
  const { register, handleSubmit, setError, formState, control } = form;
  const errors = formState.errors;
  const metod = useWatch({ control, name: "matningsmetod" });

  const onSubmit = handleSubmit(async (values) => {
    const { insatstyp: _t, matningsmetod: _m, esfFinansierad: _e, ...editable } = values;
    const result = editing ? await updateInsatsAction(slug, defaults!.id, { ...editable, version: defaults!.version }) : await createInsatsAction(slug, values);
    if (!result.ok) return applyServerErrors(result, setError);
    toast.success(editing ? t("saved") : t("created"));
    router.push(`/f/${slug}/insatser/${result.data.id}`);
    router.refresh();
  });

  const medlemOptions = (
    <>
      <option value="">{t("none")}</option>
      {medlemmar.map((m) => (
        <option key={m.id} value={m.id}>
          {m.namn}
        </option>
      ))}
    </>
  );

  return (
    <form onFocus={resolver.preload} onSubmit={onSubmit} noValidate className="flex flex-col gap-8">
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("basics")}</legend>
        <div className="md:col-span-2">
          <Field id="namn" label={t("namn")} error={errors.namn?.message}>
            {(aria) => <Input {...aria} {...register("namn")} />}
          </Field>
        </div>
        <Field id="insatstyp" label={t("insatstyp")} error={errors.insatstyp?.message} hint={editing ? t("fixedHint") : t("insatstypHint")}>
          {(aria) => (
            <Select {...aria} disabled={editing} {...register("insatstyp")}>
              <option value="">{t("choose")}</option>
              {insatstyp.options(locale).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="status" label={t("status")} error={errors.status?.message}>
          {(aria) => (
            <Select {...aria} {...register("status")}>
              {(["PLANERAD", "PAGAENDE", "AVSLUTAD"] as const).map((s) => (
                <option key={s} value={s}>
                  {t(`statusOption.${s}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="startdatum" label={t("startdatum")} error={errors.startdatum?.message}>
          {(aria) => <Input type="date" {...aria} {...register("startdatum")} />}
        </Field>
        <Field id="slutdatum" label={t("slutdatum")} error={errors.slutdatum?.message}>
          {(aria) => <Input type="date" {...aria} {...register("slutdatum")} />}
        </Field>
        <div className="md:col-span-2">
          <Field id="malgrupp" label={t("malgrupp")} error={errors.malgrupp?.message}>
            {(aria) => <Textarea {...aria} {...register("malgrupp")} />}
          </Field>
        </div>
        <div className="md:col-span-2">
          <Field id="syfte" label={t("syfte")} error={errors.syfte?.message}>
            {(aria) => <Textarea {...aria} {...register("syfte")} />}
          </Field>
        </div>
        <div className="md:col-span-2">
          <Field id="preciseradInriktning" label={t("preciseradInriktning")} hint={t("preciseradInriktningHint")} error={errors.preciseradInriktning?.message}>
            {(aria) => <Input {...aria} {...register("preciseradInriktning")} />}
          </Field>
        </div>
      </fieldset>

      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("organisation")}</legend>
        <Field id="utforareMedlemId" label={t("utforare")} error={errors.utforareMedlemId?.message}>
          {(aria) => (
            <Select {...aria} {...register("utforareMedlemId")}>
              {medlemOptions}
            </Select>
          )}
        </Field>
        <Field id="kontaktperson" label={t("kontaktperson")} error={errors.kontaktperson?.message}>
          {(aria) => <Input {...aria} {...register("kontaktperson")} />}
        </Field>
        <Field id="kontaktEpost" label={t("kontaktEpost")} error={errors.kontaktEpost?.message}>
          {(aria) => <Input type="email" {...aria} {...register("kontaktEpost")} />}
        </Field>
        <div className="grid grid-cols-2 gap-3">
          <Field id="planeradeDeltagare" label={t("planeradeDeltagare")} error={errors.planeradeDeltagare?.message}>
            {(aria) => <Input type="number" inputMode="numeric" min={0} {...aria} {...register("planeradeDeltagare", { setValueAs: numberOrNull })} />}
          </Field>
          <Field id="planeradeDeltagarePer" label={t("planeradeDeltagarePer")} error={errors.planeradeDeltagarePer?.message}>
            {(aria) => (
              <Select {...aria} {...register("planeradeDeltagarePer")}>
                <option value="PERIOD">{t("perPeriod")}</option>
                <option value="AR">{t("perAr")}</option>
              </Select>
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("followUp")}</legend>
        <Field id="matningsmetod" label={t("matningsmetod")} error={errors.matningsmetod?.message} hint={editing ? t("fixedHint") : t("matningsmetodHint")}>
          {(aria) => (
            <Select {...aria} disabled={editing} {...register("matningsmetod")}>
              {matningsmetod.options(locale).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <div className="flex items-center gap-2 self-end pb-2">
          <input id="esfFinansierad" type="checkbox" disabled={editing} className="h-4 w-4" {...register("esfFinansierad")} />
          <label htmlFor="esfFinansierad" className="text-sm">
            {t("esfFinansierad")}
          </label>
        </div>
        {metod === "PERSONUPPGIFTER" ? (
          <>
            <Field id="puaMedlemId" label={t("pua")} hint={t("puaHint")} error={errors.puaMedlemId?.message}>
              {(aria) => (
                <Select {...aria} {...register("puaMedlemId")}>
                  {medlemOptions}
                </Select>
              )}
            </Field>
            <Field id="bitradesavtalDatum" label={t("bitradesavtalDatum")} error={errors.bitradesavtalDatum?.message}>
              {(aria) => <Input type="date" {...aria} {...register("bitradesavtalDatum")} />}
            </Field>
          </>
        ) : null}
        {metod === "VOLYM" ? <p className="text-sm text-muted md:col-span-2">{t("volymNote")}</p> : null}
      </fieldset>

      <div className="flex gap-3">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("saving") : editing ? t("save") : t("create")}
        </Button>
        <Button type="button" variant="outline" onClick={() => router.back()}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
