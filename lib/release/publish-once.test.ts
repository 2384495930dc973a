import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import type { AppActor } from "@/lib/access/guard-types";
import { startPublishedSandbox, type PublishedSandbox } from "@/lib/testing/published-sandbox";
import { container, createRequest, SHOP_APP_ID } from "@/lib/testing/sdk-fixtures";
import { control, sdkClientFor } from "@/lib/testing/sdk-test-client";
import { openTestDatabase } from "@/lib/testing/test-database";

// A staging publish through the cross-instance claim: the same publish submitted several times at
// once reaches ESA once and every submission answers with its outcome; a later repeat is answered
// from the record while the status still shows it, and sent again once another version replaced it.

let db: Awaited<ReturnType<typeof openTestDatabase>>;
let published: PublishedSandbox;
let staging: typeof import("./publish-staging");
let once: typeof import("./publish-once");
const actor = { app: { id: SHOP_APP_ID, name: "shop-frontend" }, role: "releaser" } as AppActor;

beforeAll(async () => {
  db = await openTestDatabase();
}, 120_000);
afterAll(async () => {
  await db.close();
});
beforeEach(async () => {
  clock = 0;
  published = await startPublishedSandbox({ controlEnabled: true });
  vi.resetModules();
  staging = await import("./publish-staging");
  once = await import("./publish-once");
});
afterEach(async () => {
  await published.close();
});

async function createdVersion(name: string): Promise<string> {
  const client = sdkClientFor(published.sandbox);
  const { body } = await client.createEdgeContainerAppVersion(
    createRequest({ name, containers: [container({ image: "nginx:1.25" })] }),
  );
  return body!.versionId!;
}

async function publishesSent(): Promise<number> {
  const { body } = await control(published.sandbox, "GET", "/__sandbox/requests");
  return (body.requests as { action: string }[]).filter(
    (r) => r.action === "PublishEdgeContainerAppVersion",
  ).length;
}

let clock = 0;
const claimed = (versionId: string) =>
  staging.publishToStaging(actor, { versionId }, (request, send, outcomeOf) =>
    once.publishOnce(db.db, request, send, outcomeOf, () => Date.now() + clock),
  );

describe("a staging publish claimed in the shared database", () => {
  it("sent five times at once: one Publish reaches ESA, all five answer ok", async () => {
    const v = await createdVersion("once-concurrent");
    const results = await Promise.all(Array.from({ length: 5 }, () => claimed(v)));
    for (const r of results) expect(r).toMatchObject({ ok: true });
    expect(await publishesSent()).toBe(1);
  });

  it("a repeat while staging still runs it is answered from the record, not sent", async () => {
    const v = await createdVersion("once-repeat");
    expect(await claimed(v)).toMatchObject({ ok: true });
    expect(await claimed(v)).toMatchObject({ ok: true });
    expect(await publishesSent()).toBe(1);
  });

  it("a repeat soon after, though another version replaced it meanwhile, is a double submission: not sent", async () => {
    const first = await createdVersion("once-soon-first");
    const second = await createdVersion("once-soon-second");
    const answer = await claimed(first);
    expect(await claimed(second)).toMatchObject({ ok: true });
    expect(await claimed(first)).toEqual(answer); // the same answer, with the same RequestId
    expect(await publishesSent()).toBe(2);
  });

  it("a repeat past the window, after another version replaced it on staging, is sent again", async () => {
    const first = await createdVersion("once-first");
    const second = await createdVersion("once-second");
    expect(await claimed(first)).toMatchObject({ ok: true });
    expect(await claimed(second)).toMatchObject({ ok: true });
    clock = once.REPEAT_WINDOW_MS + 1;
    expect(await claimed(first)).toMatchObject({ ok: true });
    expect(await publishesSent()).toBe(3);
  });

  it("a repeat past the window while staging still runs it is answered from the record", async () => {
    const v = await createdVersion("once-late-repeat");
    expect(await claimed(v)).toMatchObject({ ok: true });
    clock = once.REPEAT_WINDOW_MS + 1;
    expect(await claimed(v)).toMatchObject({ ok: true });
    expect(await publishesSent()).toBe(1);
  });

  it("without the claim (the unit-test default), each call is sent", async () => {
    const v = await createdVersion("once-direct");
    await Promise.all([
      staging.publishToStaging(actor, { versionId: v }),
      staging.publishToStaging(actor, { versionId: v }),
    ]);
    expect(await publishesSent()).toBe(2);
  });
});
