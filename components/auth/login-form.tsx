"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { kontrolleraLogin, type LoginFalt } from "@/lib/validation/login-falt";
import { retryMinutesFromError } from "@/lib/domain/security/login-throttle";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Field } from "@/components/ui/field";
import { FormFel } from "@/components/ui/form-fel";

// next-auth's client is fetched when the form is first focused, not with everyone's first page.
const nextAuth = () => import("next-auth/react");

export function LoginForm({ callbackUrl, initialError, ssoName }: { callbackUrl: string; initialError?: string; ssoName?: string | null }) {
  const t = useTranslations("login");
  const tNotice = useTranslations("loginNotice");
  const tThrottle = useTranslations("loginThrottle");
  const [formError, setFormError] = useState<string | undefined>(initialError);
  // A plain form (no react-hook-form/zod: this is everyone's first page, see lib/validation/login-falt.ts).
  const [errors, setErrors] = useState<Partial<Record<keyof LoginFalt, string>>>({});
  const [isSubmitting, setSubmitting] = useState(false);

  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const { varden, fel } = kontrolleraLogin({ email: String(data.get("email") ?? ""), password: String(data.get("password") ?? "") });
    setErrors(fel);
    if (fel.email || fel.password) {
      event.currentTarget.querySelector<HTMLInputElement>(`[name="${fel.email ? "email" : "password"}"]`)?.focus();
      return;
    }
    setFormError(undefined);
    setSubmitting(true);
    try {
      const result = await (await nextAuth()).signIn("credentials", { ...varden, redirect: false });
      if (!result || result.error) {
        const minutes = retryMinutesFromError(result?.error);
        setFormError(minutes ? tThrottle("message", { minutes }) : t("failed"));
        return;
      }
      window.location.assign(callbackUrl);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <form method="post" onFocus={() => void nextAuth().catch(() => undefined)} onSubmit={onSubmit} noValidate className="mt-6 flex flex-col gap-4">
      {formError ? <FormFel>{formError}</FormFel> : null}
      <Field id="email" label={t("email")} error={errors.email}>
        {(aria) => <Input type="email" name="email" autoComplete="username" {...aria} />}
      </Field>
      <Field id="password" label={t("password")} error={errors.password}>
        {(aria) => <Input type="password" name="password" autoComplete="current-password" {...aria} />}
      </Field>
      <Button type="submit" size="lg" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </Button>
      {ssoName ? (
        <>
          <p className="text-center text-sm text-muted">{tNotice("ssoDivider")}</p>
          {/* Single sign-on (OIDC) only when configured; it maps to an existing account by e-mail. */}
          <Button type="button" variant="outline" size="lg" onClick={() => void nextAuth().then((m) => m.signIn("oidc", { callbackUrl }))}>
            {tNotice("ssoButton", { name: ssoName })}
          </Button>
        </>
      ) : null}
    </form>
  );
}
