import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, pickLocale } from "./locales";
import { loadMessages } from "../messages/load";

// No locale in the URL: the NEXT_LOCALE cookie, else the browser's language.
export default getRequestConfig(async () => {
  const locale = pickLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
  return {
    locale,
    timeZone: "Europe/Stockholm",
    messages: await loadMessages(locale),
  };
});
