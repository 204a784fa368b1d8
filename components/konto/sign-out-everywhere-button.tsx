"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { LogOut } from "lucide-react";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { signOutEverywhereAction } from "@/lib/actions/konto/sign-out-everywhere";

export function SignOutEverywhereButton() {
  const t = useTranslations("konto");
  const router = useRouter();
  return (
    <ConfirmActionButton
      trigger={
        <>
          <LogOut aria-hidden className="h-4 w-4" />
          {t("everywhereButton")}
        </>
      }
      title={t("everywhereTitle")}
      description={t("everywhereDescription")}
      cancel={t("cancel")}
      confirm={t("everywhereConfirm")}
      pendingConfirm={t("everywherePending")}
      run={async () => {
        const result = await signOutEverywhereAction();
        return result.ok ? { ok: true } : { ok: false, message: result.message };
      }}
      done={t("everywhereDone")}
      onDone={() => router.refresh()}
    />
  );
}
