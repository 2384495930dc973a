import type { NextRequest } from "next/server";
import { parseListState, VERSION_LIST_DEFAULTS } from "@/lib/browse/list-state";
import { loadVersionPage } from "@/lib/browse/load-version-page";
import { jsonBadRequest, jsonError, jsonOk } from "../../../_lib/json";
import { appParamsSchema } from "../../../_lib/path-params";

// Read by the app page's version list while a version is `creating`. Same query words as the
// page URL (q, by, status, sort, order, page, size); bad values fall back to defaults, as on the page.
export const runtime = "nodejs";

export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ appId: string }> },
) {
  const parsed = appParamsSchema.safeParse(await params);
  if (!parsed.success)
    return jsonBadRequest("InvalidParameter.appid", "The application ID is malformed.");
  const state = parseListState(request.nextUrl.searchParams, VERSION_LIST_DEFAULTS);
  try {
    return jsonOk(await loadVersionPage(parsed.data.appId, state));
  } catch (error) {
    return jsonError(error);
  }
}
