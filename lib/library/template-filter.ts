import type { TemplateScope } from "./template-input";
import type { TemplateView } from "./template-view";

// The /templates list's search and filters, pure so the page and its tests agree.

export interface TemplateFilter {
  search: string;
  scope: TemplateScope | "all";
  /** An owner's id, "me", or "all". */
  owner: string;
}

export const NO_FILTER: TemplateFilter = { search: "", scope: "all", owner: "all" };

function haystack(t: TemplateView): string {
  return [
    t.name,
    t.description,
    t.appPattern ?? "",
    t.ownerName,
    ...t.containers.flatMap((c) => [c.name, c.image]),
  ]
    .join("\n")
    .toLowerCase();
}

export function filterTemplates(
  templates: readonly TemplateView[],
  filter: TemplateFilter,
  myId: string,
): TemplateView[] {
  const words = filter.search.toLowerCase().split(/\s+/).filter(Boolean);
  const owner = filter.owner === "me" ? myId : filter.owner;
  return templates.filter(
    (t) =>
      (filter.scope === "all" || t.scope === filter.scope) &&
      (owner === "all" || t.ownerId === owner) &&
      words.every((w) => haystack(t).includes(w)),
  );
}

/** The owners to offer in the owner filter, by name. */
export function templateOwners(templates: readonly TemplateView[]): { id: string; name: string }[] {
  const owners = new Map<string, string>();
  for (const t of templates) if (t.ownerId) owners.set(t.ownerId, t.ownerName);
  return [...owners].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}
