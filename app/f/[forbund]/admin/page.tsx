import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Hourglass, KeyRound, ScrollText, Users } from "lucide-react";
import { requireTenant } from "@/lib/auth/require-tenant";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminHome"))("title") };
}

export default async function AdminPage({ params }: { params: Promise<{ forbund: string }> }) {
  const { forbund } = await params;
  const ctx = await requireTenant(forbund, "admin:users");
  const t = await getTranslations("adminHome");
  const tg = await getTranslations("gdpr");
  const base = `/f/${ctx.forbundSlug}/admin`;
  const sections = [
    { href: `${base}/anvandare`, title: t("users"), text: t("usersText"), Icon: Users },
    { href: `${base}/api-nycklar`, title: t("apiKeys"), text: t("apiKeysText"), Icon: KeyRound },
    { href: `${base}/logg`, title: t("log"), text: t("logText"), Icon: ScrollText },
    { href: `${base}/gallring`, title: tg("adminLink"), text: tg("adminLinkText"), Icon: Hourglass },
  ];
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      <ul className="grid gap-4 md:grid-cols-3">
        {sections.map(({ href, title, text, Icon }) => (
          <li key={href}>
            <Card className="h-full">
              <h2 className="flex items-center gap-2 text-lg font-semibold">
                <Icon aria-hidden className="h-5 w-5 text-brand-700" />
                <Link href={href} className="text-brand-700 underline-offset-2 hover:underline">
                  {title}
                </Link>
              </h2>
              <p className="mt-2 text-sm text-muted">{text}</p>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
