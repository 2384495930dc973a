import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { claimOperation } from "@/lib/db/claims-store";
import { openTestDatabase } from "@/lib/testing/test-database";

import { publishKey, runExactlyOnce, sha256 } from "./operation-claims";

// The claim protocol on its own, with a fake operation: what runs, what is shared, what is taken
// over. Runs on PGlite, and on PostgreSQL in scripts/ci-postgres.sh.

let handle: Awaited<ReturnType<typeof openTestDatabase>>;
beforeAll(async () => {
  handle = await openTestDatabase();
}, 120_000);
afterAll(() => handle.close());

type Outcome = { ok: boolean; unknown?: boolean; n: number };
const outcomeOf = (r: Outcome): "done" | "unknown" | "failed" =>
  r.ok ? "done" : r.unknown ? "unknown" : "failed";

function operation(result: (n: number) => Outcome, delayMs = 0) {
  const previous: unknown[] = [];
  let calls = 0;
  const run = async (prev: unknown) => {
    previous.push(prev);
    calls += 1;
    const n = calls;
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    return result(n);
  };
  return { run, previous, calls: () => calls };
}

const base = (key: string, content = "same") => ({
  db: handle.db,
  kind: "publish" as const,
  key,
  content,
  outcomeOf,
});

describe("runExactlyOnce", () => {
  it("runs once for submissions of one key from several owners; the others share its result", async () => {
    const op = operation((n) => ({ ok: true, n }), 150);
    const key = publishKey("app-1", "ver-1", "prod", JSON.stringify({ percentage: 10 }));
    const all = await Promise.all(
      ["a", "b", "c"].map((owner) => runExactlyOnce({ ...base(key), owner, run: op.run })),
    );
    expect(op.calls()).toBe(1);
    expect(all.map((x) => x.result)).toEqual([
      { ok: true, n: 1 },
      { ok: true, n: 1 },
      { ok: true, n: 1 },
    ]);
    expect(all.map((x) => x.source).sort()).toEqual(["ran", "shared", "shared"]);
  });

  it("a waiter reports the failure it waited for; a later submission takes the key over", async () => {
    const op = operation((n) => ({ ok: n > 1, n }), 100);
    const [first, waiter] = await Promise.all([
      runExactlyOnce({ ...base("fail-key"), owner: "a", run: op.run }),
      new Promise((r) => setTimeout(r, 20)).then(() =>
        runExactlyOnce({ ...base("fail-key"), owner: "b", run: op.run }),
      ),
    ]);
    expect(first.result).toEqual({ ok: false, n: 1 });
    expect(waiter).toEqual({ result: { ok: false, n: 1 }, source: "shared" });
    const later = await runExactlyOnce({ ...base("fail-key"), owner: "c", run: op.run });
    expect(later).toEqual({ result: { ok: true, n: 2 }, source: "ran" });
    expect(op.previous).toEqual([null, "failed"]);
  });

  it("takes over a running claim whose holder died once its lease ran out", async () => {
    const request = {
      key: "dead-holder",
      kind: "create",
      contentHash: sha256("same"),
      owner: "dead",
      leaseMs: 200,
    };
    expect(await claimOperation(handle.db, request)).toEqual({ status: "claimed", previous: null });
    expect(await claimOperation(handle.db, { ...request, owner: "x" })).toEqual({
      status: "busy",
      owner: "dead",
    });
    const op = operation((n) => ({ ok: true, n }));
    const started = Date.now();
    const taken = await runExactlyOnce({ ...base("dead-holder"), owner: "b", run: op.run });
    expect(taken.source).toBe("ran");
    expect(op.previous).toEqual(["expired"]);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("other content under a recorded key runs unclaimed, for the caller's reconciliation to judge", async () => {
    const op = operation((n) => ({ ok: n === 1, n }));
    await runExactlyOnce({ ...base("content-key", "one"), owner: "a", run: op.run });
    const other = await runExactlyOnce({ ...base("content-key", "two"), owner: "b", run: op.run });
    expect(other).toEqual({ result: { ok: false, n: 2 }, source: "ran" });
    expect(op.previous).toEqual([null, "other-content"]);
  });
});
