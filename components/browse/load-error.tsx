import { getTranslations } from "next-intl/server";
import { localizeResult } from "@/lib/i18n/server-translate";
import type { EsaErrorPublic } from "@/lib/esa/types";
import { LoadErrorView } from "./load-error-view";

interface LoadErrorProps {
  title: string;
  error: EsaErrorPublic;
}

/**
 * A failed read, with the EsaError's sentence for people (never a stack) in the reader's
 * language, its service code and RequestId as they are, and a Retry that re-renders the page on
 * the server. Pages catch EsaError and render this themselves because a production error
 * boundary only ever receives a generic message.
 */
export async function LoadError({ title, error }: LoadErrorProps) {
  const [t, shown] = await Promise.all([getTranslations("browse.loadError"), localizeResult(error)]);
  return (
    <LoadErrorView
      title={title}
      error={shown}
      words={{
        requestId: error.requestId ? t("requestId", { requestId: error.requestId }) : undefined,
        connection: error.kind === "network" ? t("connectionError", { code: error.code }) : undefined,
        troubleshoot: t("troubleshoot"),
        retry: t("retry"),
        retrying: t("retrying"),
      }}
    />
  );
}
