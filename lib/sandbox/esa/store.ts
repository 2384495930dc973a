// In-memory state of the sandbox. Everything handed out is a deep copy, so a handler cannot change
// stored data by accident; versions are written by createVersion, deleteVersion and the release
// ledger's publish stamps.
import { newVersionId } from "./ids";
import { ReleaseLedger } from "./release-ledger";
import type { AppRecord, ContainerRecord, VersionRecord } from "./model";
import { buildSeed, type SeedName } from "./seed";
import { formatEsaTime } from "../gateway/time";

export interface StoreOptions {
  now: () => number;
  /** How long a new version stays `creating`; the real service takes a moment too. */
  creatingDelayMs: number;
  /** How long one step of a release takes (rollout.ts); 0 finishes releases at once. */
  rolloutStepMs: number;
  seed: SeedName;
}

export interface NewVersion {
  appId: string;
  name: string;
  remarks?: string;
  containers: ContainerRecord[];
}

export type CreateVersionResult =
  { ok: true; version: VersionRecord } | { ok: false; reason: "app-not-found" | "name-taken" };

export class SandboxStore {
  private apps = new Map<string, AppRecord>();
  private versions = new Map<string, VersionRecord[]>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private currentSeed: SeedName;
  /** Staging and production: publish, rollback, rebuild and their status. */
  readonly releases: ReleaseLedger;

  constructor(private readonly options: StoreOptions) {
    this.currentSeed = options.seed;
    this.releases = new ReleaseLedger({
      now: options.now,
      stepMs: options.rolloutStepMs,
      version: (appId, versionId) =>
        this.versions.get(appId)?.find((v) => v.VersionId === versionId),
    });
    this.reset(options.seed);
  }

  /** The sandbox's clock: tests that control it control every release's progress. */
  now(): number {
    return this.options.now();
  }

  get seed(): SeedName {
    return this.currentSeed;
  }

  /** Back to the seed (the current one unless named); pending status flips are cancelled. */
  reset(seed: SeedName = this.currentSeed): void {
    this.dispose();
    this.currentSeed = seed;
    const data = buildSeed(seed);
    this.apps = new Map(data.apps.map((app) => [app.AppId, app]));
    this.versions = new Map(data.apps.map((app) => [app.AppId, [] as VersionRecord[]]));
    for (const version of data.versions) this.versions.get(version.AppId)?.push(version);
    for (const app of this.apps.values())
      app.VersionCount = this.versions.get(app.AppId)?.length ?? 0;
    this.releases.reset();
  }

  listApps(): AppRecord[] {
    return structuredClone([...this.apps.values()]);
  }

  getApp(appId: string): AppRecord | undefined {
    const app = this.apps.get(appId);
    return app && structuredClone(app);
  }

  listVersions(appId: string): VersionRecord[] | undefined {
    this.applyPublishStamps();
    const list = this.versions.get(appId);
    return list && structuredClone(list);
  }

  getVersion(appId: string, versionId: string): VersionRecord | undefined {
    this.applyPublishStamps();
    const found = this.versions.get(appId)?.find((v) => v.VersionId === versionId);
    return found && structuredClone(found);
  }

  createVersion(input: NewVersion): CreateVersionResult {
    const app = this.apps.get(input.appId);
    const list = this.versions.get(input.appId);
    if (!app || !list) return { ok: false, reason: "app-not-found" };
    if (list.some((v) => v.Name === input.name)) return { ok: false, reason: "name-taken" };

    const now = formatEsaTime(this.options.now());
    const version: VersionRecord = {
      AppId: input.appId,
      VersionId: newVersionId((id) => this.versionIdTaken(id)),
      Name: input.name,
      Remarks: input.remarks ?? "",
      Status: "creating",
      CreateTime: now,
      UpdateTime: now,
      PublishTime: "",
      LastPublishTime: "",
      Containers: structuredClone(input.containers),
    };
    list.push(version);
    app.VersionCount = list.length;
    this.scheduleCreated(version);
    return { ok: true, version: structuredClone(version) };
  }

  /** False when there is no such version. The caller checks that it is not live. */
  deleteVersion(appId: string, versionId: string): boolean {
    const app = this.apps.get(appId);
    const list = this.versions.get(appId);
    const index = list?.findIndex((v) => v.VersionId === versionId) ?? -1;
    if (!app || !list || index < 0) return false;
    list.splice(index, 1);
    app.VersionCount = list.length;
    return true;
  }

  /** A release that has started sets its version's publish times (the first one and the latest). */
  private applyPublishStamps(): void {
    for (const stamp of this.releases.takeDueStamps()) {
      const version = this.versions.get(stamp.appId)?.find((v) => v.VersionId === stamp.versionId);
      if (!version) continue;
      const at = formatEsaTime(stamp.at);
      if (!version.PublishTime) version.PublishTime = at;
      version.LastPublishTime = at;
    }
  }

  /** Cancels pending status flips; call when the server shuts down. */
  dispose(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private scheduleCreated(version: VersionRecord): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      version.Status = "created";
      version.UpdateTime = formatEsaTime(this.options.now());
    }, this.options.creatingDelayMs);
    // A pending flip must not keep a test run or the CLI alive.
    timer.unref();
    this.timers.add(timer);
  }

  private versionIdTaken(id: string): boolean {
    for (const list of this.versions.values())
      if (list.some((v) => v.VersionId === id)) return true;
    return false;
  }
}
