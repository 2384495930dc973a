import { headers } from "next/headers";
import { getTimeZone } from "next-intl/server";

import { timeZoneScript } from "@/lib/i18n/time-zone-script";
import { scriptNonce } from "@/lib/security/content-security-policy";

/** The browser's time zone for the server (lib/i18n/time-zone-script.ts): an inline script in
 * <head> with the request's CSP nonce (proxy.ts), not a client component on every page. */
export async function TimeZoneSync() {
  const [zone, requestHeaders] = await Promise.all([getTimeZone(), headers()]);
  return (
    <script
      nonce={scriptNonce(requestHeaders.get("Content-Security-Policy"))}
      dangerouslySetInnerHTML={{ __html: timeZoneScript(zone) }}
    />
  );
}
