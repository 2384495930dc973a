"use client";

import { useParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { BoundaryError } from "@/components/browse/boundary-error";

/**
 * One error boundary for every page, under the root layout (the header stays). Its code is part of
 * every route's first-load JavaScript; one boundary per segment put a copy of the same component
 * (and of Button and Alert) into each route's chunks: three on the editor.
 */
export default function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("boundary.title");
  const params = useParams<{ appId?: string; versionId?: string }>();
  const title = params.versionId ? t("version") : params.appId ? t("app") : t("apps");
  return <BoundaryError title={title} error={error} retry={retry} />;
}
