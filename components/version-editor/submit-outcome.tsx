"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRenderMessage } from "@/components/i18n/use-render-message";
import { CheckCircle2 } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import type { Outcome } from "./use-submission";

/** The result of the last submit: the new version, or what went wrong and what to do next. */
export function SubmitOutcome({ result }: { result: Outcome | null }) {
  const t = useTranslations("editor.outcome");
  // Messages made in the browser (a network failure) are references; the server's are in words.
  const render = useRenderMessage();
  if (!result) return null;
  if (result.ok && "validated" in result) {
    return (
      <Alert data-testid="validate-success" variant="success">
        <CheckCircle2 aria-hidden />
        <AlertTitle>{t("validated")}</AlertTitle>
        <AlertDescription>{render(result.message)}</AlertDescription>
      </Alert>
    );
  }
  if (result.ok) {
    return (
      <Alert data-testid="submit-success" variant="success">
        <CheckCircle2 aria-hidden />
        <AlertTitle>{result.alreadyCreated && !result.answerLost ? t("exists") : t("created")}</AlertTitle>
        <AlertDescription>
          <p>
            <Link className="font-mono font-semibold underline" href={`/apps/${encodeURIComponent(result.appId)}/versions/${encodeURIComponent(result.versionId)}`}>
              {result.versionId}
            </Link>
          </p>
          {result.alreadyCreated && result.note && <p>{render(result.note)}</p>}
          {result.requestId && <p className="font-mono text-xs">{t("requestId", { requestId: result.requestId })}</p>}
        </AlertDescription>
      </Alert>
    );
  }
  return (
    <Alert variant={result.outcomeUnknown ? "warning" : "destructive"} data-testid="submit-error">
      <AlertTitle>
        {result.outcomeUnknown ? t("unknown") : t("notCreated")}
        {result.code && <span className="ml-2 font-mono text-xs">{result.code}</span>}
      </AlertTitle>
      <AlertDescription>
        <p>{render(result.message)}</p>
        {result.fieldErrors && result.fieldErrors.length > 0 && <p>{t("fieldsMarked")}</p>}
        {result.requestId && <p className="font-mono text-xs">{t("requestId", { requestId: result.requestId })}</p>}
        {result.connectionCode && <p className="font-mono text-xs">{t("connection", { code: result.connectionCode })}</p>}
        {result.recommend && (
          <p>
            <a className="underline" href={result.recommend} target="_blank" rel="noreferrer">
              {t("troubleshoot")}
            </a>
          </p>
        )}
      </AlertDescription>
    </Alert>
  );
}
