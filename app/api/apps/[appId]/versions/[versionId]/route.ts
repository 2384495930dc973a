import { withAppRoute } from "@/lib/access/guard";
import { redactVersion } from "@/lib/browse/redact-version";
import { getVersion } from "@/lib/esa/operations";
import { msg } from "@/lib/i18n/message-ref";
import { jsonBadRequest, jsonError, jsonOk } from "../../../../_lib/json";
import { versionParamsSchema } from "../../../../_lib/path-params";

// Read by the version page while the version is `creating`. The whole definition with
// secret-looking values redacted for everyone: revealing them is a separate, audited action
// (components/versions/reveal-secrets-switch.tsx), for submitters and above.
export const runtime = "nodejs";

export const GET = withAppRoute<{ appId: string; versionId: string }>(
  "viewer",
  "version.view",
  async (_request, actor, params) => {
    const parsed = versionParamsSchema.safeParse(params);
    if (!parsed.success)
      return jsonBadRequest("InvalidParameter", msg("versions.detail.malformedIds"));
    try {
      const { version } = await getVersion(actor.app.id, parsed.data.versionId);
      return jsonOk({ version: redactVersion(version) });
    } catch (error) {
      return jsonError(error);
    }
  },
);
