"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { revokeApiNyckelAction } from "@/lib/actions/apinycklar/revoke-api-nyckel";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

export function RevokeApiNyckelButton({ slug, id, namn }: { slug: string; id: string; namn: string }) {
  const t = useTranslations("apiKeys");
  const router = useRouter();
  return (
    <ConfirmActionButton
      trigger={t("revoke")}
      triggerLabel={`${t("revoke")}: ${namn}`}
      triggerSize="sm"
      title={t("revokeTitle")}
      description={t("revokeText", { name: namn })}
      cancel={t("cancel")}
      confirm={t("revokeConfirm")}
      pendingConfirm={t("revoking")}
      run={() => revokeApiNyckelAction(slug, id)}
      done={t("revoked")}
      onDone={() => router.refresh()}
    />
  );
}
