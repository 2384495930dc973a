import { describe, expect, it } from "vitest";

import { decideOnOpen } from "./server-draft-sync";

const server = (revision: number, values: unknown = { v: revision }) => ({ revision, values });
const local = (savedAt: string, values: unknown = { v: "local" }) => ({ savedAt, values });

describe("decideOnOpen", () => {
  it("restores the server's draft where this browser has none (another machine)", () => {
    expect(decideOnOpen(server(3), null, null)).toEqual({ kind: "load-server" });
  });
  it("sends a local draft the server lacks (saved offline)", () => {
    expect(decideOnOpen(null, local("t1"), null)).toEqual({ kind: "push", expected: null });
  });
  it("drops a synced local draft the server no longer has (created, discarded or pruned elsewhere)", () => {
    expect(decideOnOpen(null, local("t1"), { revision: 3, localSavedAt: "t1" })).toEqual({ kind: "drop-local" });
    // Edited offline after that sync: sent again rather than lost.
    expect(decideOnOpen(null, local("t2"), { revision: 3, localSavedAt: "t1" })).toEqual({ kind: "push", expected: null });
  });
  it("sends local edits made after the last sync of the same revision", () => {
    expect(decideOnOpen(server(2), local("t2"), { revision: 2, localSavedAt: "t1" })).toEqual({ kind: "push", expected: 2 });
  });
  it("loads a newer server revision when the local draft is unchanged since its sync", () => {
    expect(decideOnOpen(server(4), local("t1"), { revision: 2, localSavedAt: "t1" })).toEqual({ kind: "load-server" });
  });
  it("offers both when each side changed", () => {
    expect(decideOnOpen(server(4), local("t2"), { revision: 2, localSavedAt: "t1" })).toEqual({ kind: "conflict" });
    expect(decideOnOpen(server(1), local("t2"), null)).toEqual({ kind: "conflict" });
  });
  it("discards again a draft this browser discarded whose discard did not arrive, but not a newer save", () => {
    const mark = { revision: 3, localSavedAt: null, discarded: true };
    expect(decideOnOpen(server(3), null, mark)).toEqual({ kind: "discard-server" });
    expect(decideOnOpen(server(4), null, mark)).toEqual({ kind: "load-server" });
  });
  it("does nothing when both hold the same values", () => {
    expect(decideOnOpen(server(1, { a: 1 }), local("t", { a: 1 }), null)).toEqual({ kind: "nothing" });
    // The server's jsonb gives keys back in its own order: the same values all the same.
    expect(decideOnOpen(server(1, { name: "v", appId: "a" }), local("t", { appId: "a", name: "v" }), null)).toEqual({
      kind: "nothing",
    });
  });
});
