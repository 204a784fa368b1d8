"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";
import { createApiNyckelAction } from "@/lib/actions/apinycklar/create-api-nyckel";
import { API_NYCKEL_ROLLER } from "@/lib/validation/konstanter";
import type { CreateApiNyckelInput } from "@/lib/validation/apinyckel";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { CopySecret } from "./copy-secret";
import { VarningsRuta } from "./varnings-ruta";
import { RollSelect } from "./roll-select";

const resolver = lazyZodResolver(() => import("@/lib/validation/apinyckel").then((m) => m.createApiNyckelSchema));

export function ApiNyckelForm({ slug, defaultExpiry }: { slug: string; defaultExpiry: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [token, setToken] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<CreateApiNyckelInput>({ resolver, defaultValues: { namn: "", roll: "STYRELSE", expiresAt: defaultExpiry } });

  const onSubmit = handleSubmit(async (values) => {
    const result = await createApiNyckelAction(slug, values);
    if (!result.ok) return applyServerErrors(result, setError);
    setToken(result.data.token);
    reset({ namn: "", roll: "STYRELSE", expiresAt: defaultExpiry });
    toast.success(t("apiKeys.created"));
    router.refresh();
  });

  return (
    <div className="flex flex-col gap-4">
      {token ? (
        <VarningsRuta title={t("apiKeys.tokenTitle")}>
          <p className="text-sm text-gray-900">{t("apiKeys.tokenText")}</p>
          <CopySecret id="ny-api-nyckel" label={t("apiKeys.tokenLabel")} value={token} copiedText={t("apiKeys.copied")} />
        </VarningsRuta>
      ) : null}
      <form onFocus={resolver.preload} onSubmit={onSubmit} noValidate className="grid gap-4 md:grid-cols-3">
        <Field id="namn" label={t("apiKeys.name")} hint={t("apiKeys.nameHint")} error={errors.namn?.message}>
          {(aria) => <Input {...aria} {...register("namn")} />}
        </Field>
        <Field id="roll" label={t("apiKeys.role")} hint={t("apiKeys.roleHint")} error={errors.roll?.message}>
          {(aria) => <RollSelect roller={API_NYCKEL_ROLLER} {...aria} {...register("roll")} />}
        </Field>
        <Field id="expiresAt" label={t("apiKeys.expiresAt")} hint={t("apiKeys.expiresAtHint")} error={errors.expiresAt?.message}>
          {(aria) => <Input type="date" {...aria} {...register("expiresAt")} />}
        </Field>
        <div className="md:col-span-3">
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? t("apiKeys.creating") : t("apiKeys.create")}
          </Button>
        </div>
      </form>
    </div>
  );
}
