import { z } from "zod";
import { msg } from "@/lib/i18n/message-ref";
import { containerFormFromWire } from "./from-wire";
import { versionFormSchema } from "./request-schema";
import { type VersionForm } from "./schema";
import { wirePath } from "./wire-path";
import { wireContainersSchema } from "./wire-schema";
import { zodIssueMessage } from "./zod-messages";

// Import into the editor. Accepted: the readable request (Containers an array, as the preview
// shows), the wire form (Containers one JSON string), and a GetEdgeContainerAppVersion response
// ({RequestId, Version: {...}} or the Version object alone). Nothing is applied unless the whole
// import is valid; every error names the field it concerns. Messages are references to the
// "validation" catalog (lib/i18n/message-ref.ts); `where` is the wire path, as the JSON spells it.

export type ImportProblem = { where: string; message: string };
export type ImportResult =
  | {
      ok: true;
      values: VersionForm;
      source: "readable request" | "wire form" | "GetEdgeContainerAppVersion response";
    }
  | { ok: false; problems: ImportProblem[] };

const MAX_IMPORT_CHARS = 2_000_000;

const topLevel = z.object({
  AppId: z.string().optional(),
  Name: z.string({ error: msg("validation.import.nameType") }),
  Remarks: z.string({ error: msg("validation.import.remarksType") }).optional(),
  Containers: z.unknown(),
});

const fail = (where: string, message: string): ImportResult => ({
  ok: false,
  problems: [{ where, message }],
});

export function importVersionJson(text: string, currentAppId: string): ImportResult {
  if (text.length > MAX_IMPORT_CHARS)
    return fail("file", msg("validation.import.tooLarge", { max: MAX_IMPORT_CHARS / 1_000_000 }));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    // The engine's own description of where the JSON breaks (its words, not ours).
    const detail = e instanceof Error ? e.message : msg("validation.import.parseError");
    return fail("file", msg("validation.import.notJson", { detail }));
  }
  let source: Extract<ImportResult, { ok: true }>["source"] = "readable request";
  let body = json as Record<string, unknown>;
  if (body && typeof body === "object" && "Version" in body && typeof body.Version === "object") {
    body = body.Version as Record<string, unknown>;
    source = "GetEdgeContainerAppVersion response";
  } else if (body && typeof body === "object" && "VersionId" in body) {
    source = "GetEdgeContainerAppVersion response";
  }
  const top = topLevel.safeParse(body, { error: zodIssueMessage });
  if (!top.success) {
    return {
      ok: false,
      problems: top.error.issues.map((i) => ({
        where: i.path.join(".") || "file",
        message: i.path.length ? i.message : msg("validation.import.notObject"),
      })),
    };
  }
  let containers = top.data.Containers;
  if (typeof containers === "string") {
    if (source === "readable request") source = "wire form";
    try {
      containers = JSON.parse(containers);
    } catch {
      return fail("Containers", msg("validation.import.containersNotJson"));
    }
  }
  const structure = wireContainersSchema.safeParse(containers, { error: zodIssueMessage });
  if (!structure.success) {
    return {
      ok: false,
      problems: structure.error.issues.map((i) => ({
        where: `Containers${i.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("")}`,
        message: i.message,
      })),
    };
  }
  const values: VersionForm = {
    appId: top.data.AppId ?? currentAppId,
    name: top.data.Name,
    remarks: top.data.Remarks ?? "",
    containers: structure.data.map(containerFormFromWire),
  };
  const checked = versionFormSchema.safeParse(values);
  if (!checked.success) {
    return {
      ok: false,
      problems: checked.error.issues.map((i) => ({ where: wirePath(i.path), message: i.message })),
    };
  }
  return { ok: true, values: checked.data, source };
}
