import { withAppRoute } from "@/lib/access/guard";
import { VERSION_LIST_DEFAULTS } from "@/lib/browse/list-state";
import { parseListState } from "@/lib/browse/list-state-parse";
import { loadVersionPage } from "@/lib/browse/load-version-page";
import { jsonError, jsonOk } from "../../../_lib/json";

// Read by the app page's version list while a version is `creating`. Same query words as the
// page URL (q, by, status, sort, order, page, size); bad values fall back to defaults, as on the page.
// The guard answers 401/403 (and 400 for a malformed AppId) before ESA is asked.
export const runtime = "nodejs";

export const GET = withAppRoute<{ appId: string }>(
  "viewer",
  "version.list",
  async (request, actor) => {
    const state = parseListState(new URL(request.url).searchParams, VERSION_LIST_DEFAULTS);
    try {
      return jsonOk(await loadVersionPage(actor.app.id, state));
    } catch (error) {
      return jsonError(error);
    }
  },
);
