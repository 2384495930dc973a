import { Writable } from "node:stream";
import http from "node:http";
import type { AddressInfo } from "node:net";

import { afterEach, describe, expect, it, vi } from "vitest";

import { clearSandbox, publishSandbox } from "@/lib/esa/sandbox-holder";
import { startSandbox, type RunningSandbox } from "@/lib/sandbox/server";

import { createLogger, setOpsLog } from "./logger";
import { opsLog } from "./logger";
import { installRequestLogging } from "./request-log";

// The logs of a request that signs ESA calls with a known secret, carries a session cookie and an
// invitation token, and (by mistake) logs secrets itself: every line is JSON with the request's
// id, and no known secret appears anywhere in them.

const ACCESS_KEY_SECRET = "kS3cr3t-LogScan-9vW0pL5xR7nT2";
const AUTH_SECRET = "auth-secret-LogScan-0123456789abcdefghijkl";
const DB_PASSWORD = "dbPw-LogScan-77";
const SESSION_TOKEN = "sessTok-LogScan-abcdef123456";
const INVITE_TOKEN = "invTok-LogScan-zyxwvu987654";
const SECRETS = [ACCESS_KEY_SECRET, AUTH_SECRET, DB_PASSWORD, SESSION_TOKEN, INVITE_TOKEN];

let sandbox: RunningSandbox | undefined;
let server: http.Server | undefined;
afterEach(async () => {
  setOpsLog(undefined);
  clearSandbox();
  vi.unstubAllEnvs();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  await sandbox?.close();
  server = sandbox = undefined;
});

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      callback();
    },
  });
  setOpsLog(
    createLogger({
      destination: destination as never,
      pretty: false,
      env: {
        ESA_SANDBOX_ACCESS_KEY_SECRET: ACCESS_KEY_SECRET,
        STUDIO_AUTH_SECRET: AUTH_SECRET,
        DATABASE_URL: `postgres://studio:${DB_PASSWORD}@db.internal:5432/studio`,
      },
    }),
  );
  return lines;
}

describe("structured logs", () => {
  it("are JSON lines with the request id, and hold none of the known secrets", async () => {
    const lines = capture();
    sandbox = await startSandbox({
      port: 0,
      creatingDelayMs: 0,
      accessKeySecret: ACCESS_KEY_SECRET,
    });
    publishSandbox(
      Promise.resolve({
        endpoint: sandbox.endpoint,
        url: sandbox.url,
        accessKeyId: sandbox.accessKeyId,
        accessKeySecret: ACCESS_KEY_SECRET,
      }),
    );
    vi.stubEnv("ESA_BACKEND", "sandbox");
    vi.resetModules();
    const ops = await import("@/lib/esa/operations");
    installRequestLogging();
    server = http.createServer((request, response) => {
      void (async () => {
        const apps = await ops.listApps();
        // Mistakes a developer could make: secrets in fields and in the message itself.
        opsLog().info(
          {
            accessKeySecret: ACCESS_KEY_SECRET,
            headers: request.headers,
            user: { password: DB_PASSWORD },
          },
          `signed with ${ACCESS_KEY_SECRET} and ${AUTH_SECRET}`,
        );
        response.end(String(apps.items.length));
      })();
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const answer = await fetch(`http://127.0.0.1:${port}/invite/${INVITE_TOKEN}?x=1`, {
      headers: {
        cookie: `studio.session_token=${SESSION_TOKEN}`,
        authorization: `Bearer ${SESSION_TOKEN}`,
      },
    });
    expect(answer.status).toBe(200);
    await answer.text();
    const requestId = answer.headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    await vi.waitFor(() => expect(lines.some((l) => l.includes('"kind":"request"'))).toBe(true));

    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const request = records.find((r) => r.kind === "request");
    expect(request).toMatchObject({
      requestId,
      method: "GET",
      path: "/invite/[token]",
      status: 200,
    });
    expect(request?.durationMs).toEqual(expect.any(Number));
    const esa = records.find((r) => r.kind === "esa");
    expect(esa).toMatchObject({
      requestId,
      action: "ListEdgeContainerApps",
      code: "OK",
      outcome: "ok",
    });
    expect(esa?.esaRequestId).toEqual(expect.any(String));
    expect(request?.esaRequestId).toBe(esa?.esaRequestId);
    // The sandbox's own HTTP requests are not logged as the studio's.
    expect(records.filter((r) => r.kind === "request")).toHaveLength(1);

    const all = lines.join("\n");
    for (const secret of SECRETS) expect(all).not.toContain(secret);
    expect(all).toContain("[Redacted]");
  });

  it("keeps a well-formed request id from the caller and replaces a malformed one", async () => {
    const lines = capture();
    installRequestLogging();
    server = http.createServer((_request, response) => response.end("ok"));
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const kept = await fetch(`http://127.0.0.1:${port}/a`, {
      headers: { "x-request-id": "lb-1234567890" },
    });
    expect(kept.headers.get("x-request-id")).toBe("lb-1234567890");
    const replaced = await fetch(`http://127.0.0.1:${port}/b`, {
      headers: { "x-request-id": "<script>" },
    });
    expect(replaced.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    await vi.waitFor(() => expect(lines.length).toBe(2));
  });
});
