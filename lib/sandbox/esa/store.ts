// In-memory state of the sandbox. Everything handed out is a deep copy, so a handler cannot change
// stored data by accident; the only writer is createVersion.
import { newVersionId } from "./ids";
import type { AppRecord, ContainerRecord, VersionRecord } from "./model";
import { buildSeed, type SeedName } from "./seed";
import { formatEsaTime } from "../gateway/time";

export interface StoreOptions {
  now: () => number;
  /** How long a new version stays `creating`; the real service takes a moment too. */
  creatingDelayMs: number;
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

  constructor(private readonly options: StoreOptions) {
    this.currentSeed = options.seed;
    this.reset(options.seed);
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
  }

  listApps(): AppRecord[] {
    return structuredClone([...this.apps.values()]);
  }

  getApp(appId: string): AppRecord | undefined {
    const app = this.apps.get(appId);
    return app && structuredClone(app);
  }

  listVersions(appId: string): VersionRecord[] | undefined {
    const list = this.versions.get(appId);
    return list && structuredClone(list);
  }

  getVersion(appId: string, versionId: string): VersionRecord | undefined {
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
