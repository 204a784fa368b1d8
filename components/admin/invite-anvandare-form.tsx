"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";
import { inviteAnvandareAction } from "@/lib/actions/anvandare/invite-anvandare";
import type { InviteAnvandareInput } from "@/lib/validation/anvandare";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { ROLES } from "@/lib/auth/permissions";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { CopySecret } from "./copy-secret";
import { VarningsRuta } from "./varnings-ruta";
import { RollSelect } from "./roll-select";

const resolver = lazyZodResolver(() => import("@/lib/validation/anvandare").then((m) => m.inviteAnvandareSchema));

type Invited = { email: string; temporaryPassword: string | null };

export function InviteAnvandareForm({ slug }: { slug: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [invited, setInvited] = useState<Invited | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<InviteAnvandareInput>({ resolver, defaultValues: { email: "", namn: "", roll: "VAGLEDARE" } });

  const onSubmit = handleSubmit(async (values) => {
    const result = await inviteAnvandareAction(slug, values);
    if (!result.ok) return applyServerErrors(result, setError);
    setInvited({ email: values.email, temporaryPassword: result.data.temporaryPassword });
    reset();
    toast.success(t("userAdmin.invited"));
    router.refresh();
  });

  return (
    <div className="flex flex-col gap-4">
      {invited ? (
        <VarningsRuta title={invited.temporaryPassword ? t("userAdmin.passwordTitle") : undefined}>
          {invited.temporaryPassword ? (
            <>
              <p className="text-sm text-gray-900">{t("userAdmin.passwordText", { email: invited.email })}</p>
              <CopySecret
                id="tillfalligt-losenord"
                label={t("userAdmin.passwordLabel", { email: invited.email })}
                value={invited.temporaryPassword}
                copiedText={t("userAdmin.copied")}
              />
            </>
          ) : (
            <p className="text-sm text-gray-900">{t("userAdmin.existingAccount", { email: invited.email })}</p>
          )}
        </VarningsRuta>
      ) : null}
      <form onFocus={resolver.preload} method="post" onSubmit={onSubmit} noValidate className="grid gap-4 md:grid-cols-3">
        <Field id="invite-email" label={t("userAdmin.email")} error={errors.email?.message}>
          {(aria) => <Input type="email" autoComplete="off" {...aria} {...register("email")} />}
        </Field>
        <Field id="invite-namn" label={t("userAdmin.name")} error={errors.namn?.message}>
          {(aria) => <Input autoComplete="off" {...aria} {...register("namn")} />}
        </Field>
        <Field id="invite-roll" label={t("userAdmin.role")} error={errors.roll?.message}>
          {(aria) => <RollSelect roller={ROLES} {...aria} {...register("roll")} />}
        </Field>
        <div className="md:col-span-3">
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? t("userAdmin.inviting") : t("userAdmin.invite")}
          </Button>
        </div>
      </form>
    </div>
  );
}
