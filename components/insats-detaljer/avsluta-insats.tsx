"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";
import { avslutaInsatsAction } from "@/lib/actions/insats/avsluta-insats";
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
} from "@/components/ui/alert-dialog";

/** Closing asks first; the date is checked with the same schema before the dialog opens. */
export function AvslutaInsats({ slug, insatsId, namn, version, slutdatum }: { slug: string; insatsId: string; namn: string; version: number; slutdatum: string | null }) {
  const t = useTranslations("insatsDetaljer.close");
  const router = useRouter();
  const [datum, setDatum] = useState(slutdatum ?? "");
  const [error, setError] = useState<string | undefined>();
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();

  // The schema (and zod) is fetched on first use, not with the page (issue 8).
  const loadSchema = () => import("@/lib/validation/insats-delar").then((m) => m.avslutaInsatsSchema);
  const ask = async (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = (await loadSchema()).safeParse({ slutdatum: datum, version });
    const fel = parsed.success ? undefined : parsed.error.issues.find((i) => i.path[0] === "slutdatum")?.message;
    setError(fel);
    if (!fel) setOpen(true);
  };
  const confirm = (e: React.MouseEvent) => {
    e.preventDefault();
    startTransition(async () => {
      const result = await avslutaInsatsAction(slug, insatsId, { slutdatum: datum, version });
      setOpen(false);
      if (!result.ok) {
        setError(result.fieldErrors?.slutdatum?.[0]);
        return void toast.error(result.message);
      }
      toast.success(t("done"));
      router.push(`/f/${slug}/insatser/${insatsId}`);
      router.refresh();
    });
  };

  return (
    <form onFocus={() => void loadSchema()} onSubmit={ask} noValidate className="flex flex-col gap-3">
      <p className="text-sm text-muted">{t("intro")}</p>
      <div className="max-w-xs">
        <Field id="avsluta-slutdatum" label={t("slutdatum")} error={error}>
          {(aria) => <Input type="date" {...aria} value={datum} onChange={(e) => setDatum(e.target.value)} />}
        </Field>
      </div>
      <div>
        <Button type="submit" variant="destructive">
          {t("button")}
        </Button>
      </div>
      <AlertDialog open={open} onOpenChange={setOpen}>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>{t("dialogTitle", { namn })}</AlertDialogTitle>
            <AlertDialogDescription>{t("dialogDescription", { slutdatum: datum })}</AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel disabled={pending}>{t("cancel")}</AlertDialogCancel>
            <AlertDialogAction disabled={pending} onClick={confirm}>
              {pending ? t("closing") : t("confirm")}
            </AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </form>
  );
}
