"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";
import { setVagledareAction } from "@/lib/actions/insats/vagledare";
import { Button } from "@/components/ui/button";

type Kandidat = { id: string; namn: string; email: string };

export function VagledareForm({ slug, insatsId, version, kandidater, valda }: { slug: string; insatsId: string; version: number; kandidater: Kandidat[]; valda: string[] }) {
  const t = useTranslations("insatsDetaljer.vagledare");
  const router = useRouter();
  const [selected, setSelected] = useState(() => new Set(valda));
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (kandidater.length === 0) return <p className="text-sm text-muted">{t("none")}</p>;

  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const save = (e: React.FormEvent) => {
    e.preventDefault();
    startTransition(async () => {
      const result = await setVagledareAction(slug, insatsId, { userIds: [...selected], version });
      if (!result.ok) {
        setError(result.fieldErrors?.userIds?.[0] ?? result.message);
        return void toast.error(result.message);
      }
      setError(null);
      toast.success(t("saved"));
      router.refresh();
    });
  };
  return (
    <form onSubmit={save} className="flex flex-col gap-3">
      <fieldset aria-describedby={error ? "vagledare-error vagledare-hint" : "vagledare-hint"}>
        <legend className="text-sm font-medium">{t("legend")}</legend>
        <p id="vagledare-hint" className="text-xs text-muted">
          {t("hint")}
        </p>
        <ul className="mt-2 flex flex-col gap-1.5">
          {kandidater.map((k) => (
            <li key={k.id} className="flex items-center gap-2">
              <input id={`vagledare-${k.id}`} type="checkbox" className="h-4 w-4" checked={selected.has(k.id)} onChange={(e) => toggle(k.id, e.target.checked)} />
              <label htmlFor={`vagledare-${k.id}`} className="text-sm">
                {k.namn} <span className="text-muted">({k.email})</span>
              </label>
            </li>
          ))}
        </ul>
        {error ? (
          <p id="vagledare-error" role="alert" className="mt-1 text-sm text-bad">
            {error}
          </p>
        ) : null}
      </fieldset>
      <div>
        <Button type="submit" disabled={pending}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
