"use client";
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";
import { setAnvandareAktivAction } from "@/lib/actions/anvandare/set-anvandare-aktiv";
import { Button } from "@/components/ui/button";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

/** Deactivating asks first (it ends the person's session at once); activating does not. */
export function AnvandareAktivButton({ slug, userId, namn, aktiv }: { slug: string; userId: string; namn: string; aktiv: boolean }) {
  const t = useTranslations("userAdmin");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const activate = () =>
    startTransition(async () => {
      const result = await setAnvandareAktivAction(slug, { userId, aktiv: true });
      if (!result.ok) {
        toast.error(result.message);
        return;
      }
      toast.success(t("activated"));
      router.refresh();
    });

  if (!aktiv) {
    return (
      <Button size="sm" variant="outline" disabled={pending} onClick={activate} aria-label={`${t("activate")}: ${namn}`}>
        {t("activate")}
      </Button>
    );
  }
  return (
    <ConfirmActionButton
      trigger={t("deactivate")}
      triggerLabel={`${t("deactivate")}: ${namn}`}
      triggerSize="sm"
      title={t("deactivateTitle", { name: namn })}
      description={t("deactivateText", { name: namn })}
      cancel={t("cancel")}
      confirm={t("deactivateConfirm")}
      run={() => setAnvandareAktivAction(slug, { userId, aktiv: false })}
      done={t("deactivated")}
      onDone={() => router.refresh()}
    />
  );
}
