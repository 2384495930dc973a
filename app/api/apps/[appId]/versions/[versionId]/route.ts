import { getVersion } from "@/lib/esa/operations";
import { jsonBadRequest, jsonError, jsonOk } from "../../../../_lib/json";
import { versionParamsSchema } from "../../../../_lib/path-params";

// Read by the version page while the version is `creating`. The whole definition, environment
// values included: the page shows them masked until the person reveals them.
export const runtime = "nodejs";

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ appId: string; versionId: string }> },
) {
  const parsed = versionParamsSchema.safeParse(await params);
  if (!parsed.success)
    return jsonBadRequest("InvalidParameter", "The application or version ID is malformed.");
  try {
    const { version } = await getVersion(parsed.data.appId, parsed.data.versionId);
    return jsonOk({ version });
  } catch (error) {
    return jsonError(error);
  }
}
