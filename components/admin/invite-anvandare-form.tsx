"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";
import { inviteAnvandareAction } from "@/lib/actions/anvandare/invite-anvandare";
import { usePlainForm } from "@/components/forms/use-plain-form";
import { ROLES } from "@/lib/auth/permissions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { CopySecret } from "./copy-secret";
import { VarningsRuta } from "./varnings-ruta";
import { RollSelect } from "./roll-select";

const loadSchema = () => import("@/lib/validation/anvandare").then((m) => m.inviteAnvandareSchema);

type Invited = { email: string; temporaryPassword: string | null };

export function InviteAnvandareForm({ slug }: { slug: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [invited, setInvited] = useState<Invited | null>(null);
  // Three fields: a plain form, not react-hook-form (see usePlainForm).
  const { errors, isSubmitting, handleSubmit, onChange, reset, serverErrors, preload } = usePlainForm(loadSchema, ["email", "namn", "roll"]);

  const onSubmit = handleSubmit(async (values, form) => {
    const result = await inviteAnvandareAction(slug, values);
    if (!result.ok) return serverErrors(result);
    setInvited({ email: values.email, temporaryPassword: result.data.temporaryPassword });
    reset(form);
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
      <form onFocus={preload} onChange={onChange} method="post" onSubmit={onSubmit} noValidate className="grid gap-4 md:grid-cols-3">
        <Field id="invite-email" label={t("userAdmin.email")} error={errors.email}>
          {(aria) => <Input type="email" autoComplete="off" {...aria} name="email" defaultValue="" />}
        </Field>
        <Field id="invite-namn" label={t("userAdmin.name")} error={errors.namn}>
          {(aria) => <Input autoComplete="off" {...aria} name="namn" defaultValue="" />}
        </Field>
        <Field id="invite-roll" label={t("userAdmin.role")} error={errors.roll}>
          {(aria) => <RollSelect roller={ROLES} {...aria} name="roll" defaultValue="VAGLEDARE" />}
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
