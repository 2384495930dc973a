// Seeds the store starts from and `reset()` returns to. "large" holds more apps than the default
// page of 20 (and than two pages), so pagination can be exercised end to end.
import type { AppRecord, VersionRecord } from "./model";
import { resizer } from "./seed-containers";
import { demoApps, demoVersions } from "./seed-demo";
import { formatEsaTime } from "../gateway/time";

export const SEED_NAMES = ["demo", "large"] as const;
export type SeedName = (typeof SEED_NAMES)[number];

export interface SeedData {
  apps: AppRecord[];
  versions: VersionRecord[];
}

export const LARGE_SEED_EXTRA_APPS = 44;
/** batch-worker-01 in the large seed has this many versions: more than a page, every status but
 * `creating` (which a create produces), updated in a different order than created. */
export const LARGE_SEED_VERSIONS = 30;

function generatedApp(index: number): AppRecord {
  const n = String(index).padStart(2, "0");
  // Spread over days so CreateTime ordering is unambiguous.
  const created = formatEsaTime(Date.parse("2024-01-01T00:00:00Z") + index * 86_400_000);
  return {
    AppId: `app-8806886757837${String(90100 + index)}`,
    Name: `batch-worker-${n}`,
    Remarks: `Generated app ${n} for pagination`,
    Status: "created",
    CreateTime: created,
    UpdateTime: created,
    VersionCount: 0,
    DomainName: `batch-worker-${n}.edge-demo.example.com`,
    GatewayType: "l7",
    ServicePort: 80,
    TargetPort: 8080,
    QuicCid: "off",
    HealthCheck: {
      Type: "l7",
      Host: "",
      HttpCode: "http_2xx",
      Method: "GET",
      Uri: "/health",
      Port: 8080,
      Timeout: 5,
      Interval: 10,
      SuccTimes: 2,
      FailTimes: 3,
    },
  };
}

function generatedVersion(appId: string, index: number): VersionRecord {
  const n = String(index).padStart(2, "0");
  const day = 86_400_000;
  const created = Date.parse("2024-02-01T00:00:00Z") + index * day;
  // The oldest versions were touched last, so "updated" orders them unlike "created".
  const updated = created + (LARGE_SEED_VERSIONS - index) * 2 * day;
  return {
    AppId: appId,
    VersionId: `ver-1000000000000090${n}`,
    Name: `release-${n}`,
    Remarks: "",
    Status: index % 7 === 0 ? "failed" : "created",
    CreateTime: formatEsaTime(created),
    UpdateTime: formatEsaTime(updated),
    PublishTime: "",
    LastPublishTime: "",
    Containers: [structuredClone(resizer)],
  };
}

/** Fresh objects on every call, so a reset never shares state with the previous run. */
export function buildSeed(name: SeedName): SeedData {
  const apps = demoApps();
  const versions = demoVersions();
  if (name === "large") {
    for (let i = 1; i <= LARGE_SEED_EXTRA_APPS; i += 1) apps.push(generatedApp(i));
    const busy = apps.find((a) => a.Name === "batch-worker-01")!;
    for (let i = 1; i <= LARGE_SEED_VERSIONS; i += 1)
      versions.push(generatedVersion(busy.AppId, i));
  }
  return { apps, versions };
}

export function isSeedName(value: unknown): value is SeedName {
  return typeof value === "string" && (SEED_NAMES as readonly string[]).includes(value);
}
