import { describe, expect, it } from "vitest";

import { localizedRoute } from "./localized-route";
import { msg } from "./message-ref";

// What the route wrapper leaves alone never reaches the translator (which needs a request).

describe("localizedRoute", () => {
  it("passes a download through untouched, streamed, even when its rows look like references", async () => {
    const body = JSON.stringify([{ reason: msg("auth.setup.alreadyDone") }]);
    const original = new Response(body, {
      headers: { "content-type": "application/json", "content-disposition": 'attachment; filename="a.json"' },
    });
    const answered = await localizedRoute(async () => original)(new Request("http://x/"), {});
    expect(answered).toBe(original);
    expect(await answered.text()).toBe(body);
  });

  it("passes answers that are not JSON through untouched", async () => {
    const original = new Response("a,b\n", { headers: { "content-type": "text/csv" } });
    expect(await localizedRoute(async () => original)(new Request("http://x/"), {})).toBe(original);
  });
});
