import { withActorRoute } from "@/lib/access/guard";
import { parseAuditFilter } from "@/lib/audit/filter-state";
import { auditExportStream } from "@/lib/audit/export-format";
import { auditEntriesForExport } from "@/lib/audit/query";
import { auditScopeOf } from "@/lib/audit/viewer-scope";
import { getDb } from "@/lib/db/handle";
import { EsaError } from "@/lib/esa/errors";
import { msg } from "@/lib/i18n/message-ref";

import { jsonBadRequest, jsonError } from "../../_lib/json";

// GET /api/audit/export?format=csv|json&<the /audit page's filters>: every entry the person may
// see that matches, newest first, as a download. Exports are audited (audit.export).
export const runtime = "nodejs";

const TYPES = { csv: "text/csv; charset=utf-8", json: "application/json; charset=utf-8" } as const;

export const GET = withActorRoute(
  "audit.export",
  async (request, actor) => {
    const url = new URL(request.url);
    const format = url.searchParams.get("format");
    if (format !== "csv" && format !== "json") {
      return jsonBadRequest("InvalidParameter.format", msg("audit.export.formatInvalid"));
    }
    const parsed = parseAuditFilter(url.searchParams);
    const problem = Object.entries(parsed.errors)[0];
    if (problem) return jsonBadRequest(`InvalidParameter.${problem[0]}`, problem[1]);
    let scope;
    try {
      scope = await auditScopeOf(actor.access);
    } catch (error) {
      if (error instanceof EsaError) return jsonError(error);
      throw error;
    }
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    return new Response(auditExportStream(auditEntriesForExport(await getDb(), scope, parsed), format), {
      headers: {
        "Content-Type": TYPES[format],
        "Content-Disposition": `attachment; filename="audit-${stamp}.${format}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  },
  { audit: "all" },
);
