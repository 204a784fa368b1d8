import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/require-tenant";
import { getUserNamn } from "@/lib/server/user/get-user-namn";
import { MainNav } from "@/components/layout/main-nav";
import { navItems } from "@/components/layout/nav-items";
import { UserMenu } from "@/components/layout/user-menu";

export default async function ForbundLayout({ children, params }: { children: React.ReactNode; params: Promise<{ forbund: string }> }) {
  const { forbund } = await params;
  const ctx = await requireTenant(forbund);
  const t = await getTranslations();
  const userNamn = await getUserNamn(ctx);
  return (
    <div className="flex min-h-screen flex-col">
      <header className="bg-brand-700 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div>
            <Link href="/" className="text-sm font-semibold uppercase tracking-wide text-brand-100">
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
