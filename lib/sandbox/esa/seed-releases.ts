// Release data the seeds start from: where each demo app runs, the regions it may be published to,
// and the images that cannot run (a version using one fails on staging, for the failure views).
import type { ImageFailure, ProdRelease } from "./rollout";

/** Images that fail on staging: any version that uses one, seeded or created, shows the failure. */
export const BROKEN_IMAGES: ReadonlyMap<string, ImageFailure> = new Map<string, ImageFailure>([
  ["registry.example.com/broken/missing-image:1.0", { phase: "ImagePullBackOff" }],
  ["registry.example.com/broken/crash-loop:1.0", { phase: "CrashLoopBackOff", reason: "Error" }],
  [
    "registry.example.com/broken/out-of-memory:1.0",
    { phase: "CrashLoopBackOff", reason: "OOMKilled" },
  ],
]);

/** The first broken image among the containers' images, if any. */
export function imageFailureOf(images: readonly unknown[]): ImageFailure | undefined {
  for (const image of images) {
    const failure = typeof image === "string" ? BROKEN_IMAGES.get(image) : undefined;
    if (failure) return failure;
  }
  return undefined;
}

// GetEdgeContainerDeployRegions answers province names (esa-release-facts.md, "Regions").
const DEFAULT_REGIONS = ["zhejiang", "jiangsu", "shanghai", "guangdong", "beijing", "sichuan"];
const REGIONS_BY_APP: Readonly<Record<string, string[]>> = {
  "app-880688675783790003": ["zhejiang", "guangdong", "beijing"],
};

export function deployRegionsOf(appId: string): string[] {
  return [...(REGIONS_BY_APP[appId] ?? DEFAULT_REGIONS)];
}

/** Production as the demo seed's publish times describe it: the newest published version live. */
export function seededProdReleases(): Map<string, ProdRelease> {
  const live = (versionId: string, baselineVersionId: string, startIso: string): ProdRelease => ({
    kind: "publish",
    versionId,
    baselineVersionId,
    publishType: "percentage",
    fromPercentage: 0,
    expectPercentage: 100,
    fullRelease: false,
    regions: [],
    requestedAt: Date.parse(startIso),
    startAt: Date.parse(startIso),
  });
  return new Map([
    [
      "app-880688675783790001",
      live("ver-100000000000000102", "ver-100000000000000101", "2025-05-21T07:00:00Z"),
    ],
    [
      "app-880688675783790003",
      live("ver-100000000000000302", "ver-100000000000000301", "2025-05-28T02:00:00Z"),
    ],
  ]);
}
