import "server-only";

import type { AuditRow } from "@/lib/db/audit-store";
import { EsaError } from "@/lib/esa/errors";
import { getVersion } from "@/lib/esa/operations";
import { msg } from "@/lib/i18n/message-ref";
import { containerFormFromWire } from "@/lib/version/from-wire";
import { versionFieldsSchema, type VersionForm } from "@/lib/version/schema";
import { diffVersions, type VersionDiff } from "@/lib/version/version-diff";

// The detail of a create (or dry run) in the audit log: what it changed against the version it
// started from. The payload is the request as recorded (secrets masked); its base version is read
// from ESA now. Both sides go through the editor's diff, which masks secret-looking env values on
// both, so a masked value never shows as a change.

export type EntryDiff =
  | { kind: "not-a-create" }
  | { kind: "no-base" }
  | { kind: "unreadable"; reason: string }
  | { kind: "diff"; baseLabel: string; diff: VersionDiff };

type LoadBase = (appId: string, versionId: string) => Promise<{ name: string; versionId: string; values: VersionForm }>;

const record = (value: unknown): Record<string, unknown> | null =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

/** The version values and base version id a create's payload carries, if it carries them. */
export function readCreatePayload(payload: unknown): { values: VersionForm | null; baseVersionId: string | null } {
  const outer = record(payload);
  if (!outer) return { values: null, baseVersionId: null };
  const inner = record(outer.values) ?? record(outer.version) ?? outer;
  const base = outer.baseVersionId ?? inner.baseVersionId ?? outer.from;
  // The version's own fields only: the schema is strict and the base id is not one of them.
  const fields = Object.fromEntries(Object.entries(inner).filter(([key]) => key !== "baseVersionId"));
  const parsed = versionFieldsSchema.safeParse(fields);
  return {
    values: parsed.success ? parsed.data : null,
    baseVersionId: typeof base === "string" && base !== "" ? base : null,
  };
}

export const isVersionWrite = (action: string) => action === "version.create" || action === "version.validate";

async function loadBaseFromEsa(appId: string, versionId: string) {
  const { version } = await getVersion(appId, versionId);
  return {
    name: version.name,
    versionId: version.versionId,
    values: {
      appId,
      name: version.name,
      remarks: version.remarks ?? "",
      containers: version.containers.map(containerFormFromWire),
    },
  };
}

export async function auditEntryDiff(row: AuditRow, loadBase: LoadBase = loadBaseFromEsa): Promise<EntryDiff> {
  if (!isVersionWrite(row.action)) return { kind: "not-a-create" };
  const { values, baseVersionId } = readCreatePayload(row.payload);
  if (!baseVersionId || !row.appId) return { kind: "no-base" };
  if (!values) return { kind: "unreadable", reason: msg("audit.diff.incomplete") };
  try {
    const base = await loadBase(row.appId, baseVersionId);
    return { kind: "diff", baseLabel: `${base.name} (${base.versionId})`, diff: diffVersions(base.values, values) };
  } catch (error) {
    if (error instanceof EsaError) {
      return { kind: "unreadable", reason: msg("audit.diff.baseUnreadable", { versionId: baseVersionId, problem: error.message }) };
    }
    throw error;
  }
}
