"use client";
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Languages } from "lucide-react";
import { setLocaleAction } from "@/lib/actions/locale/set-locale";

/** The language switch of the public answer page (no account, so no user menu). */
export function SprakVal() {
  const t = useTranslations("enkatSvar");
  const locale = useLocale();
  const router = useRouter();
  const [pending, start] = useTransition();
  const other = locale === "sv" ? "en" : "sv";
  return (
    <button
      type="button"
      lang={other}
      disabled={pending}
      onClick={() => start(async () => { await setLocaleAction(other); router.refresh(); })}
      className="inline-flex min-h-11 items-center gap-2 rounded-md border border-gray-300 bg-white px-3 text-sm text-gray-900 hover:bg-gray-50"
    >
      <Languages aria-hidden className="h-4 w-4" />
      {t("annatSprak")}
    </button>
  );
}
