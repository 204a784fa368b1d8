import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { retryMinutesFromError } from "@/lib/domain/security/login-throttle";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const t = await getTranslations();
  const { callbackUrl, error } = await searchParams;
  const throttledMinutes = retryMinutesFromError(error);
  // Only same-site paths: an absolute callbackUrl would be an open redirect.
  const safeCallback = callbackUrl && callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  return (
    <main id="innehall" className="flex min-h-screen items-center justify-center bg-brand-50 px-4">
      <div className="w-full max-w-md rounded-xl border border-gray-200 bg-white p-8 shadow-sm">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("app.name")}</p>
        <h1 className="mt-1 text-2xl font-bold text-gray-900">{t("login.title")}</h1>
        <p className="mt-2 text-sm text-muted">{t("login.intro")}</p>
        <LoginForm callbackUrl={safeCallback} initialError={throttledMinutes ? t("loginThrottle.message", { minutes: throttledMinutes }) : error ? t("login.error") : undefined} />
      </div>
    </main>
  );
}
