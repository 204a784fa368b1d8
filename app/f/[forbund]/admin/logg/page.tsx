import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/require-tenant";
import { auditFilterSchema } from "@/lib/validation/audit";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { AuditFilterForm } from "@/components/admin/audit-filter-form";
import { AuditLogTable } from "@/components/admin/audit-log-table";
import { FormFel } from "@/components/ui/form-fel";
import { PageHeader } from "@/components/ui/page-header";
import { KlientTexter } from "@/components/i18n/klient-texter";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auditLog"))("title") };
}

type Search = Record<string, string | string[] | undefined>;

export default async function LoggPage({ params, searchParams }: { params: Promise<{ forbund: string }>; searchParams: Promise<Search> }) {
  const { forbund } = await params;
  const ctx = await requireTenant(forbund, "audit:read");
  const t = await getTranslations("auditLog");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = auditFilterSchema.safeParse(raw);
  const filter = parsed.success ? parsed.data : auditFilterSchema.parse({});
  const { sida: _page, ...shown } = filter;
  const query = new URLSearchParams(Object.entries(shown).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== "")).toString();
  const base = `/f/${ctx.forbundSlug}/admin/logg`;
  const result = await listAuditEvents(ctx, filter);
  return (
    <KlientTexter ns={["auditLog", "table"]}>
      <div className="flex flex-col gap-6">
        <PageHeader title={t("title")} intro={t("intro")} />
        <AuditFilterForm action={base} exportHref={`${base}/export${query ? `?${query}` : ""}`} values={parsed.success ? shown : {}} />
        {parsed.success ? null : (
          <FormFel>{t("invalidFilter", { message: parsed.error.issues[0]?.message ?? "" })}</FormFel>
        )}
        <AuditLogTable rows={result.rows} page={result.page} pageCount={result.pageCount} total={result.total} query={query} />
      </div>
    </KlientTexter>
  );
}
