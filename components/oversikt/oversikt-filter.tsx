import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button, buttonVariants } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { OversiktFilter } from "@/lib/validation/oversikt";

const selectClass = "h-10 w-full rounded-md border border-gray-400 bg-white px-3 text-sm text-gray-900";

/**
 * The filters as a plain GET form: the URL holds the filter, so a view can be
 * bookmarked, shared and printed as it is, and it works without JavaScript.
 */
export function OversiktFilterForm({
  action,
  filter,
  fieldErrors,
  insatsVal,
}: {
  action: string;
  filter: Partial<OversiktFilter>;
  fieldErrors?: Record<string, string[]>;
  /** The styrelse report lets the reader pick insatser. */
  insatsVal?: { id: string; namn: string }[];
}) {
  const t = useTranslations();
  const err = (k: string) => fieldErrors?.[k]?.[0];
  const dateField = (name: "fran" | "till") => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`filter-${name}`} className="text-sm font-medium text-gray-900">
        {t(`oversikt.filter.${name}`)}
      </label>
      <Input
        id={`filter-${name}`}
        name={name}
        type="date"
        defaultValue={filter[name] ?? ""}
        aria-invalid={err(name) ? true : undefined}
        aria-describedby={err(name) ? `filter-${name}-fel` : undefined}
      />
      {err(name) ? (
        <p id={`filter-${name}-fel`} className="text-sm text-bad">
          {err(name)}
        </p>
      ) : null}
    </div>
  );
  return (
    <form method="get" action={action} className="no-print rounded-lg border border-gray-200 bg-white p-4" aria-label={t("oversikt.filter.legend")}>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
        {dateField("fran")}
        {dateField("till")}
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-insatstyp" className="text-sm font-medium text-gray-900">
            {t("oversikt.filter.insatstyp")}
          </label>
          <select id="filter-insatstyp" name="insatstyp" defaultValue={filter.insatstyp ?? ""} className={selectClass}>
            <option value="">{t("oversikt.filter.alla")}</option>
            {(["INDIVIDINRIKTAD", "STRUKTURINRIKTAD", "FORSTUDIE"] as const).map((v) => (
              <option key={v} value={v}>
                {t(`insatstyp.${v}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-status" className="text-sm font-medium text-gray-900">
            {t("oversikt.filter.status")}
          </label>
          <select id="filter-status" name="status" defaultValue={filter.status ?? ""} className={selectClass}>
            <option value="">{t("oversikt.filter.alla")}</option>
            {(["PLANERAD", "PAGAENDE", "AVSLUTAD"] as const).map((v) => (
              <option key={v} value={v}>
                {t(`status.${v}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex gap-2">
          <Button type="submit">{t("oversikt.filter.visa")}</Button>
          <Link href={action} className={buttonVariants({ variant: "outline" })}>
            {t("oversikt.filter.rensa")}
          </Link>
        </div>
      </div>
      {insatsVal && insatsVal.length > 0 ? (
        <fieldset className="mt-3">
          <legend className="text-sm font-medium text-gray-900">{t("oversikt.filter.insatser")}</legend>
          <p className="text-xs text-muted">{t("oversikt.filter.allaInsatser")}</p>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {insatsVal.map((i) => (
              <label key={i.id} className="flex items-center gap-1.5 text-sm">
                <input type="checkbox" name="insats" value={i.id} defaultChecked={filter.insats?.includes(i.id) ?? false} className="h-4 w-4" />
                {i.namn}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <p className="mt-2 text-xs text-muted">{t("oversikt.filter.periodHint")}</p>
    </form>
  );
}
