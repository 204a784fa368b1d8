"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";
import { createMalsattningAction } from "@/lib/actions/malsattning/create-malsattning";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { FragaTyp } from "@/lib/domain/enkat/resultat-typer";

type Props = {
  slug: string;
  enkatId: string;
  fraga: { id: string; ordning: number; typ: Exclude<FragaTyp, "FRITEXT">; svar: { varde: string; etikett: string }[]; min: number | null };
  insatser: { id: string; namn: string }[];
};

/**
 * A target on one question, saved through the same action and schema as every
 * target (createMalsattningAction, definition typ ENKAT); the server checks the
 * question, its answers and the insats, and its messages are shown by the fields.
 */
export function EnkatMalForm({ slug, enkatId, fraga, insatser }: Props) {
  const t = useTranslations("enkatResultat.mal");
  const [insatsId, setInsatsId] = useState(insatser[0]?.id ?? "");
  const [varden, setVarden] = useState<string[]>(fraga.typ === "JA_NEJ" ? ["JA"] : []);
  const [minVarde, setMinVarde] = useState(fraga.min !== null ? String(fraga.min) : "");
  const [procent, setProcent] = useState("50");
  const [text, setText] = useState("");
  const [fel, setFel] = useState<Record<string, string[]>>({});
  const [pending, startTransition] = useTransition();
  const p = `mal-${fraga.id}`;
  const err = (k: string) => fel[k]?.[0];

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const andel = procent.trim() === "" ? NaN : Number(procent.replace(",", ".")) / 100;
    const definition = {
      typ: "ENKAT",
      enkatId,
      fragaId: fraga.id,
      ...(fraga.typ === "SKALA" ? { minVarde: minVarde.trim() === "" ? undefined : Number(minVarde) } : { varden }),
      minAndel: Number.isNaN(andel) ? undefined : andel,
    };
    startTransition(async () => {
      const res = await createMalsattningAction(slug, insatsId, { kategori: "RESULTATMAL", text, definition });
      if (res.ok) {
        setFel({});
        toast.success(t("skapat"));
      } else {
        setFel(res.fieldErrors ?? {});
        toast.error(res.message || t("fel"));
      }
    });
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-3" noValidate>
      <p className="text-sm text-muted">{t("intro")}</p>
      <Field id={`${p}-insats`} label={t("insats")} error={err("insatsId")}>
        {(aria) => (
          <select {...aria} value={insatsId} onChange={(e) => setInsatsId(e.target.value)} className="min-h-10 rounded-md border border-gray-300 bg-white px-3 py-2 text-sm">
            {insatser.map((i) => (
              <option key={i.id} value={i.id}>
                {i.namn}
              </option>
            ))}
          </select>
        )}
      </Field>
      {fraga.typ === "SKALA" ? (
        <Field id={`${p}-minVarde`} label={t("minVarde")} error={err("definition.minVarde") ?? err("definition.varden")}>
          {(aria) => <Input {...aria} type="number" inputMode="numeric" value={minVarde} onChange={(e) => setMinVarde(e.target.value)} />}
        </Field>
      ) : (
        <fieldset className="flex flex-col gap-1.5" aria-describedby={err("definition.varden") ? `${p}-varden-error` : undefined}>
          <legend className="text-sm font-medium">{t("svar")}</legend>
          {fraga.svar.map((s) => (
            <label key={s.varde} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="h-4 w-4"
                checked={varden.includes(s.varde)}
                onChange={(e) => setVarden((v) => (e.target.checked ? [...v, s.varde] : v.filter((x) => x !== s.varde)))}
              />
              {s.etikett}
            </label>
          ))}
          {err("definition.varden") ? (
            <p id={`${p}-varden-error`} role="alert" className="text-sm text-bad">
              {err("definition.varden")}
            </p>
          ) : null}
        </fieldset>
      )}
      <Field id={`${p}-andel`} label={t("minAndel")} error={err("definition.minAndel")}>
        {(aria) => <Input {...aria} type="number" inputMode="decimal" min={0} max={100} value={procent} onChange={(e) => setProcent(e.target.value)} />}
      </Field>
      <Field id={`${p}-text`} label={t("text")} error={err("text")}>
        {(aria) => <Input {...aria} value={text} onChange={(e) => setText(e.target.value)} maxLength={2000} />}
      </Field>
      {err("definition.fragaId") || err("definition.enkatId") ? (
        <p role="alert" className="text-sm text-bad">
          {err("definition.fragaId") ?? err("definition.enkatId")}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={pending || insatsId === ""}>
          {t("skapa")}
        </Button>
      </div>
    </form>
  );
}
