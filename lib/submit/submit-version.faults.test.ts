import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import type { FaultKind } from "@/lib/sandbox/gateway/faults";
import type { CreateVersionResult } from "@/lib/submit/results";
import type { VersionForm } from "@/lib/version/schema";
import { validVersion } from "@/lib/testing/version-fixtures";

import { startSubmitHarness, type SubmitHarness } from "@/lib/testing/sandbox-submit-harness";
import { allInEnglish, inLocale } from "@/lib/testing/i18n";

// "Nothing lost, nothing twice" against a real sandbox: each fault the service or a proxy can
// produce, what the person is told, how many versions exist afterwards, and that the create was
// sent exactly once per submission. The read timeout is short so that the slow faults outlast it.

const READ_TIMEOUT_MS = 800;
// slow-after-commit only has to outlast the timeout. slow-before-commit must also outlast the
// reconciling lookup that follows the timeout, or that lookup would already see the version.
const SLOW_AFTER_MS = 1_500;
const SLOW_BEFORE_MS = 3_000;

let h: SubmitHarness;
beforeAll(async () => {
  h = await startSubmitHarness({
    ESA_READ_TIMEOUT_MS: String(READ_TIMEOUT_MS),
    ESA_CONNECT_TIMEOUT_MS: String(READ_TIMEOUT_MS),
  });
});
afterAll(() => h.close());
beforeEach(() => h.reset());

/** submitVersion's answer as the English UI shows it (the guard renders every reference). */
const submitInEnglish = async (input: unknown) => allInEnglish(await h.submitVersion(input));

const values = (name: string): VersionForm => ({ ...validVersion(), appId: h.appId, name });

/** The slow faults answer (or commit) after the client gave up; count only once they are done. */
async function settled(): Promise<void> {
  await vi.waitFor(
    async () => {
      const pending = (await h.createRequests()).filter((r) => r.status === null);
      expect(pending).toEqual([]);
    },
    { timeout: 10_000, interval: 50 },
  );
}

interface FaultCase {
  kind: FaultKind;
  delayMs?: number;
  /** What submitVersion returns for the faulted attempt. */
  first: Partial<CreateVersionResult>;
  /** What the message must tell the person to do; undefined when the attempt succeeded. */
  advice?: RegExp;
  /** Whether the service created the version despite the fault. */
  committed: boolean;
  /** Whether the request log will show an answer (a dropped connection never gets one). */
  answered: boolean;
}

const CASES: FaultCase[] = [
  {
    kind: "internal-error",
    first: { ok: false, code: "InternalError", httpStatus: 500, outcomeUnknown: false },
    advice: /try again in a moment/i,
    committed: false,
    answered: true,
  },
  {
    kind: "throttle",
    first: { ok: false, code: "Throttling.User", outcomeUnknown: false },
    advice: /wait a few seconds and try again/i,
    committed: false,
    answered: true,
  },
  {
    // A proxy's HTML page says nothing about the service: unknown, until the lookup shows nothing.
    kind: "non-json",
    first: { ok: false, code: "InvalidResponse", outcomeUnknown: true },
    advice: /submit again.*resubmitting is safe/i,
    committed: false,
    answered: true,
  },
  {
    // Timed out before the service acted: the lookup finds nothing yet, the version appears later.
    kind: "slow-before-commit",
    delayMs: SLOW_BEFORE_MS,
    first: { ok: false, code: "Timeout", outcomeUnknown: true },
    advice: /may still be creating it.*submit again.*resubmitting is safe/i,
    committed: true,
    answered: true,
  },
  {
    // Timed out after the service acted: the lookup finds our version, so it is a success.
    kind: "slow-after-commit",
    delayMs: SLOW_AFTER_MS,
    first: { ok: true, alreadyCreated: true },
    committed: true,
    answered: true,
  },
  {
    kind: "drop-after-commit",
    first: { ok: true, alreadyCreated: true },
    committed: true,
    answered: false,
  },
];

describe.each(CASES)("a create that meets $kind", (c) => {
  it("tells the person what happened, sends one create, and a resubmit ends with exactly one version", async () => {
    const form = values(`fault-${c.kind}`);
    await h.injectFault(c.kind, { delayMs: c.delayMs });

    const first = await submitInEnglish(form);
    expect(first).toMatchObject(c.first);
    if (!first.ok) {
      expect(first.message).toMatch(c.advice!);
      // Nothing about the content is wrong: no field is blamed.
      expect(first.fieldErrors ?? []).toEqual([]);
    } else {
      expect(first.versionId).toMatch(/^ver-/);
    }
    if (c.answered) await settled();
    expect(await h.createRequests()).toHaveLength(1);
    expect(h.versionsNamed(form.name)).toHaveLength(c.committed ? 1 : 0);

    const again = await submitInEnglish(values(form.name));
    expect(again).toMatchObject({ ok: true, alreadyCreated: c.committed });
    const stored = h.versionsNamed(form.name);
    expect(stored).toHaveLength(1);
    expect(again.ok && again.versionId).toBe(stored[0]!.VersionId);
    if (first.ok) expect(first.versionId).toBe(stored[0]!.VersionId);
    expect(await h.createRequests()).toHaveLength(2);
  });
});

