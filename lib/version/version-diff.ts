import { create } from "jsondiffpatch";
import { buildReadableRequest } from "./build-params";
import { parseEnvVariables } from "./from-wire";
import { looksSecret, MASK } from "./mask-secrets";
import type { VersionForm } from "./schema";
import type { WireContainer } from "./wire-types";

// The review before submit: what this version changes against the version it started from.
// Compared on the wire shape (what is actually sent), flattened to one entry per field a person
// recognises; jsondiffpatch computes the field deltas.

export type FieldChange = {
  field: string;
  kind: "added" | "removed" | "changed";
  from?: string;
  to?: string;
};
export type ContainerChange =
  | { kind: "added"; name: string }
  | { kind: "removed"; name: string }
  | { kind: "changed"; name: string; renamedFrom?: string; fields: FieldChange[] };
export type VersionDiff = {
  version: FieldChange[];
  containers: ContainerChange[];
  unchangedContainers: string[];
};

const differ = create({});
const show = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));

/** One flat record per container: "Image", "Probe · Port", "Env · NODE_ENV", … */
export function flattenContainer(c: WireContainer, maskSecrets = true): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(c)) {
    if (key === "Name" || key === "EnvVariables" || value === undefined) continue;
    if (key === "ProbeContent" || key === "ACRImageInfo") {
      const prefix = key === "ProbeContent" ? "Probe" : "Registry";
      for (const [k, v] of Object.entries(value as Record<string, unknown>))
        flat[`${prefix} · ${k}`] = show(v);
    } else flat[key] = show(value);
  }
  for (const { key, value } of parseEnvVariables(c.EnvVariables ?? "")) {
    flat[`Env · ${key}`] = maskSecrets && looksSecret(key) ? MASK : value;
  }
  return flat;
}

function fieldChanges(
  before: Record<string, string>,
  after: Record<string, string>,
): FieldChange[] {
  const delta = (differ.diff(before, after) ?? {}) as Record<string, unknown[]>;
  return Object.entries(delta)
    .map(([field, d]): FieldChange => {
      if (d.length === 1) return { field, kind: "added", to: String(d[0]) };
      if (d.length === 3 && d[1] === 0 && d[2] === 0)
        return { field, kind: "removed", from: String(d[0]) };
      return { field, kind: "changed", from: String(d[0]), to: String(d[1]) };
    })
    .sort((a, b) => a.field.localeCompare(b.field));
}

export function diffVersions(base: VersionForm, next: VersionForm): VersionDiff {
  const b = buildReadableRequest(base);
  const n = buildReadableRequest(next);
  const version = fieldChanges(
    { Name: b.Name, Remarks: b.Remarks ?? "" },
    { Name: n.Name, Remarks: n.Remarks ?? "" },
  );
  const baseByName = new Map(b.Containers.map((c) => [c.Name, c]));
  const nextNames = new Set(n.Containers.map((c) => c.Name));
  const removed = b.Containers.filter((c) => !nextNames.has(c.Name));
  const containers: ContainerChange[] = [];
  const unchangedContainers: string[] = [];
  for (const c of n.Containers) {
    let before = baseByName.get(c.Name);
    let renamedFrom: string | undefined;
    // A container missing by name but identical in content, or in the same position, was renamed.
    if (!before && removed.length > 0) {
      const sameContent = removed.findIndex(
        (r) => fieldChanges(flattenContainer(r), flattenContainer(c)).length === 0,
      );
      const samePosition = removed.findIndex(
        (r) => b.Containers.indexOf(r) === n.Containers.indexOf(c),
      );
      const pick = sameContent !== -1 ? sameContent : samePosition;
      if (pick !== -1) {
        before = removed.splice(pick, 1)[0];
        renamedFrom = before?.Name;
      }
    }
    if (!before) {
      containers.push({ kind: "added", name: c.Name });
      continue;
    }
    const fields = fieldChanges(flattenContainer(before), flattenContainer(c));
    if (fields.length === 0 && !renamedFrom) unchangedContainers.push(c.Name);
    else containers.push({ kind: "changed", name: c.Name, renamedFrom, fields });
  }
  for (const r of removed) containers.push({ kind: "removed", name: r.Name });
  return { version, containers, unchangedContainers };
}
