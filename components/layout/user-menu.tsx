"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { useTransition } from "react";
import { LogOut } from "lucide-react";
import { setLocaleAction } from "@/lib/actions/locale/set-locale";
import { Button } from "@/components/ui/button";

export function UserMenu({ signedInAs }: { signedInAs: string }) {
  const t = useTranslations("nav");
  const tKonto = useTranslations("konto");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const other = locale === "sv" ? "en" : "sv";
  return (
    <div className="flex items-center gap-3 text-sm">
      <span className="hidden text-brand-50 md:inline">{signedInAs}</span>
      <Link href="/konto" className="rounded px-2 py-1 text-white underline underline-offset-2 hover:bg-brand-800">
        {tKonto("menuLink")}
      </Link>
      <Button
        variant="ghost"
        size="sm"
        className="text-white hover:bg-brand-800"
        disabled={pending}
        lang={other}
        aria-label={`${t("language")}: ${other === "sv" ? "svenska" : "English"}`}
        onClick={() => startTransition(async () => { await setLocaleAction(other); router.refresh(); })}
      >
        {other === "sv" ? "Svenska" : "English"}
      </Button>
      {/* next-auth's client is fetched on click: it is on every page and only this button needs it. */}
      <Button variant="outline" size="sm" onClick={() => void import("next-auth/react").then((m) => m.signOut({ callbackUrl: "/login" }))}>
        <LogOut aria-hidden className="h-4 w-4" />
        {t("signOut")}
      </Button>
    </div>
  );
}
