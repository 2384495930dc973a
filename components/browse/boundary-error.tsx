"use client";

import { RotateCw } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

interface BoundaryErrorProps {
  title: string;
  error: unknown;
  retry: () => void;
}

/**
 * A digest is what Next.js gives an error thrown while rendering on the server; without one, the
 * failure happened in this browser and the server log knows nothing about it.
 */
export function boundaryAdvice(digest: string | undefined): string {
  return digest
    ? "Try again. If it keeps failing, the server log has the details under the reference below."
    : "It failed in this browser, not on the server. Try again; if it keeps failing, reload the page (your draft is kept).";
}

/**
 * What a route's error.tsx shows for a failure nobody anticipated. In production Next.js hands
 * the boundary a generic message plus a digest that matches the server log, never the stack:
 * that digest is all that is shown.
 */
export function BoundaryError({ title, error, retry }: BoundaryErrorProps) {
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
        <AlertTitle>Something went wrong while loading this page</AlertTitle>
        <AlertDescription>
          <p>{boundaryAdvice(digest)}</p>
          {digest && <p className="font-mono text-xs">Reference {digest}</p>}
          <Button
            type="button"
            variant="outline"
            size="sm"
            className="mt-2"
            onClick={() => retry()}
          >
            <RotateCw aria-hidden />
            Retry
          </Button>
        </AlertDescription>
      </Alert>
    </main>
  );
}
