import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";

import { loadMessages } from "./catalog";
import { FORMATS } from "./formats";
import { LOCALE_COOKIE, TIME_ZONE_COOKIE, validTimeZone } from "./locales";
import { negotiateLocale } from "./negotiate";

// next-intl's per-request configuration (next.config.mjs points the plugin here). No locale in
// the URL: the language switch's cookie, else Accept-Language, else English.
export default getRequestConfig(async () => {
  const [jar, requestHeaders] = await Promise.all([cookies(), headers()]);
  const locale = negotiateLocale(jar.get(LOCALE_COOKIE)?.value, requestHeaders.get("accept-language"));
  return {
    locale,
    messages: await loadMessages(locale),
    // Times are shown in the browser's zone once it has told us (components/i18n/time-zone-sync);
    // until then in UTC, and every time shown names its zone.
    formats: FORMATS,
    timeZone: validTimeZone(jar.get(TIME_ZONE_COOKIE)?.value) ?? "UTC",
  };
});
