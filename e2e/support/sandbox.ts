import { SANDBOX_PORT } from "../../playwright.config";

// Talks to the embedded sandbox's loopback-only control interface (enabled for tests only).

const base = `http://127.0.0.1:${SANDBOX_PORT}/__sandbox`;

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

export async function resetSandbox(seed: "demo" | "large" = "demo"): Promise<void> {
  const res = await fetch(`${base}/reset`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ seed }) });
  if (!res.ok) throw new Error(`sandbox reset failed: ${res.status}`);
}

export async function sandboxRequests(action?: string): Promise<RecordedRequest[]> {
  const res = await fetch(`${base}/requests`);
  if (!res.ok) throw new Error(`sandbox request log failed: ${res.status}`);
  const body = (await res.json()) as { requests: RecordedRequest[] } | RecordedRequest[];
  const list = Array.isArray(body) ? body : body.requests;
  return action ? list.filter((r) => r.action === action) : list;
}

export async function injectFault(action: string, kind: string, count = 1, extra: Record<string, unknown> = {}): Promise<void> {
  const res = await fetch(`${base}/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ action, kind, count, ...extra }),
  });
  if (!res.ok) throw new Error(`sandbox fault injection failed: ${res.status} ${await res.text()}`);
}
