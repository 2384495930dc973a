import { EmptyList } from "@/components/browse/empty-list";
import { lastPage, listHref, type ListState } from "@/lib/browse/list-state";

interface AppsEmptyProps {
  state: ListState;
  defaults: ListState;
  totalCount: number;
}

/** Three different empties: nothing matches the search, the page is past the end, or no apps. */
export function AppsEmpty({ state, defaults, totalCount }: AppsEmptyProps) {
  if (totalCount > 0) {
    const last = lastPage(totalCount, state.size);
    return (
      <EmptyList
        title={`Page ${state.page} is past the end of the list.`}
        action={{
          label: `Go to page ${last}`,
          href: listHref("/apps", state, defaults, { page: last }),
        }}
      >
        There {totalCount === 1 ? "is 1 application" : `are ${totalCount} applications`} on {last}{" "}
        {last === 1 ? "page" : "pages"}.
      </EmptyList>
    );
  }
  if (state.q !== "") {
    return (
      <EmptyList
        title={`No applications match “${state.q}”.`}
        action={{
          label: "Clear search",
          href: listHref("/apps", state, defaults, { q: "", page: 1 }),
        }}
      >
        The search looks for {state.by === "id" ? "App IDs" : "names"} containing the text. Try part
        of the {state.by === "id" ? "ID" : "name"}, or search by{" "}
        {state.by === "id" ? "name" : "App ID"} instead.
      </EmptyList>
    );
  }
  return (
    <EmptyList title="There are no edge container applications yet.">
      Create an application in the ESA console; its versions can then be composed here.
    </EmptyList>
  );
}
