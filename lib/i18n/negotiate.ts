import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";

import { DEFAULT_LOCALE, isLocale, LOCALES } from "./locales";

/**
 * The locale of a request: the language switch's cookie, else the best match for the browser's
 * Accept-Language (zh, zh-Hans, zh-SG → zh-CN), else English.
 */
export function negotiateLocale(cookie: string | undefined, acceptLanguage: string | null): string {
  if (isLocale(cookie)) return cookie;
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const asked = new Negotiator({ headers: { "accept-language": acceptLanguage } }).languages();
  const wanted = asked.filter((tag) => tag !== "*" && isWellFormed(tag));
  if (wanted.length === 0) return DEFAULT_LOCALE;
  return match(wanted, LOCALES, DEFAULT_LOCALE);
}

function isWellFormed(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