describe("when the lookup after an unknown outcome fails too", () => {
  it("says the outcome is unknown, and a resubmit once the service is back finds the version", async () => {
    const form = values("fault-lookup-down");
    await h.injectFault("slow-before-commit", { delayMs: SLOW_BEFORE_MS });
    // Reads are retried twice, so three failures exhaust the lookup.
    await h.injectFault("internal-error", { action: "ListEdgeContainerAppVersions", count: 3 });

    const first = await submitInEnglish(form);
    expect(first).toMatchObject({ ok: false, code: "Timeout", outcomeUnknown: true });
    expect(!first.ok && first.message).toMatch(
      /checking whether the version was created also failed.*submit again/i,
    );
    await settled();
    expect(h.versionsNamed(form.name)).toHaveLength(1);

    const again = await submitInEnglish(values(form.name));
    expect(again).toMatchObject({ ok: true, alreadyCreated: true });
    expect(h.versionsNamed(form.name)).toHaveLength(1);
    expect(await h.createRequests()).toHaveLength(2);
  });
});

describe("a name that already exists", () => {
  it("with identical content is the earlier success, not a second version", async () => {
    const first = await submitInEnglish(values("same-name-same-content"));
    expect(first).toMatchObject({ ok: true, alreadyCreated: false });

    const again = await submitInEnglish(values("same-name-same-content"));
    expect(again).toMatchObject({ ok: true, alreadyCreated: true });
    expect(again.ok && again.versionId).toBe(first.ok && first.versionId);
    expect(h.versionsNamed("same-name-same-content")).toHaveLength(1);
    const creates = await h.createRequests();
    expect(creates.map((r) => r.code)).toEqual([null, "NameAlreadyExists"]);
  });

  it("with different content is a conflict on the name field, and the existing version is untouched", async () => {
    const first = await submitInEnglish(values("same-name-other-content"));
    expect(first.ok).toBe(true);
    // Status may flip from creating to created meanwhile; identity and content must not change.
    const untouched = ({ VersionId, Containers }: { VersionId: string; Containers: unknown }) => ({
      VersionId,
      Containers,
    });
    const before = h.versionsNamed("same-name-other-content").map(untouched);

    const changed = values("same-name-other-content");
    changed.containers[0]!.image = "registry.cn-hangzhou.aliyuncs.com/team/web:1.4.3";
    const result = await submitInEnglish(changed);
    expect(result).toMatchObject({ ok: false, code: "NameAlreadyExists" });
    expect(!result.ok && result.fieldErrors).toEqual([
      {
        path: "name",
        message: expect.stringMatching(/already uses this name.*choose a different name/i),
      },
    ]);
    expect(h.versionsNamed("same-name-other-content").map(untouched)).toEqual(before);
    expect(await h.createRequests()).toHaveLength(2);
  });
});

// What a person is told when the create reached ESA but its answer did not come back: not that "an
// earlier attempt" made the version (there was none), and never a raw socket code as a headline.
describe("a first and only submission whose answer is lost", () => {
  it("when the connection drops: says the request reached ESA, the answer was lost, the version exists", async () => {
    await h.injectFault("drop-after-commit");
    const result = await submitInEnglish(values("lost-answer-drop"));
    expect(result).toMatchObject({ ok: true, alreadyCreated: true, answerLost: true });
    const note = result.ok ? result.note : undefined;
    expect(note).toMatch(/^The request reached ESA and the version was created, but the connection dropped before its answer arrived\./);
    expect(note).toMatch(/exists with exactly this content; nothing was created twice/);
    expect(note).not.toMatch(/earlier|ECONNRESET/);
    expect(h.versionsNamed("lost-answer-drop")).toHaveLength(1);
    expect(await h.createRequests()).toHaveLength(1);
  });

  it("when the answer comes too late: says it did not arrive in time", async () => {
    await h.injectFault("slow-after-commit", { delayMs: SLOW_AFTER_MS });
    const answer = await h.submitVersion(values("lost-answer-slow"));
    const result = allInEnglish(answer);
    expect(result).toMatchObject({ ok: true, alreadyCreated: true, answerLost: true });
    expect(result.ok && result.note).toMatch(/reached ESA and the version was created, but its answer did not arrive in time/);
    // The nested part ("its answer did not arrive in time") is worded in the same language.
    expect(answer.ok && inLocale("zh-CN", answer.note!)).toBe(
      "请求已到达 ESA，版本也已创建，但它的应答未能及时到达。该版本存在，内容与此完全相同；没有重复创建。",
    );
  });

  it("and the check by name fails too: the outcome is unknown, with no socket code as the error code", async () => {
    await h.injectFault("drop-after-commit");
    // Reads are retried twice, so three failures exhaust the lookup.
    await h.injectFault("internal-error", { action: "ListEdgeContainerAppVersions", count: 3 });
    const result = await submitInEnglish(values("lost-answer-lookup-down"));
    expect(result).toMatchObject({ ok: false, outcomeUnknown: true, connectionCode: "ECONNRESET" });
    expect(!result.ok && result.code).toBeUndefined();
    expect(!result.ok && result.message).toMatch(/^The connection to ESA was lost before an answer arrived\./);
  });
});

describe("a resubmission of a version that exists with the same content", () => {
  it("says an earlier submission created it", async () => {
    expect(await submitInEnglish(values("submitted-twice"))).toMatchObject({ ok: true, alreadyCreated: false });
    const again = await submitInEnglish(values("submitted-twice"));
    expect(again).toMatchObject({ ok: true, alreadyCreated: true, answerLost: false });
    expect(again.ok && again.note).toMatch(/already existed: an earlier submission created it\. Nothing was created twice\./);
  });
});
