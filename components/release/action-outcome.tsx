"use client";

import { useTranslations } from "next-intl";

import { useRenderMessage } from "@/components/i18n/use-render-message";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import type { ReleaseActionResult } from "@/lib/release/release-result";

/** A release action's answer: done (with RequestId), done but its answer lost, or why not. */
export function ActionOutcome({ result }: { result: ReleaseActionResult | null }) {
  const t = useTranslations("release");
  const render = useRenderMessage();
  if (!result) return null;
  if (result.ok)
    return (
      <Alert variant={result.reconciled ? "warning" : "success"}>
        <AlertTitle>{result.reconciled ? t("result.reconciled") : t("result.done")}</AlertTitle>
        <AlertDescription>
          <p>{render(result.message)}</p>
          {result.requestId && (
            <p className="font-mono text-xs">{t("requestId", { id: result.requestId })}</p>
          )}
        </AlertDescription>
      </Alert>
    );
  return (
    <Alert variant={result.outcomeUnknown ? "warning" : "destructive"}>
      <AlertTitle>{result.outcomeUnknown ? t("result.outcomeUnknown") : t("result.notDone")}</AlertTitle>
      <AlertDescription>
        <p>{render(result.message)}</p>
        {result.code && (
          <p className="font-mono text-xs">
            {result.code}
            {result.requestId && ` · ${t("requestId", { id: result.requestId })}`}
          </p>
        )}
      </AlertDescription>
    </Alert>
  );
}
