import { withAppRoute } from "@/lib/access/guard";
import { APP_ACTIONS } from "@/lib/access/policy";
import { readReleaseState } from "@/lib/release/read-release-state";
import { jsonError, jsonOk } from "../../../_lib/json";

// The release view's polled state: both environments, staging health, deploy regions. Polled
// while a rollout moves, so only refusals are audited (the guard's default for reads).
export const runtime = "nodejs";

export const GET = withAppRoute<{ appId: string }>(
  APP_ACTIONS["release.view"].needs,
  "release.view",
  async (_request, actor) => {
    try {
      return jsonOk(await readReleaseState(actor.app.id));
    } catch (error) {
      return jsonError(error);
    }
  },
);
