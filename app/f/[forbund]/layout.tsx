import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/require-tenant";
import { getUserNamn } from "@/lib/server/user/get-user-namn";
import { MainNav } from "@/components/layout/main-nav";
import { navItems } from "@/components/layout/nav-items";
import { UserMenu } from "@/components/layout/user-menu";

export default async function ForbundLayout({ children, params }: { children: React.ReactNode; params: Promise<{ forbund: string }> }) {
  const { forbund } = await params;
  const ctx = await requireTenant(forbund);
  const t = await getTranslations();
  const format = await getFormatter();
  const userNamn = await getUserNamn(ctx);
  return (
    <div className="flex min-h-screen flex-col">
      {/* Printouts name the förbund and the day (the screen header and navigation are not printed). */}
      <p data-print-heading className="hidden border-b border-gray-400 pb-1 text-xs text-gray-700 print:flex print:justify-between">
        <span>
          {t("app.name")} · {ctx.forbundNamn}
        </span>
        <span>{t("app.printed", { datum: format.dateTime(new Date(), { dateStyle: "long" }) })}</span>
      </p>
      <header className="bg-brand-700 text-white print:hidden">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div>
            <Link href="/" className="inline-flex min-h-6 items-center text-sm font-semibold uppercase tracking-wide text-brand-100">
              {t("app.name")}
            </Link>
            <p className="text-base font-semibold">{ctx.forbundNamn}</p>
          </div>
          <UserMenu signedInAs={t("nav.signedInAs", { name: userNamn, role: t(`roles.${ctx.roll}`) })} />
        </div>
      </header>
      <MainNav items={navItems(ctx.forbundSlug, ctx.roll)} />
      <main id="innehall" className="mx-auto w-full max-w-7xl flex-1 px-4 py-8">
        {children}
      </main>
    </div>
  );
}
