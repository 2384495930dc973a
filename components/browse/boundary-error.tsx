"use client";

import { RotateCw } from "lucide-react";
import { useTranslations } from "next-intl";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useRenderMessage } from "@/components/i18n/use-render-message";
import { msg } from "@/lib/i18n/message-ref";

interface BoundaryErrorProps {
  title: string;
  error: unknown;
  retry: () => void;
}

/**
 * A digest is what Next.js gives an error thrown while rendering on the server; without one, the
 * failure happened in this browser and the server log knows nothing about it. A message
 * reference into "boundary", which every page's client components can read.
 */
export function boundaryAdvice(digest: string | undefined): string {
  return digest ? msg("boundary.adviceServer") : msg("boundary.adviceBrowser");
}

/**
 * What a route's error.tsx shows for a failure nobody anticipated. In production Next.js hands
 * the boundary a generic message plus a digest that matches the server log, never the stack:
 * that digest is all that is shown.
 */
export function BoundaryError({ title, error, retry }: BoundaryErrorProps) {
  const t = useTranslations("boundary");
  const render = useRenderMessage();
  const digest =
    typeof error === "object" &&
    error !== null &&
    "digest" in error &&
    typeof error.digest === "string"
      ? error.digest
      : undefined;
  return (
    <main className="grid gap-4">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <Alert variant="destructive" data-testid="boundary-error">
        <AlertTitle>{t("heading")}</AlertTitle>
        <AlertDescription>
          <p>{render(boundaryAdvice(digest))}</p>
          {digest && <p className="font-mono text-xs">{t("reference", { digest })}</p>}
          <Button
            type="button"
            variant="outline"
            size="sm"
            className="mt-2"
            onClick={() => retry()}
          >
            <RotateCw aria-hidden />
            {t("retry")}
          </Button>
        </AlertDescription>
      </Alert>
    </main>
  );
}
