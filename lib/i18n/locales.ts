// The languages the product speaks. Each is one catalog file in lib/i18n/messages/<locale>.json;
// next.config.mjs (and vitest.config.ts) list that folder and pass the names in STUDIO_LOCALES,
// so adding a language is adding its catalog file, nothing else.

export const DEFAULT_LOCALE = "en";

/** Every catalog's locale, English first (the fallback). */
export const LOCALES: readonly string[] = (process.env.STUDIO_LOCALES ?? DEFAULT_LOCALE)
  .split(",")
  .filter(Boolean);

/** The cookie the header's language switch sets; read on every request before Accept-Language. */
export const LOCALE_COOKIE = "STUDIO_LOCALE";

/** The browser's time zone, written by the page so the server formats times in it. */
export const TIME_ZONE_COOKIE = "STUDIO_TZ";

export function isLocale(value: unknown): value is string {
  return typeof value === "string" && LOCALES.includes(value);
}

/** A time zone Intl knows, or null (a cookie is untrusted input). */
export function validTimeZone(value: string | undefined): string | null {
  if (!value || value.length > 64) return null;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return value;
  } catch {
    return null;
  }
}
