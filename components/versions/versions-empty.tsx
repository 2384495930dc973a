import { EmptyList } from "@/components/browse/empty-list";
import { lastPage, listHref, type ListState } from "@/lib/browse/list-state";
import { newVersionHref } from "@/lib/browse/paths";

interface VersionsEmptyProps {
  appId: string;
  pathname: string;
  state: ListState;
  defaults: ListState;
  totalCount: number;
  createRefusal?: string;
}

export function VersionsEmpty({
  appId,
  pathname,
  state,
  defaults,
  totalCount,
  createRefusal,
}: VersionsEmptyProps) {
  if (totalCount > 0) {
    const last = lastPage(totalCount, state.size);
    return (
      <EmptyList
        title={`Page ${state.page} is past the end of the list.`}
        action={{
          label: `Go to page ${last}`,
          href: listHref(pathname, state, defaults, { page: last }),
        }}
      />
    );
  }
  if (state.status !== undefined && state.status !== "any") {
    return (
      <EmptyList
        title={`No ${state.status} versions${state.q ? ` match “${state.q}”` : ""}.`}
        action={{
          label: "Show every status",
          href: listHref(pathname, state, defaults, { status: "any", page: 1 }),
        }}
      />
    );
  }
  if (state.q !== "") {
    return (
      <EmptyList
        title={`No versions match “${state.q}”.`}
        action={{
          label: "Clear search",
          href: listHref(pathname, state, defaults, { q: "", page: 1 }),
        }}
      >
        The search looks for {state.by === "id" ? "Version IDs" : "names"} containing the text.
      </EmptyList>
    );
  }
  return (
    <EmptyList
      title="This application has no versions yet."
      action={
        createRefusal
          ? undefined
          : { label: "Create the first version", href: newVersionHref(appId) }
      }
    >
      {createRefusal}
    </EmptyList>
  );
}
