import { describe, expect, it } from "vitest";
import { inEnglish, inLocale } from "@/lib/testing/i18n";

import { describeStatus, statusShows } from "./release-reconcile";
import type { EsaAppStatus } from "./release-types";

// Which statuses count as showing a lost publish or rollback.

const status = (fields: Partial<EsaAppStatus> = {}): EsaAppStatus => ({
  env: "prod",
  publishingVersionId: "ver-2",
  baselineVersionId: "ver-1",
  deployedVersionId: "ver-1",
  publishStatus: "publishing",
  deployStatus: "deploying",
  publishType: "percentage",
  publishPercentage: 0,
  expectPercentage: 10,
  fullRelease: false,
  regions: [],
  ...fields,
});
const byPercentage = (percentage: number) =>
  ({
    kind: "publish",
    request: {
      appId: "app-1",
      versionId: "ver-2",
      env: "prod",
      target: { by: "percentage", percentage },
    },
  }) as const;
const byRegion = (regions: string[], fullRelease = false) =>
  ({
    kind: "publish",
    request: {
      appId: "app-1",
      versionId: "ver-2",
      env: "prod",
      target: { by: "region", regions, fullRelease },
    },
  }) as const;

describe("statusShows", () => {
  it("matches a publish by version and expected percentage", () => {
    expect(statusShows(byPercentage(10), status())).toBe(true);
    expect(statusShows(byPercentage(50), status())).toBe(false);
    expect(statusShows(byPercentage(10), status({ publishingVersionId: "ver-9" }))).toBe(false);
    expect(statusShows(byPercentage(10), status({ publishStatus: "rollbacking" }))).toBe(false);
  });

  it("matches a publish by region on the set of regions, or any regions for a full release", () => {
    const region = status({ publishType: "region", regions: ["jiangsu", "zhejiang"] });
    expect(statusShows(byRegion(["zhejiang", "jiangsu"]), region)).toBe(true);
    expect(statusShows(byRegion(["zhejiang"]), region)).toBe(false);
    expect(statusShows(byRegion([], true), region)).toBe(true);
    expect(
      statusShows(byRegion(["zhejiang", "jiangsu"]), status({ regions: ["jiangsu", "zhejiang"] })),
    ).toBe(false);
  });

  it("matches a rollback by version, rollback status and target share", () => {
    const rollback = { kind: "rollback", request: { appId: "app-1", versionId: "ver-1" } } as const;
    expect(
      statusShows(
        rollback,
        status({
          publishingVersionId: "ver-1",
          publishStatus: "rollbacked",
          expectPercentage: 100,
        }),
      ),
    ).toBe(true);
    expect(
      statusShows(
        rollback,
        status({ publishingVersionId: "ver-1", publishStatus: "published", expectPercentage: 100 }),
      ),
    ).toBe(false);
    expect(
      statusShows(
        { kind: "rollback", request: { appId: "app-1", versionId: "ver-1", percentage: 30 } },
        status({
          publishingVersionId: "ver-1",
          publishStatus: "rollbacking",
          expectPercentage: 100,
        }),
      ),
    ).toBe(false);
  });
});

describe("describeStatus", () => {
  it("names the environment, version, state, share and baseline", () => {
    expect(inEnglish(describeStatus(status({ publishPercentage: 5 })))).toBe(
      "Production: ver-2 publishing at 5% of 10% (baseline ver-1).",
    );
    expect(inEnglish(describeStatus(status({ env: "staging", publishingVersionId: "" })))).toBe(
      "Staging has no release.",
    );
    expect(inLocale("zh-CN", describeStatus(status({ publishPercentage: 5 })))).toBe(
      "生产环境：ver-2 publishing，灰度比例 5%（目标 10%）（基线版本 ver-1）。",
    );
  });
});
