import { getTranslations } from "next-intl/server";
import { Download } from "lucide-react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { buttonVariants } from "@/components/ui/button";

type Values = { vem?: string; handelse?: string; objekt?: string; fran?: string; till?: string };

/** A plain GET form: the filters live in the URL, so a filtered view can be bookmarked and exported as shown. */
export async function AuditFilterForm({ action, exportHref, values }: { action: string; exportHref: string; values: Values }) {
  const t = await getTranslations("auditLog");
  const text = (name: keyof Values, label: string, hint?: string, type = "text") => (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={`filter-${name}`}>{label}</Label>
      <Input id={`filter-${name}`} name={name} type={type} defaultValue={values[name] ?? ""} aria-describedby={hint ? `filter-${name}-hint` : undefined} />
      {hint ? (
        <p id={`filter-${name}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
  return (
    <form method="get" action={action} role="search" aria-label={t("filters")} className="grid gap-4 md:grid-cols-5">
      {text("vem", t("who"), t("whoHint"))}
      {text("handelse", t("action"), t("actionHint"))}
      {text("objekt", t("entity"), t("entityHint"))}
      {text("fran", t("from"), undefined, "date")}
      {text("till", t("to"), undefined, "date")}
      <div className="flex flex-wrap items-center gap-2 md:col-span-5">
        <button type="submit" className={buttonVariants()}>
          {t("search")}
        </button>
        <a href={action} className={buttonVariants({ variant: "ghost" })}>
          {t("clear")}
        </a>
        <a href={exportHref} className={buttonVariants({ variant: "outline" })} aria-describedby="export-hint" download>
          <Download aria-hidden className="h-4 w-4" />
          {t("export")}
        </a>
        <span id="export-hint" className="text-xs text-muted">
          {t("exportHint")}
        </span>
      </div>
    </form>
  );
}
