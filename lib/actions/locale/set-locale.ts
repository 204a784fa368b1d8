"use server";
import { cookies } from "next/headers";
import { LOCALES, LOCALE_COOKIE } from "@/i18n/locales";

export async function setLocaleAction(locale: string): Promise<void> {
  if (!(LOCALES as readonly string[]).includes(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
}
