"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { setAnvandareAktivAction } from "@/lib/actions/anvandare/set-anvandare-aktiv";
import { Button } from "@/components/ui/button";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";

/** Deactivating asks first (it ends the person's session at once); activating does not. */
export function AnvandareAktivButton({ slug, userId, namn, aktiv }: { slug: string; userId: string; namn: string; aktiv: boolean }) {
  const t = useTranslations("userAdmin");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const run = (next: boolean) =>
    startTransition(async () => {
      const result = await setAnvandareAktivAction(slug, { userId, aktiv: next });
      if (!result.ok) {
        toast.error(result.message);
        return;
      }
      setOpen(false);
      toast.success(next ? t("activated") : t("deactivated"));
      router.refresh();
    });

  if (!aktiv) {
    return (
      <Button size="sm" variant="outline" disabled={pending} onClick={() => run(true)} aria-label={`${t("activate")}: ${namn}`}>
        {t("activate")}
      </Button>
    );
  }
  return (
    <AlertDialog open={open} onOpenChange={setOpen}>
      <AlertDialogTrigger asChild>
        <Button size="sm" variant="outline" aria-label={`${t("deactivate")}: ${namn}`}>
          {t("deactivate")}
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{t("deactivateTitle", { name: namn })}</AlertDialogTitle>
          <AlertDialogDescription>{t("deactivateText", { name: namn })}</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>{t("cancel")}</AlertDialogCancel>
          <AlertDialogAction
            disabled={pending}
            onClick={(e) => {
              e.preventDefault();
              run(false);
            }}
          >
            {t("deactivateConfirm")}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
