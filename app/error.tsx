"use client";
import { useTranslations } from "next-intl";

// Unexpected errors: the message stays on the server (logged); the user gets a plain text.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main id="innehall" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-bold">{t("genericTitle")}</h1>
      <p className="mt-2 text-muted">{t("genericText")}</p>
      <button type="button" onClick={reset} className="mt-6 text-brand-700 underline">
        {t("retry")}
      </button>
    </main>
  );
}
