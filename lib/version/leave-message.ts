import type { VersionForm } from "./schema";

/** What the confirm before leaving the editor names: the version not yet created. */
export function leaveMessage(values: Pick<VersionForm, "name" | "containers">): string {
  const name = values.name.trim() === "" ? "The new version (not yet named)" : `Version "${values.name.trim()}"`;
  const n = values.containers.length;
  return `${name}, with ${n} container${n === 1 ? "" : "s"}, has not been created. Your changes stay in this browser as a draft. Leave the editor?`;
}
