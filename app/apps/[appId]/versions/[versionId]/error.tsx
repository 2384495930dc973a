"use client";

import { BoundaryError } from "@/components/browse/boundary-error";

export default function VersionError({ error, retry }: { error: unknown; retry: () => void }) {
  return <BoundaryError title="Version" error={error} retry={retry} />;
}
