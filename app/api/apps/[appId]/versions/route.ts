import type { NextRequest } from "next/server";
import {
  parseListState,
  toVersionListOptions,
  VERSION_LIST_DEFAULTS,
} from "@/lib/browse/list-state";
import { summarizeVersionPage } from "@/lib/browse/version-summary";
import { listVersions } from "@/lib/esa/operations";
import { jsonBadRequest, jsonError, jsonOk } from "../../../_lib/json";
import { appParamsSchema } from "../../../_lib/path-params";

// Read by the app page's version list while a version is `creating`. Same query words as the
// page URL (q, by, sort, order, page, size); bad values fall back to defaults, as on the page.
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
    const page = await listVersions(parsed.data.appId, toVersionListOptions(state));
    return jsonOk(summarizeVersionPage(page));
  } catch (error) {
    return jsonError(error);
  }
}
