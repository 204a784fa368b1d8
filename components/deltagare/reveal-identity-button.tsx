"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Eye } from "lucide-react";
import { revealIdentityAction } from "@/lib/actions/deltagare/reveal-identity";
import type { ReadIdentity } from "@/lib/identity/identity-fields";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { IdentityFacts } from "./identity-facts";

/**
 * A processledare reveals an identity with a stated reason. The identity lives
 * only in this component's state: a reload hides it again, and every reveal is
 * a new audit row.
 */
export function RevealIdentityButton({ slug, insatsId, inskrivningId }: { slug: string; insatsId: string; inskrivningId: string }) {
  const t = useTranslations("identityPanel.reveal");
  const [open, setOpen] = useState(false);
  const [skal, setSkal] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [identity, setIdentity] = useState<ReadIdentity | null>(null);
  const [pending, startTransition] = useTransition();

  if (identity) {
    return (
      <div className="flex flex-col gap-2 rounded-md border border-warn bg-warn-bg p-3" role="status">
        <p className="text-sm font-medium">{t("shown")}</p>
        <IdentityFacts identity={identity} />
      </div>
    );
  }
  if (!open) {
    return (
      <div>
        <Button type="button" variant="outline" onClick={() => setOpen(true)}>
          <Eye aria-hidden className="h-4 w-4" />
          {t("button")}
        </Button>
      </div>
    );
  }
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    startTransition(async () => {
      const result = await revealIdentityAction(slug, insatsId, inskrivningId, { skal });
      if (!result.ok) {
        setError(result.fieldErrors?.skal?.[0] ?? result.message);
        return;
      }
      setError(undefined);
      setIdentity(result.data);
    });
  };
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      <Field id="reveal-skal" label={t("skal")} hint={t("skalHint")} error={error}>
        {(aria) => <Textarea {...aria} value={skal} onChange={(e) => setSkal(e.target.value)} rows={2} />}
      </Field>
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? t("revealing") : t("confirm")}
        </Button>
        <Button type="button" variant="outline" onClick={() => setOpen(false)}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
