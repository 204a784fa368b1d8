"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { submitEnkatSvarAction } from "@/lib/actions/enkat-svar/submit-enkat-svar";
import type { PublikFraga } from "@/lib/server/enkat/get-enkat-for-token";
import { Button } from "@/components/ui/button";

type Fel = Record<string, string[]>;

/**
 * The answer form: native radio groups and a textarea, large touch targets,
 * every question a fieldset with its legend, errors tied to their question.
 */
export function SvarForm({ token, fragor, kopplad }: { token: string; fragor: PublikFraga[]; kopplad: boolean }) {
  const t = useTranslations("enkatSvar");
  const [svar, setSvar] = useState<Record<string, string>>({});
  const [fel, setFel] = useState<Fel>({});
  const [meddelande, setMeddelande] = useState<string | null>(null);
  const [skickar, setSkickar] = useState(false);
  const [klar, setKlar] = useState(false);

  const set = (id: string, v: string) => setSvar((s) => ({ ...s, [id]: v }));

  const onSubmit = async (e: React.FormEvent) => {
    e.preventDefault();
    setSkickar(true);
    const payload = Object.fromEntries(
      fragor.map((f) => [f.id, f.typ === "FRITEXT" ? (svar[f.id] ?? "") : svar[f.id] === undefined || svar[f.id] === "" ? null : Number(svar[f.id])]),
    );
    const result = await submitEnkatSvarAction(token, { svar: payload });
    setSkickar(false);
    if (result.ok) {
      setKlar(true);
      return;
    }
    setFel(result.fieldErrors ?? {});
    setMeddelande(result.fieldErrors?._form?.[0] ?? result.message);
    requestAnimationFrame(() => document.getElementById("svar-fel")?.focus());
  };

  if (klar) {
    return (
      <div role="status" className="rounded-lg border border-ok bg-ok-bg p-5">
        <h2 className="text-lg font-semibold">{t("tack")}</h2>
        <p className="mt-2">{kopplad ? t("tackKopplad") : t("tackAnonym")}</p>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      {meddelande ? (
        <div id="svar-fel" tabIndex={-1} role="alert" className="rounded-md border border-bad bg-bad-bg p-3 text-sm text-bad">
          {meddelande}
        </div>
      ) : null}
      {fragor.map((f, i) => {
        const felId = `fraga-${f.id}-fel`;
        const hjalpId = `fraga-${f.id}-hjalp`;
        const describedBy = [f.hjalptext ? hjalpId : null, fel[f.id] ? felId : null].filter(Boolean).join(" ") || undefined;
        const legend = (
          <>
            <span className="mr-1 text-muted">{i + 1}.</span> {f.text}
            {f.obligatorisk ? <span className="ml-1 text-sm font-normal text-muted">({t("maste")})</span> : null}
          </>
        );
        const help = f.hjalptext ? (
          <p id={hjalpId} className="text-sm text-muted">
            {f.hjalptext}
          </p>
        ) : null;
        const error = fel[f.id] ? (
          <p id={felId} className="text-sm font-medium text-bad">
            {fel[f.id]![0]}
          </p>
        ) : null;
        if (f.typ === "FRITEXT") {
          return (
            <div key={f.id} className="flex flex-col gap-2">
              <label htmlFor={`fraga-${f.id}`} className="text-base font-semibold">
                {legend}
              </label>
              {help}
              <textarea
                id={`fraga-${f.id}`}
                rows={4}
                maxLength={2000}
                aria-describedby={describedBy}
                aria-invalid={Boolean(fel[f.id])}
                value={svar[f.id] ?? ""}
                onChange={(e) => set(f.id, e.target.value)}
                className="w-full rounded-md border border-gray-400 bg-white p-3 text-base aria-[invalid=true]:border-bad"
              />
              {error}
            </div>
          );
        }
        const options: { value: string; label: string }[] =
          f.typ === "JA_NEJ"
            ? [
                { value: "1", label: t("ja") },
                { value: "0", label: t("nej") },
              ]
            : f.typ === "ETT_AV_FLERA"
              ? f.alternativ.map((a, idx) => ({ value: String(idx), label: a }))
              : Array.from({ length: (f.skalaMax ?? 0) - (f.skalaMin ?? 0) + 1 }, (_, k) => {
                  const v = (f.skalaMin ?? 0) + k;
                  const end = v === f.skalaMin ? f.etikettMin : v === f.skalaMax ? f.etikettMax : null;
                  return { value: String(v), label: end ? `${v} – ${end}` : String(v) };
                });
        const horisontell = f.typ === "SKALA" && options.length <= 11;
        return (
          <fieldset key={f.id} aria-describedby={describedBy} className="flex flex-col gap-2">
            <legend className="mb-1 text-base font-semibold">{legend}</legend>
            {help}
            {f.typ === "SKALA" && (f.etikettMin || f.etikettMax) ? (
              <p className="flex justify-between gap-4 text-sm text-muted" aria-hidden>
                <span>{f.etikettMin ? `${f.skalaMin} = ${f.etikettMin}` : ""}</span>
                <span className="text-right">{f.etikettMax ? `${f.skalaMax} = ${f.etikettMax}` : ""}</span>
              </p>
            ) : null}
            <div className={horisontell ? "flex flex-wrap gap-2" : "flex flex-col gap-2"}>
              {options.map((o) => {
                const id = `fraga-${f.id}-${o.value}`;
                const checked = svar[f.id] === o.value;
                return (
                  <label
                    key={o.value}
                    htmlFor={id}
                    className={`flex min-h-11 cursor-pointer items-center gap-2 rounded-md border px-3 py-2 text-base has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-700 has-[:focus-visible]:ring-offset-2 ${checked ? "border-brand-700 bg-brand-50" : "border-gray-400 bg-white"} ${horisontell ? "min-w-11 justify-center" : ""}`}
                  >
                    <input
                      id={id}
                      type="radio"
                      name={`fraga-${f.id}`}
                      value={o.value}
                      checked={checked}
                      onChange={() => set(f.id, o.value)}
                      className={horisontell ? "sr-only" : "h-5 w-5"}
                    />
                    <span>{horisontell ? o.value : o.label}</span>
                  </label>
                );
              })}
            </div>
            {!f.obligatorisk && svar[f.id] !== undefined && svar[f.id] !== "" ? (
              <button type="button" onClick={() => set(f.id, "")} className="self-start text-sm text-brand-700 underline underline-offset-4">
                {t("rensa")}
              </button>
            ) : null}
            {error}
          </fieldset>
        );
      })}
      <Button type="submit" size="lg" disabled={skickar} className="w-full sm:w-auto">
        {skickar ? t("skickar") : t("skicka")}
      </Button>
    </form>
  );
}
