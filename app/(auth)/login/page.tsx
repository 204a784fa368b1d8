import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { retryMinutesFromError } from "@/lib/domain/security/login-throttle";
import { parseExpiryReason } from "@/lib/domain/security/session-expiry";
import { OIDC_UNKNOWN_USER_ERROR } from "@/lib/auth/oidc-config";
import { oidcButtonName, sessionLimits } from "@/lib/auth/options";
import { KlientTexter } from "@/components/i18n/klient-texter";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string; utgang?: string }> }) {
  const t = await getTranslations();
  const { callbackUrl, error, utgang } = await searchParams;
  const throttledMinutes = retryMinutesFromError(error);
  const ssoName = oidcButtonName();
  // Only same-site paths: an absolute callbackUrl would be an open redirect.
  const safeCallback = callbackUrl && callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  const duration = (seconds: number) =>
    seconds % 3600 === 0 ? t("loginNotice.hours", { n: seconds / 3600 }) : t("loginNotice.minutes", { n: Math.round(seconds / 60) });
  const reason = parseExpiryReason(utgang);
  const notice =
    reason === "inaktiv"
      ? t("loginNotice.inaktiv", { duration: duration(sessionLimits.idleSeconds) })
      : reason === "maxtid"
        ? t("loginNotice.maxtid", { duration: duration(sessionLimits.maxAgeSeconds) })
        : reason === "utloggad"
          ? t("loginNotice.utloggad")
          : undefined;
  const initialError = throttledMinutes
    ? t("loginThrottle.message", { minutes: throttledMinutes })
    : error === OIDC_UNKNOWN_USER_ERROR
      ? t("loginNotice.ssoUnknown", { name: ssoName ?? "SSO" })
      : error
        ? t("login.error")
        : undefined;
  return (
    <KlientTexter ns={["login", "loginNotice", "loginThrottle"]}>
      <main id="innehall" className="flex min-h-screen items-center justify-center bg-brand-50 px-4">
        <div className="w-full max-w-md rounded-xl border border-gray-200 bg-white p-8 shadow-sm">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("app.name")}</p>
          <h1 className="mt-1 text-2xl font-bold text-gray-900">{t("login.title")}</h1>
          <p className="mt-2 text-sm text-muted">{t("login.intro")}</p>
          {notice ? (
            <p role="status" className="mt-4 rounded-md border border-brand-600 bg-brand-50 px-3 py-2 text-sm text-gray-900">
              {notice}
            </p>
          ) : null}
          <LoginForm callbackUrl={safeCallback} initialError={initialError} ssoName={ssoName} />
        </div>
      </main>
    </KlientTexter>
  );
}
