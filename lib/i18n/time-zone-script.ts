import { TIME_ZONE_COOKIE } from "./locales";

/** Where the script remembers, per tab, which zone it already reloaded for. */
export const TIME_ZONE_ASKED_KEY = "studio-tz-asked";

/**
 * The inline script that tells the server the browser's time zone (a cookie) and loads the page
 * again once if it was formatted in another zone: every time shown is then in the person's own
 * zone, and says so. It runs in <head>, before the page paints or hydrates, so the reload costs
 * little and needs no client component. It reloads only if the cookie was kept (refused cookies
 * would never change the answer) and once per zone and tab (sessionStorage): no loop whatever the
 * server makes of the zone. `rendered` is the zone the server used (lib/i18n/request.ts).
 */
export function timeZoneScript(rendered: string): string {
  const args = [rendered, TIME_ZONE_COOKIE, TIME_ZONE_ASKED_KEY].map((value) => JSON.stringify(value).replace(/</g, "\\u003c"));
  return `(function(r,c,k){try{var z=Intl.DateTimeFormat().resolvedOptions().timeZone;if(!z||z===r||sessionStorage.getItem(k)===z)return;sessionStorage.setItem(k,z);var v=c+"="+encodeURIComponent(z);document.cookie=v+"; Path=/; Max-Age=31536000; SameSite=Lax";if(document.cookie.split("; ").indexOf(v)>=0)location.reload()}catch(e){}})(${args.join(",")})`;
}
