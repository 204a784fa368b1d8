import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { Toaster } from "@/components/ui/toaster";
import { IkonSprite } from "@/components/ui/sprite-ikon";
import { SKAL_NAMNRYMDER, valjTexter } from "@/i18n/klient-texter";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s – ${t("name")}` }, description: t("tagline") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("app");
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans antialiased">
        <a
          href="#innehall"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:shadow"
        >
          {t("skipToContent")}
        </a>
        <IkonSprite />
        {/* Pages add their client components' namespaces with <KlientTexter>. */}
        <NextIntlClientProvider messages={valjTexter(await getMessages(), SKAL_NAMNRYMDER)}>{children}</NextIntlClientProvider>
        {/* Not richColors: its green success toast fails WCAG AA contrast; the icon and text carry the meaning. */}
        <Toaster position="top-right" />
      </body>
    </html>
  );
}
