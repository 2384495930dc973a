import { describe, expect, it } from "vitest";
import { FaultQueue, parseFaultSpec } from "./faults";

describe("parseFaultSpec", () => {
  it("fills count 1 and delayMs 10000 by default", () => {
    expect(parseFaultSpec({ action: "CreateEdgeContainerAppVersion", kind: "throttle" })).toEqual({
      ok: true,
      fault: {
        action: "CreateEdgeContainerAppVersion",
        kind: "throttle",
        count: 1,
        delayMs: 10_000,
      },
    });
  });

  it.each([
    [null],
    ["throttle"],
    [{ kind: "throttle" }],
    [{ action: "*", kind: "explode" }],
    [{ action: "*", kind: "throttle", count: 1.5 }],
    [{ action: "*", kind: "throttle", count: 0 }],
    [{ action: "*", kind: "slow-after-commit", delayMs: -1 }],
  ])("rejects %j", (input) => {
    expect(parseFaultSpec(input)).toMatchObject({ ok: false });
  });
});

describe("FaultQueue", () => {
  it("applies a fault to the next `count` calls of its action only", () => {
    const queue = new FaultQueue();
    queue.add({
      action: "CreateEdgeContainerAppVersion",
      kind: "internal-error",
      count: 2,
      delayMs: 0,
    });
    expect(queue.take("ListEdgeContainerApps")).toBeUndefined();
    expect(queue.take("CreateEdgeContainerAppVersion")?.kind).toBe("internal-error");
    expect(queue.list()).toEqual([expect.objectContaining({ count: 1 })]);
    expect(queue.take("CreateEdgeContainerAppVersion")?.kind).toBe("internal-error");
    expect(queue.take("CreateEdgeContainerAppVersion")).toBeUndefined();
  });

  it('matches "*" to any action and serves faults oldest first', () => {
    const queue = new FaultQueue();
    queue.add({ action: "*", kind: "throttle", count: 1, delayMs: 0 });
    queue.add({ action: "GetEdgeContainerApp", kind: "non-json", count: 1, delayMs: 0 });
    expect(queue.take("GetEdgeContainerApp")?.kind).toBe("throttle");
    expect(queue.take("GetEdgeContainerApp")?.kind).toBe("non-json");
    expect(queue.list()).toEqual([]);
  });
});
