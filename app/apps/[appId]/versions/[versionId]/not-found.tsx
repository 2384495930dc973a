import { MissingResource } from "@/components/browse/missing-resource";

export default function VersionNotFound() {
  return <MissingResource kind="version" />;
}
