import { describe, expect, it } from "vitest";

import { appStatus, releaseState } from "@/lib/testing/release-state-fixtures";

import { rollbackChoices } from "./rollback-choices";

const targets = [
  { versionId: "ver-1", name: "v1" },
  { versionId: "ver-2", name: "v2" },
  { versionId: "ver-3", name: "v3" },
];

describe("rollbackChoices", () => {
  it("never offers the version production is releasing, and starts on this page's version", () => {
    const choices = rollbackChoices(targets, releaseState(), "ver-3");
    expect(choices.targets.map((t) => t.versionId)).toEqual(["ver-1", "ver-3"]);
    expect(choices.defaultTarget).toBe("ver-3");
  });

  it("starts on the baseline from the live version's own page", () => {
    expect(rollbackChoices(targets, releaseState(), "ver-2").defaultTarget).toBe("ver-1");
  });

  it("offers the version rolled back to again (rolling further back), all of them before the state is known", () => {
    const rolling = releaseState({
      production: appStatus("prod", { publishingVersionId: "ver-1", publishStatus: "rollbacking" }),
    });
    expect(rollbackChoices(targets, rolling, "ver-1").defaultTarget).toBe("ver-1");
    expect(rollbackChoices(targets, undefined, "ver-9")).toEqual({
      targets,
      defaultTarget: "ver-1",
    });
  });
});
