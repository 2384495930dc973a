import { describe, expect, it } from "vitest";

import { TIME_ZONE_ASKED_KEY, timeZoneScript } from "./time-zone-script";

/** Runs the script against a fake browser whose zone is `zone`; `keepsCookies` false refuses them. */
function run(rendered: string, zone: string, options: { keepsCookies?: boolean; storage?: Map<string, string> } = {}) {
  const storage = options.storage ?? new Map<string, string>();
  const cookies: string[] = [];
  let reloads = 0;
  const document = {
    get cookie() {
      return cookies.join("; ");
    },
    set cookie(value: string) {
      if (options.keepsCookies !== false) cookies.push(value.split(";")[0]!);
    },
  };
  const sessionStorage = {
    getItem: (key: string) => storage.get(key) ?? null,
    setItem: (key: string, value: string) => void storage.set(key, value),
  };
  const Intl = { DateTimeFormat: () => ({ resolvedOptions: () => ({ timeZone: zone }) }) };
  const location = { reload: () => void reloads++ };
  new Function("document", "sessionStorage", "Intl", "location", timeZoneScript(rendered))(document, sessionStorage, Intl, location);
  return { cookies, reloads, storage };
}

describe("timeZoneScript", () => {
  it("does nothing when the page was formatted in the browser's zone", () => {
    expect(run("Asia/Shanghai", "Asia/Shanghai")).toMatchObject({ cookies: [], reloads: 0 });
  });

  it("sets the cookie and reloads once when the zones differ", () => {
    const first = run("UTC", "Asia/Shanghai");
    expect(first.cookies).toEqual(["STUDIO_TZ=Asia%2FShanghai"]);
    expect(first.reloads).toBe(1);
    // The server ignored the cookie: the next load does not reload again.
    expect(run("UTC", "Asia/Shanghai", { storage: first.storage }).reloads).toBe(0);
  });

  it("does not reload when cookies are refused (the answer would never change)", () => {
    expect(run("UTC", "Asia/Shanghai", { keepsCookies: false }).reloads).toBe(0);
  });

  it("remembers the zone per tab, so a new zone is asked about again", () => {
    const storage = new Map([[TIME_ZONE_ASKED_KEY, "Europe/Berlin"]]);
    expect(run("UTC", "Asia/Shanghai", { storage }).reloads).toBe(1);
  });

  it("keeps a rendered zone from closing the script element", () => {
    expect(timeZoneScript("</script><script>alert(1)//")).not.toContain("</script>");
  });
});
