"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { raderaPersonuppgifterAction } from "@/lib/actions/gdpr/radera-personuppgifter";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

/** Erasure cannot be undone: the dialog says what goes and what stays before anything happens. */
export function RaderaPersonuppgifterButton({ slug, deltagareId, kod }: { slug: string; deltagareId: string; kod: string }) {
  const t = useTranslations("gdpr.panel");
  const router = useRouter();
  return (
    <ConfirmActionButton
      trigger={t("radera")}
      triggerVariant="destructive"
      title={t("raderaTitle", { kod })}
      description={t("raderaText")}
      cancel={t("avbryt")}
      confirm={t("raderaConfirm")}
      pendingConfirm={t("raderar")}
      run={() => raderaPersonuppgifterAction(slug, deltagareId, { bekrafta: true })}
      done={t("raderad")}
      onDone={() => router.refresh()}
    />
  );
}
