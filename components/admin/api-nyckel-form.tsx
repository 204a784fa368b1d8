"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";
import { createApiNyckelAction } from "@/lib/actions/apinycklar/create-api-nyckel";
import { API_NYCKEL_ROLLER } from "@/lib/validation/konstanter";
import { usePlainForm } from "@/components/forms/use-plain-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { CopySecret } from "./copy-secret";
import { VarningsRuta } from "./varnings-ruta";
import { RollSelect } from "./roll-select";

const loadSchema = () => import("@/lib/validation/apinyckel").then((m) => m.createApiNyckelSchema);

export function ApiNyckelForm({ slug, defaultExpiry }: { slug: string; defaultExpiry: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [token, setToken] = useState<string | null>(null);
  // Three fields: a plain form, not react-hook-form (see usePlainForm).
  const { errors, isSubmitting, handleSubmit, onChange, reset, serverErrors, preload } = usePlainForm(loadSchema, ["namn", "roll", "expiresAt"]);

  const onSubmit = handleSubmit(async (values, form) => {
    const result = await createApiNyckelAction(slug, values);
    if (!result.ok) return serverErrors(result);
    setToken(result.data.token);
    reset(form);
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
      <form onFocus={preload} onChange={onChange} onSubmit={onSubmit} noValidate className="grid gap-4 md:grid-cols-3">
        <Field id="namn" label={t("apiKeys.name")} hint={t("apiKeys.nameHint")} error={errors.namn}>
          {(aria) => <Input {...aria} name="namn" defaultValue="" />}
        </Field>
        <Field id="roll" label={t("apiKeys.role")} hint={t("apiKeys.roleHint")} error={errors.roll}>
          {(aria) => <RollSelect roller={API_NYCKEL_ROLLER} {...aria} name="roll" defaultValue="STYRELSE" />}
        </Field>
        <Field id="expiresAt" label={t("apiKeys.expiresAt")} hint={t("apiKeys.expiresAtHint")} error={errors.expiresAt}>
          {(aria) => <Input type="date" {...aria} name="expiresAt" defaultValue={defaultExpiry} />}
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
