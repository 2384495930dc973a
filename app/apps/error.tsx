"use client";

import { BoundaryError } from "@/components/browse/boundary-error";

export default function AppsError({ error, retry }: { error: unknown; retry: () => void }) {
  return <BoundaryError title="Applications" error={error} retry={retry} />;
}
