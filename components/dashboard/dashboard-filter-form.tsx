import Link from "next/link";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Button } from "@/components/ui/button";

/** Period and grupp as URL search params: a plain GET form, so a filtered view can be bookmarked and shared. */
export function DashboardFilterForm({
  action,
  values,
  grupper,
  fieldErrors = {},
}: {
  action: string;
  values: { fran?: string; till?: string; grupp?: string };
  grupper: { id: string; namn: string }[];
  fieldErrors?: Record<string, string[]>;
}) {
  const t = useTranslations("dashboard.filter");
  return (
    <form method="get" action={action} className="flex flex-wrap items-start gap-4 rounded-lg border border-gray-200 bg-white p-4" aria-labelledby="filter-rubrik">
      <h2 id="filter-rubrik" className="sr-only">
        {t("heading")}
      </h2>
      <div className="w-44">
        <Field id="filter-fran" label={t("fran")} error={fieldErrors.fran?.[0]}>
          {(aria) => <Input type="date" name="fran" defaultValue={values.fran ?? ""} {...aria} />}
        </Field>
      </div>
      <div className="w-44">
        <Field id="filter-till" label={t("till")} error={fieldErrors.till?.[0]}>
          {(aria) => <Input type="date" name="till" defaultValue={values.till ?? ""} {...aria} />}
        </Field>
      </div>
      {grupper.length > 0 || fieldErrors.grupp ? (
        <div className="w-56">
          <Field id="filter-grupp" label={t("grupp")} error={fieldErrors.grupp?.[0]}>
            {(aria) => (
              <Select name="grupp" defaultValue={values.grupp ?? ""} {...aria}>
                <option value="">{t("allaGrupper")}</option>
                {grupper.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.namn}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
      ) : null}
      <div className="flex gap-2 pt-[26px]">
        <Button type="submit">{t("apply")}</Button>
        <Button asChild variant="ghost">
          <Link href={action}>{t("reset")}</Link>
        </Button>
      </div>
      <p className="basis-full text-xs text-muted">{t("hint")}</p>
    </form>
  );
}
