"use client";

import { useParams } from "next/navigation";
import { BoundaryError } from "@/components/browse/boundary-error";
import { useBoundaryText } from "@/components/browse/boundary-text";

/**
 * One error boundary for every page, under the root layout (the header stays). Its code is part of
 * every route's first-load JavaScript; one boundary per segment put a copy of the same component
 * (and of Button and Alert) into each route's chunks: three on the editor. Its words come from the
 * root layout (components/browse/boundary-messages.tsx), not from next-intl in the browser.
 */
export default function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  const { titles } = useBoundaryText();
  const params = useParams<{ appId?: string; versionId?: string }>();
  const title = params.versionId ? titles.version : params.appId ? titles.app : titles.apps;
  return <BoundaryError title={title} error={error} retry={retry} />;
}
