import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { VersionForm } from "@/lib/version/schema";
import { validVersion } from "@/lib/version/test-fixtures";

import { startSubmitHarness, type SubmitHarness } from "./sandbox-submit-harness";

// What a person is told when the create reached ESA but its answer did not come back: not that "an
// earlier attempt" made the version (there was none), and never a raw socket code as a headline.

const READ_TIMEOUT_MS = 800;

let h: SubmitHarness;
beforeAll(async () => {
  h = await startSubmitHarness({
    ESA_READ_TIMEOUT_MS: String(READ_TIMEOUT_MS),
    ESA_CONNECT_TIMEOUT_MS: String(READ_TIMEOUT_MS),
  });
});
afterAll(() => h.close());
beforeEach(() => h.reset());

const values = (name: string): VersionForm => ({ ...validVersion(), appId: h.appId, name });

describe("a first and only submission whose answer is lost", () => {
  it("when the connection drops: says the request reached ESA, the answer was lost, the version exists", async () => {
    await h.injectFault("drop-after-commit");
    const result = await h.submitVersion(values("lost-answer-drop"));
    expect(result).toMatchObject({ ok: true, alreadyCreated: true, answerLost: true });
    const note = result.ok ? result.note : undefined;
    expect(note).toMatch(/^The request reached ESA and the version was created, but the connection dropped before its answer arrived\./);
    expect(note).toMatch(/exists with exactly this content; nothing was created twice/);
    expect(note).not.toMatch(/earlier|ECONNRESET/);
    expect(h.versionsNamed("lost-answer-drop")).toHaveLength(1);
    expect(await h.createRequests()).toHaveLength(1);
  });

  it("when the answer comes too late: says it did not arrive in time", async () => {
    await h.injectFault("slow-after-commit", { delayMs: 1_500 });
    const result = await h.submitVersion(values("lost-answer-slow"));
    expect(result).toMatchObject({ ok: true, alreadyCreated: true, answerLost: true });
    expect(result.ok && result.note).toMatch(/reached ESA and the version was created, but its answer did not arrive in time/);
  });

  it("and the check by name fails too: the outcome is unknown, with no socket code as the error code", async () => {
    await h.injectFault("drop-after-commit");
    // Reads are retried twice, so three failures exhaust the lookup.
    await h.injectFault("internal-error", { action: "ListEdgeContainerAppVersions", count: 3 });
    const result = await h.submitVersion(values("lost-answer-lookup-down"));
    expect(result).toMatchObject({ ok: false, outcomeUnknown: true, connectionCode: "ECONNRESET" });
    expect(!result.ok && result.code).toBeUndefined();
    expect(!result.ok && result.message).toMatch(/^The connection to ESA was lost before an answer arrived\./);
  });
});

describe("a resubmission of a version that exists with the same content", () => {
  it("says an earlier submission created it", async () => {
    expect(await h.submitVersion(values("submitted-twice"))).toMatchObject({ ok: true, alreadyCreated: false });
    const again = await h.submitVersion(values("submitted-twice"));
    expect(again).toMatchObject({ ok: true, alreadyCreated: true, answerLost: false });
    expect(again.ok && again.note).toMatch(/already existed: an earlier submission created it\. Nothing was created twice\./);
  });
});
