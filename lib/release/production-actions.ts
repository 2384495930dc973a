import "server-only";

import type { Guard } from "@/lib/access/guard-core";
import { appActionPolicy } from "@/lib/access/policy";
import type { Db } from "@/lib/db/types";

import { approveProduction, rejectProduction } from "./four-eyes-decisions";
import { requestProduction, type ReleaseDeps } from "./production-release";

// The production and approval server actions, each behind the guard with the role policy.ts
// names (releaser). Whether a plan is held for approval is only known inside, so the guard audits
// refusals and lib/release writes the row that names what happened. Built on a guard so tests run
// them with a chosen session (lib/testing/guard-harness), as app/ wires them with the real one.

const versionTarget = (input: unknown) => {
  const id = (input as { versionId?: unknown } | null)?.versionId;
  return typeof id === "string" ? id.slice(0, 128) : null;
};
const requestTarget = (input: unknown) => {
  const id = (input as { requestId?: unknown } | null)?.requestId;
  return typeof id === "number" ? `request #${id}` : null;
};

export function createProductionActions(
  withAppAction: Guard["withAppAction"],
  db: () => Promise<Db>,
  deps: ReleaseDeps,
) {
  return {
    requestProduction(appId: unknown, input: unknown) {
      return withAppAction(
        {
          ...appActionPolicy("release.publish-production"),
          appId,
          target: versionTarget(input),
          payload: input,
          audit: "refusals",
        },
        async (actor) => requestProduction(await db(), actor, input, deps),
      );
    },
    approve(appId: unknown, input: unknown) {
      return withAppAction(
        {
          ...appActionPolicy("release.approve"),
          appId,
          target: requestTarget(input),
          payload: input,
          audit: "refusals",
        },
        async (actor) => approveProduction(await db(), actor, input, deps),
      );
    },
    reject(appId: unknown, input: unknown) {
      return withAppAction(
        {
          ...appActionPolicy("release.approve"),
          action: "release.reject",
          appId,
          target: requestTarget(input),
          payload: input,
          audit: "refusals",
        },
        async (actor) => rejectProduction(await db(), actor, input, deps),
      );
    },
  };
}
