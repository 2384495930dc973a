import { SANDBOX_PORT } from "./constants";

// A handle on the embedded sandbox's loopback-only control interface (enabled for tests only):
// reset its data, read the requests the "service" received, inject faults.

export type SandboxSeed = "demo" | "large";

export type RecordedRequest = {
  requestId: string;
  action: string;
  method: string;
  query: Record<string, string>;
  body: Record<string, string>;
  status: number;
  /** The error code answered, null on success. */
  code: string | null;
};

/** A CreateEdgeContainerAppVersion call the sandbox received, with its Containers parsed. */
export type ReceivedCreate = RecordedRequest & { containers: Record<string, unknown>[] };

export type Sandbox = {
  reset(seed?: SandboxSeed): Promise<void>;
  /** The requests received since the last reset, oldest first; only `action`'s when given. */
  requests(action?: string): Promise<RecordedRequest[]>;
  /** The next `count` calls of `action` fail as `kind` says (extra: e.g. `delayMs`). */
  injectFault(action: string, kind: string, count?: number, extra?: Record<string, unknown>): Promise<void>;
  receivedCreates(): Promise<ReceivedCreate[]>;
  /** Container Registry: removes a tag from a repository, as if someone deleted it meanwhile. */
  deleteRegistryTag(repoId: string, tag: string): Promise<void>;
  /** Container Registry: answers `action` 403 NoPrivilege (a missing RAM permission) until reset. */
  denyRegistryAction(action: string): Promise<void>;
};

export function sandboxControl(port = SANDBOX_PORT): Sandbox {
  const base = `http://127.0.0.1:${port}/__sandbox`;

  async function requests(action?: string): Promise<RecordedRequest[]> {
    const res = await fetch(`${base}/requests`);
    if (!res.ok) throw new Error(`sandbox request log failed: ${res.status}`);
    const body = (await res.json()) as { requests: RecordedRequest[] } | RecordedRequest[];
    const list = Array.isArray(body) ? body : body.requests;
    return action ? list.filter((r) => r.action === action) : list;
  }

  async function post(path: string, body: unknown): Promise<void> {
    const res = await fetch(`${base}/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`sandbox ${path} failed: ${res.status} ${await res.text()}`);
  }

  return {
    async reset(seed = "demo") {
      const res = await fetch(`${base}/reset`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ seed }),
      });
      if (!res.ok) throw new Error(`sandbox reset failed: ${res.status}`);
    },
    requests,
    async injectFault(action, kind, count = 1, extra = {}) {
      const res = await fetch(`${base}/faults`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ action, kind, count, ...extra }),
      });
      if (!res.ok) throw new Error(`sandbox fault injection failed: ${res.status} ${await res.text()}`);
    },
    async receivedCreates() {
      const creates = await requests("CreateEdgeContainerAppVersion");
      return creates.map((r) => ({
        ...r,
        containers: JSON.parse(r.body.Containers ?? "[]") as Record<string, unknown>[],
      }));
    },
    deleteRegistryTag: (repoId, tag) => post("cr/tags/delete", { repoId, tag }),
    denyRegistryAction: (action) => post("cr/deny", { action }),
  };
}
