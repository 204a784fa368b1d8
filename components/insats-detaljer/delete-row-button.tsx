"use client";
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";
import { Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";

type Result = { ok: true } | { ok: false; message: string };

/** Removes one row through a bound server action; the label names the row for screen readers. */
export function DeleteRowButton({ label, action }: { label: string; action: () => Promise<Result> }) {
  const t = useTranslations("insatsDetaljer");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      type="button"
      variant="ghost"
      size="sm"
      aria-label={t("deleteRowLabel", { text: label })}
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          const result = await action();
          if (!result.ok) return void toast.error(result.message);
          toast.success(t("deleted"));
          router.refresh();
        })
      }
    >
      <Trash2 aria-hidden className="h-4 w-4" />
      {t("deleteRow")}
    </Button>
  );
}
