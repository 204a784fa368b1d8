"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";
import { withdrawSamtyckeAction } from "@/lib/actions/deltagare/withdraw-samtycke";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
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

const today = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });

/** Withdrawn consent erases the identity for good, so it asks first. */
export function WithdrawConsentForm({ slug, insatsId, inskrivningId }: { slug: string; insatsId: string; inskrivningId: string }) {
  const t = useTranslations("identityPanel.withdraw");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [datum, setDatum] = useState(today);
  const [error, setError] = useState<string | undefined>();
  const [pending, startTransition] = useTransition();

  const confirm = (e: React.MouseEvent) => {
    e.preventDefault();
    startTransition(async () => {
      const result = await withdrawSamtyckeAction(slug, insatsId, inskrivningId, { datum });
      if (!result.ok) {
        setError(result.fieldErrors?.datum?.[0] ?? result.message);
        setOpen(false);
        return;
      }
      setOpen(false);
      toast.success(t("done"));
      router.refresh();
    });
  };

  return (
    <div className="flex flex-wrap items-end gap-3">
      <div className="w-64">
        <Field id="aterkalla-datum" label={t("datum")} error={error}>
          {(aria) => <Input type="date" {...aria} value={datum} onChange={(e) => setDatum(e.target.value)} />}
        </Field>
      </div>
      <AlertDialog open={open} onOpenChange={setOpen}>
        <AlertDialogTrigger asChild>
          <Button variant="outline">{t("button")}</Button>
        </AlertDialogTrigger>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>{t("title")}</AlertDialogTitle>
            <AlertDialogDescription>{t("description")}</AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel disabled={pending}>{t("cancel")}</AlertDialogCancel>
            <AlertDialogAction disabled={pending} onClick={confirm}>
              {pending ? t("withdrawing") : t("confirm")}
            </AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </div>
  );
}
