"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { deleteMalsattningAction } from "@/lib/actions/malsattning/delete-malsattning";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

/** Deleting a target asks first: its status history goes with it. */
export function DeleteMalsattningButton({ slug, insatsId, malsattningId, mening }: { slug: string; insatsId: string; malsattningId: string; mening: string }) {
  const t = useTranslations("malForm.delete");
  const router = useRouter();
  return (
    <ConfirmActionButton
      trigger={t("button")}
      triggerVariant="destructive"
      title={t("title")}
      description={t("description", { mening })}
      cancel={t("cancel")}
      confirm={t("confirm")}
      pendingConfirm={t("deleting")}
      run={() => deleteMalsattningAction(slug, insatsId, malsattningId)}
      done={t("done")}
      onDone={() => {
        router.push(`/f/${slug}/insatser/${insatsId}`);
        router.refresh();
      }}
    />
  );
}
