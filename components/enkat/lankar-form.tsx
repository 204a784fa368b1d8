"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { useLocale, useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";
import { MAX_GILTIG_DAGAR, MAX_LANKAR_PER_GANG, TIDPUNKTER_FOR_LANK } from "@/lib/validation/konstanter";
import type { CreateEnkatLankarFormValues, CreateEnkatLankarInput } from "@/lib/validation/enkat";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { createEnkatLankarAction } from "@/lib/actions/enkat/create-enkat-lankar";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { LankVal } from "@/lib/server/enkat/get-lank-val";
import { LankArk, type LankArkData } from "./lank-ark";

const resolver = lazyZodResolver(() => import("@/lib/validation/enkat").then((m) => m.createEnkatLankarSchema));

type Props = { slug: string; enkatId: string; enkatNamn: string; val: LankVal; forbundsniva: boolean; kanUtanInsats: boolean };

export function LankarForm({ slug, enkatId, enkatNamn, val, forbundsniva, kanUtanInsats }: Props) {
  const t = useTranslations("enkatLankar");
  const locale = useLocale();
  const router = useRouter();
  const [ark, setArk] = useState<LankArkData | null>(null);
  const defaultInsats = kanUtanInsats && forbundsniva ? "" : (val.insatser[0]?.id ?? "");
  const form = useForm<CreateEnkatLankarFormValues, unknown, CreateEnkatLankarInput>({
    resolver,
    defaultValues: { antal: 10, giltigDagar: 30, insatsId: defaultInsats, inskrivningId: "", tidpunkt: "" },
  });
  const { register, handleSubmit, setError, formState, control } = form;
  const insatsId = useWatch({ control, name: "insatsId" });
  const inskrivningId = useWatch({ control, name: "inskrivningId" });
  const inskrivningar = val.inskrivningar.filter((i) => i.insatsId === insatsId);

  const onSubmit = handleSubmit(async (values) => {
    const result = await createEnkatLankarAction(slug, enkatId, values);
    if (!result.ok) return applyServerErrors(result, setError);
    setArk({ enkatNamn, giltigTill: result.data.giltigTill, lankar: result.data.lankar });
    toast.success(t("skapade", { n: result.data.lankar.length }));
    router.refresh();
  });

  const errors = formState.errors;
  return (
    <div className="flex flex-col gap-6">
      <form onFocus={resolver.preload} onSubmit={onSubmit} noValidate className="no-print grid gap-4 sm:grid-cols-2">
        <Field id="lank-insats" label={t("insats")} hint={t("insatsHint")} error={errors.insatsId?.message}>
          {(aria) => (
            <Select {...aria} {...register("insatsId")}>
              {kanUtanInsats ? <option value="">{t("ingenInsats")}</option> : null}
              {val.insatser.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.namn}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="lank-inskrivning" label={t("inskrivning")} hint={t("inskrivningHint")} error={errors.inskrivningId?.message}>
          {(aria) => (
            <Select {...aria} {...register("inskrivningId")} disabled={!insatsId}>
              <option value="">{t("anonym")}</option>
              {inskrivningar.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.avslutad ? t("inskrivningAvslutad", { kod: i.kod }) : i.kod}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {inskrivningId ? (
          <Field id="lank-tidpunkt" label={t("tidpunkt")} hint={t("tidpunktHint")} error={errors.tidpunkt?.message}>
            {(aria) => (
              <Select {...aria} {...register("tidpunkt")}>
                <option value="">{t("tidpunktAuto")}</option>
                {TIDPUNKTER_FOR_LANK.map((tp) => (
                  <option key={tp} value={tp}>
                    {t(`tidpunkter.${tp}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        ) : null}
        <Field id="lank-antal" label={t("antal")} hint={inskrivningId ? t("antalKopplad") : t("antalHint", { max: MAX_LANKAR_PER_GANG })} error={errors.antal?.message}>
          {(aria) => <Input type="number" inputMode="numeric" min={1} max={MAX_LANKAR_PER_GANG} {...aria} {...register("antal", { valueAsNumber: true })} />}
        </Field>
        <Field id="lank-giltig" label={t("giltigDagar")} hint={t("giltigDagarHint", { max: MAX_GILTIG_DAGAR })} error={errors.giltigDagar?.message}>
          {(aria) => <Input type="number" inputMode="numeric" min={1} max={MAX_GILTIG_DAGAR} {...aria} {...register("giltigDagar", { valueAsNumber: true })} />}
        </Field>
        <div className="sm:col-span-2">
          <Button type="submit" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t("skapar") : t("skapa")}
          </Button>
        </div>
      </form>
      {ark ? <LankArk data={ark} locale={locale} /> : null}
    </div>
  );
}
