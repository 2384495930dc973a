import type { AppActor } from "@/lib/access/guard-types";
import type { AppRole } from "@/lib/access/roles";
import type { ProductionContext } from "@/lib/release/production-context-types";
import type { ProductionOutcome } from "@/lib/release/production-outcome";
import type { ProductionPlan, ProductionPlanInput } from "@/lib/release/production-plan";
import type { ReleaseDeps } from "@/lib/release/production-release";

import { sql } from "drizzle-orm";

import type { Db } from "@/lib/db/types";

import { addPerson, sessionFor, type Person } from "./guard-harness";

// Four-eyes tests: an actor the guard would have let through, a movable clock, and an ESA
// executor that records every plan it was asked to send (no network).

export function appActorFor(person: Person, app = { id: "app-shop-eu", name: "shop-eu" }, role: AppRole = "releaser"): AppActor {
  return {
    session: sessionFor(person),
    access: { person: { userId: person.id, groups: [], isAdmin: false }, grants: [], defaultGrant: null, roleOn: () => role },
    client: { address: "198.51.100.4", userAgent: "vitest" },
    app,
    role,
  };
}

export const planInput = (over: Partial<ProductionPlanInput> = {}): ProductionPlanInput => ({
  versionId: "ver-2",
  by: "percentage",
  percentage: 10,
  regions: [],
  fullRelease: false,
  startTime: "",
  remarks: "",
  note: "canary first",
  ...over,
});

export const publishContext = (over: Partial<ProductionContext> = {}): ProductionContext => ({
  kind: "publish",
  productionSummary: "Production: ver-1 published at 100%.",
  baseVersionId: "ver-1",
  baseLabel: "v1 (ver-1)",
  versionLabel: "v2 (ver-2)",
  diff: { version: [], containers: [], unchangedContainers: ["web"] },
  ...over,
});

export function createReleaseDeps(start = new Date("2026-12-02T10:00:00Z")) {
  const state = {
    now: start,
    sent: [] as { appId: string; plan: ProductionPlan }[],
    context: publishContext(),
    answer: { outcome: "ok", requestId: "ESA-REQ-1", answerLost: false, message: "Publishing." } as ProductionOutcome,
    /** Makes execute wait until released, to hold two approvals in flight together. */
    gate: null as Promise<void> | null,
  };
  const deps: ReleaseDeps = {
    now: () => state.now,
    async execute(appId, plan) {
      state.sent.push({ appId, plan });
      if (state.gate) await state.gate;
      return state.answer;
    },
    loadContext: async () => ({ context: state.context }),
  };
  return {
    state,
    deps,
    advance(ms: number) {
      state.now = new Date(state.now.getTime() + ms);
    },
  };
}

export const RELEASE_PEOPLE = {
  ada: { id: "u-ada", name: "Ada" },
  bob: { id: "u-bob", name: "Bob" },
  cy: { id: "u-cy", name: "Cy" },
  sam: { id: "u-sam", name: "Sam" },
} satisfies Record<string, Person>;

/** Empties people, grants, settings, requests and the audit log; adds RELEASE_PEOPLE. */
export async function resetReleaseData(db: Db): Promise<void> {
  await db.execute(sql`truncate "user", "grant", setting, release_request, audit_log cascade`);
  await db.execute(sql`update audit_chain set head_id = 0, head_hash = genesis_hash`);
  for (const person of Object.values(RELEASE_PEOPLE)) await addPerson(db, person);
}
