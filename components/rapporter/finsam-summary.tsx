import { getFormatter, getTranslations } from "next-intl/server";
import type { UppfoljningFinsam } from "@/lib/domain/rapporter/uppfoljning-finsam";
import { kronor } from "./kronor";

export async function FinsamSummary({ rapport }: { rapport: UppfoljningFinsam }) {
  const t = await getTranslations("rapporter.finsam.summary");
  const format = await getFormatter();
  const kr = await kronor();
  const { budget, utfall } = rapport.forbund;
  const summa = rapport.insatser.reduce((s, r) => ({ k: s.k + r.deltagare.kvinnor, m: s.m + r.deltagare.man, t: s.t + r.deltagare.totalt }), { k: 0, m: 0, t: 0 });
  const andel = budget && utfall !== null ? format.number(utfall / budget, { style: "percent", maximumFractionDigits: 0 }) : null;
  const kort = [
    { label: t("insatser"), value: String(rapport.insatser.length), hint: null },
    { label: t("deltagare"), value: format.number(summa.t), hint: t("deltagareHint", { kvinnor: summa.k, man: summa.m }) },
    { label: t("budget", { ar: rapport.ar }), value: budget === null ? t("ejRegistrerat") : kr(budget), hint: null },
    { label: t("utfall", { ar: rapport.ar }), value: utfall === null ? t("ejRegistrerat") : kr(utfall), hint: andel ? t("utfallShare", { andel }) : null },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      {kort.map((k) => (
        <div key={k.label} className="rounded-md border border-gray-200 bg-brand-50 px-4 py-3">
          <dt className="text-sm text-gray-700">{k.label}</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums text-gray-900">{k.value}</dd>
          {k.hint ? <dd className="text-xs text-gray-700">{k.hint}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
