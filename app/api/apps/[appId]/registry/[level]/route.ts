import { withAppRoute } from "@/lib/access/guard";
import { appActionPolicy } from "@/lib/access/policy";
import { isPickerLevel, readPickerLevel } from "@/lib/cr/picker-reads";
import { msg } from "@/lib/i18n/message-ref";
import { jsonBadRequest, jsonError, jsonOk } from "../../../../_lib/json";

// The Container Registry picker's reads, one level per path: regions, instances, endpoints,
// namespaces, repositories, tags, tag, newest. They need submitter on the app being edited (the
// guard answers 401/403 first); as reads, only refusals are audited.
export const runtime = "nodejs";

const { action, needs } = appActionPolicy("registry.read");

export const GET = withAppRoute<{ appId: string; level: string }>(
  needs,
  action,
  async (request, _actor, { level }) => {
    if (!isPickerLevel(level)) return jsonBadRequest("InvalidParameter", msg("registry.query.unknownLevel", { level: level.slice(0, 40) }));
    try {
      const result = await readPickerLevel(level, new URL(request.url).searchParams);
      return result.ok ? jsonOk(result.data) : jsonBadRequest(result.code, result.message);
    } catch (error) {
      return jsonError(error);
    }
  },
);
