"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { loginSchema, type LoginInput } from "@/lib/validation/auth";
import { retryMinutesFromError } from "@/lib/domain/security/login-throttle";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Field } from "@/components/ui/field";

export function LoginForm({ callbackUrl, initialError, ssoName }: { callbackUrl: string; initialError?: string; ssoName?: string | null }) {
  const t = useTranslations("login");
  const tNotice = useTranslations("loginNotice");
  const tThrottle = useTranslations("loginThrottle");
  const [formError, setFormError] = useState<string | undefined>(initialError);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<LoginInput>({ resolver: zodResolver(loginSchema), defaultValues: { email: "", password: "" } });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      const minutes = retryMinutesFromError(result?.error);
      setFormError(minutes ? tThrottle("message", { minutes }) : t("failed"));
      return;
    }
    window.location.assign(callbackUrl);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 flex flex-col gap-4">
      {formError ? (
        <p role="alert" className="rounded-md border border-bad bg-bad-bg px-3 py-2 text-sm text-bad">
          {formError}
        </p>
      ) : null}
      <Field id="email" label={t("email")} error={errors.email?.message}>
        {(aria) => <Input type="email" autoComplete="username" {...aria} {...register("email")} />}
      </Field>
      <Field id="password" label={t("password")} error={errors.password?.message}>
        {(aria) => <Input type="password" autoComplete="current-password" {...aria} {...register("password")} />}
      </Field>
      <Button type="submit" size="lg" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </Button>
      {ssoName ? (
        <>
          <p className="text-center text-sm text-muted">{tNotice("ssoDivider")}</p>
          {/* Single sign-on (OIDC) only when configured; it maps to an existing account by e-mail. */}
          <Button type="button" variant="outline" size="lg" onClick={() => void signIn("oidc", { callbackUrl })}>
            {tNotice("ssoButton", { name: ssoName })}
          </Button>
        </>
      ) : null}
    </form>
  );
}
