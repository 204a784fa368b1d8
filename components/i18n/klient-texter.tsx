import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { SKAL_NAMNRYMDER, valjTexter } from "@/i18n/klient-texter";

/**
 * Gives the client components of a page the namespaces they read, besides the layouts' own.
 * Wrap the page's whole output: a nested provider replaces the outer one's messages.
 */
export async function KlientTexter({ ns, children }: { ns: string[]; children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={valjTexter(messages, [...SKAL_NAMNRYMDER, ...ns])}>{children}</NextIntlClientProvider>;
}
