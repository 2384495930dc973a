import { MissingResource } from "@/components/browse/missing-resource";

// Also where a version page's layout lands when ESA has no such version (the layout sits above
// the version's own not-found boundary), so the requested path says which of the two is missing.
export default function AppNotFound() {
  return <MissingResource />;
}
