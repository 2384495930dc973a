import "server-only";

import { readVersionInput } from "./input-gate";
import { registryCoordinates } from "./registry-check";

// What the audit row of a create or dry run records about its input: the values the shared
// schema read (secret-looking values are masked by appendAudit), or, for input the schema
// refuses, only how many problems it had: hostile input never reaches the log as it came.

const TARGET_MAX = 128;

export interface VersionAuditSubject {
  appId: unknown;
  /** The version name, the audit row's target. */
  target: string | null;
  payload: unknown;
}

const field = (input: unknown, key: string): unknown => {
  try {
    return input !== null && typeof input === "object"
      ? (input as Record<string, unknown>)[key]
      : undefined;
  } catch {
    return undefined;
  }
};

// A version id as the editor sends it for the version it started from (the audit detail diffs
// against it); anything else is not recorded.
const BASE_ID = /^[A-Za-z0-9._-]{1,128}$/;

export function versionAuditSubject(input: unknown, baseVersionId?: unknown): VersionAuditSubject {
  const read = readVersionInput(input);
  if (read.ok) {
    const base = typeof baseVersionId === "string" && BASE_ID.test(baseVersionId) ? { baseVersionId } : {};
    // The Enterprise registry images it used, by their coordinates (issue 20).
    const coordinates = registryCoordinates(read.values);
    const registry = coordinates.length > 0 ? { registry: coordinates } : {};
    return { appId: read.values.appId, target: read.values.name, payload: { ...read.values, ...base, ...registry } };
  }
  const name = field(input, "name");
  return {
    appId: field(input, "appId"),
    target: typeof name === "string" && name !== "" ? name.slice(0, TARGET_MAX) : null,
    payload: { unreadable: true, problems: read.issueCount },
  };
}
