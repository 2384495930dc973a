import http from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { appActionPolicy } from "@/lib/access/policy";
import { versionAuditSubject } from "@/lib/submit/audit-subject";
import { addPerson, createGuardHarness } from "@/lib/testing/guard-harness";
import { startSubmitHarness, type SubmitHarness } from "@/lib/testing/sandbox-submit-harness";
import { openTestDatabase } from "@/lib/testing/test-database";
import { validVersion } from "@/lib/testing/version-fixtures";

import { inFlightCount, resetInFlight, ShuttingDownError, trackOperation } from "./in-flight";
import { installRequestLogging } from "./request-log";
import { shutDown } from "./shutdown";

// A SIGTERM that arrives while a create is with ESA: the create finishes, its audit row is written
// before the database closes, its answer reaches the person, and requests after the signal are
// refused. The server runs the action's composition (trackOperation → guard → submitVersion).

let h: SubmitHarness;
let db: Awaited<ReturnType<typeof openTestDatabase>>;
beforeAll(async () => {
  h = await startSubmitHarness();
  db = await openTestDatabase();
}, 120_000);
afterAll(async () => {
  resetInFlight();
  await db.close();
  await h.close();
});

describe("SIGTERM during a create", () => {
  it("lets the create finish, writes its audit row, answers, then closes the database", async () => {
    const admin = { id: "u-admin", name: "Ada Admin", isAdmin: true };
    await addPerson(db.db, admin);
    const harness = createGuardHarness(db.db);
    harness.signIn(admin);
    const input = { ...validVersion(), appId: h.appId, name: "during-sigterm" };
    await h.injectFault("slow-before-commit", { delayMs: 700 });

    installRequestLogging();
    const server = http.createServer((_request, response) => {
      void trackOperation("create", () =>
        harness.guard.withAppAction(
          { ...appActionPolicy("version.create"), ...versionAuditSubject(input) },
          () => h.submitVersion(input, { db: db.db }),
        ),
      ).then(
        (result) => response.end(JSON.stringify(result)),
        (error: unknown) => {
          response.statusCode = error instanceof ShuttingDownError ? 503 : 500;
          response.end(String(error));
        },
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

    const answer = fetch(url, { method: "POST" }).then(async (r) => ({
      status: r.status,
      body: await r.text(),
    }));
    await vi.waitFor(() => expect(inFlightCount()).toBe(1));
    // The create is on its way to ESA (which holds it 700 ms) when the signal arrives.
    await new Promise((resolve) => setTimeout(resolve, 200));
    let auditAtClose: { action: string; outcome: string; target: string | null }[] = [];
    const exit = vi.fn();
    const stopping = shutDown({
      graceMs: 5_000,
      servers: () => [server],
      closeDatabase: async () => {
        auditAtClose = (await harness.auditRows()).map(({ action, outcome, target }) => ({
          action,
          outcome,
          target,
        }));
      },
      exit,
    });
    // A request after the signal: the listener is closed, so it cannot even connect.
    const late = await fetch(url, { method: "POST" }).then(
      (r) => r.status,
      () => "refused",
    );
    await stopping;

    expect(late).not.toBe(200);
    const { status, body } = await answer;
    expect(status).toBe(200);
    const result = JSON.parse(body) as { ok: boolean; versionId?: string };
    const stored = h.versionsNamed("during-sigterm");
    expect(stored).toHaveLength(1);
    expect(result).toMatchObject({ ok: true, versionId: stored[0]!.VersionId });
    expect(auditAtClose).toContainEqual({
      action: "version.create",
      outcome: "ok",
      target: "during-sigterm",
    });
    expect(exit).toHaveBeenCalledWith(0);
    await expect(trackOperation("create", async () => "never")).rejects.toBeInstanceOf(
      ShuttingDownError,
    );
  });
});
