import { MissingResource } from "@/components/browse/missing-resource";

export default function AppNotFound() {
  return <MissingResource kind="app" />;
}
