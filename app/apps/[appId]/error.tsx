"use client";

import { BoundaryError } from "@/components/browse/boundary-error";

export default function AppError({ error, retry }: { error: unknown; retry: () => void }) {
  return <BoundaryError title="Application" error={error} retry={retry} />;
}
