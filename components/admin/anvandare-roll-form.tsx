"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";
import { setAnvandareRollAction } from "@/lib/actions/anvandare/set-anvandare-roll";
import { ROLES, type Roll } from "@/lib/auth/permissions";
import { Button } from "@/components/ui/button";
import { RollSelect } from "./roll-select";

export function AnvandareRollForm({ slug, userId, namn, roll }: { slug: string; userId: string; namn: string; roll: Roll }) {
  const t = useTranslations();
  const router = useRouter();
  const [value, setValue] = useState<Roll>(roll);
  const [pending, startTransition] = useTransition();
  const id = `roll-${userId}`;
  const save = (e: React.FormEvent) => {
    e.preventDefault();
    startTransition(async () => {
      const result = await setAnvandareRollAction(slug, { userId, roll: value });
      if (!result.ok) {
        toast.error(result.message);
        return;
      }
      toast.success(t("userAdmin.roleSaved"));
      router.refresh();
    });
  };
  return (
    <form onSubmit={save} className="flex items-center gap-2">
      <label htmlFor={id} className="sr-only">
        {t("userAdmin.roleFor", { name: namn })}
      </label>
      <RollSelect roller={ROLES} id={id} value={value} onChange={(e) => setValue(e.target.value as Roll)} className="h-8 w-44" />
      <Button type="submit" size="sm" variant="outline" disabled={pending || value === roll} aria-label={`${t("userAdmin.saveRole")}: ${namn}`}>
        {t("userAdmin.saveRole")}
      </Button>
    </form>
  );
}
