import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { CreateVersionResult } from "@/lib/submit/results";
import type { VersionForm } from "@/lib/version/schema";
import { validVersion } from "@/lib/testing/version-fixtures";

import { startSubmitHarness, type SubmitHarness } from "@/lib/testing/sandbox-submit-harness";
import { allInEnglish } from "@/lib/testing/i18n";

// Many submissions at once, against a real sandbox: none lost, none doubled. Two mechanisms are at
// work: inside one server process, identical submissions share one create (the in-flight map);
// across processes, the service's name check decides and the losers reconcile by name.

let h: SubmitHarness;
beforeAll(async () => {
  h = await startSubmitHarness();
});
afterAll(() => h.close());
beforeEach(() => h.reset());

function version(name: string, image = "busybox:1.36"): VersionForm {
  const v = { ...validVersion(), appId: h.appId, name };
  v.containers[1]!.image = image;
  return v;
}

function versionIds(results: CreateVersionResult[]): string[] {
  return results.map((r) => (r.ok ? r.versionId : `not ok: ${r.code} ${r.message}`));
}

describe("concurrent submissions in one process", () => {
  it("50 distinct versions and 50 copies of one version, all at once, leave exactly 51 new versions", async () => {
    const before = h.versionCount();
    const distinct = Array.from({ length: 50 }, (_, i) =>
      version(`concurrent-distinct-${i}`, `busybox:1.${i}`),
    );
    // A fresh object each time, as 50 separate requests would deserialise.
    const identical = Array.from({ length: 50 }, () => version("concurrent-identical"));
    const calls = [...distinct, ...identical].map((v) => h.submitVersion(v));

    const results = await Promise.all(calls);
    const distinctResults = results.slice(0, 50);
    const identicalResults = results.slice(50);

    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(distinctResults.every((r) => r.ok && !r.alreadyCreated)).toBe(true);
    expect(new Set(versionIds(distinctResults)).size).toBe(50);
    expect(new Set(versionIds(identicalResults)).size).toBe(1);

    expect(h.versionCount()).toBe(before + 51);
    for (const v of distinct) expect(h.versionsNamed(v.name)).toHaveLength(1);
    const [stored] = h.versionsNamed("concurrent-identical");
    expect(h.versionsNamed("concurrent-identical")).toHaveLength(1);
    expect(versionIds(identicalResults)[0]).toBe(stored!.VersionId);
    // Identical submissions in one process share one create: 51 sent, not 100.
    expect(await h.createRequests()).toHaveLength(51);
  });
});

describe("concurrent submissions across server processes", () => {
  it("the same version from 10 processes, 5 times each, is created once and every call succeeds", async () => {
    const processes = [h.submitVersion];
    for (let i = 1; i < 10; i += 1) processes.push(await h.anotherProcess());

    const results = await Promise.all(
      processes.flatMap((submit) =>
        Array.from({ length: 5 }, () => submit(version("across-processes"))),
      ),
    );

    expect(results.filter((r) => !r.ok)).toEqual([]);
    const stored = h.versionsNamed("across-processes");
    expect(stored).toHaveLength(1);
    expect(new Set(versionIds(results))).toEqual(new Set([stored[0]!.VersionId]));
    // One create per process; the service's name check let exactly one through.
    const creates = await h.createRequests();
    expect(creates).toHaveLength(10);
    expect(creates.filter((r) => r.status === 200)).toHaveLength(1);
    // Within each process the five calls shared one outcome: one process created it (not
    // alreadyCreated), the nine others found it by name.
    expect(results.filter((r) => r.ok && !r.alreadyCreated)).toHaveLength(5);
  });

  it("20 different versions under one name: exactly one wins, the others are told the name is taken", async () => {
    const processes = [h.submitVersion];
    for (let i = 1; i < 20; i += 1) processes.push(await h.anotherProcess());

    const results = await Promise.all(
      processes.map((submit, i) => submit(version("contested-name", `busybox:2.${i}`))),
    );

    const winners = results.filter((r) => r.ok);
    expect(winners).toHaveLength(1);
    expect(winners[0]).toMatchObject({ alreadyCreated: false });
    const losers = allInEnglish(results.filter((r) => !r.ok));
    expect(losers).toHaveLength(19);
    for (const loser of losers) {
      expect(loser).toMatchObject({
        code: "NameAlreadyExists",
        fieldErrors: [{ path: "name", message: expect.stringMatching(/choose a different name/i) }],
      });
    }
    const stored = h.versionsNamed("contested-name");
    expect(stored).toHaveLength(1);
    expect(winners[0]!.ok && winners[0]!.versionId).toBe(stored[0]!.VersionId);
  });
});
