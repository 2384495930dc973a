import { describe, expect, it } from "vitest";

import { serialRunner } from "./serial-runner";

describe("serialRunner", () => {
  it("never overlaps two saves: calls made meanwhile run once, after the first", async () => {
    const log: string[] = [];
    let release: () => void = () => undefined;
    let n = 0;
    const run = serialRunner(async () => {
      n += 1;
      const id = n;
      log.push(`start ${id}`);
      if (id === 1) await new Promise<void>((resolve) => (release = resolve));
      log.push(`end ${id}`);
      return true;
    });
    const first = run();
    await run();
    await run();
    release();
    await first;
    expect(log).toEqual(["start 1", "end 1", "start 2", "end 2"]);
  });

  it("stops after a call answers false, dropping what was queued", async () => {
    let calls = 0;
    let release: () => void = () => undefined;
    const run = serialRunner(async () => {
      calls += 1;
      await new Promise<void>((resolve) => (release = resolve));
      return false;
    });
    const first = run();
    await run();
    release();
    await first;
    expect(calls).toBe(1);
  });

  it("idle settles only after the running call and the one queued behind it", async () => {
    const log: string[] = [];
    let release: () => void = () => undefined;
    let n = 0;
    const run = serialRunner(async () => {
      n += 1;
      if (n === 1) await new Promise<void>((resolve) => (release = resolve));
      log.push(`end ${n}`);
      return true;
    });
    await run.idle(); // nothing runs: settles at once
    void run();
    void run();
    const idle = run.idle().then(() => log.push("idle"));
    release();
    await idle;
    expect(log).toEqual(["end 1", "end 2", "idle"]);
  });
});
