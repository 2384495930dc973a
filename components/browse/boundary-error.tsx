"use client";

import { useBoundaryText } from "./boundary-text";

interface BoundaryErrorProps {
  title: string;
  error: unknown;
  retry: () => void;
}

/**
 * What a route's error.tsx shows for a failure nobody anticipated. In production Next.js hands
 * the boundary a generic message plus a digest that matches the server log, never the stack:
 * that digest is all that is shown. Its words come from the root layout (boundary-messages.tsx).
 */
export function BoundaryError({ title, error, retry }: BoundaryErrorProps) {
  const text = useBoundaryText();
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
      {/* The markup of Alert and Button (components/ui), with their classes from the server. */}
      <div data-slot="alert" role="alert" className={text.classes.alert} data-testid="boundary-error">
        <div data-slot="alert-title" className={text.classes.title}>
          {text.heading}
        </div>
        <div data-slot="alert-description" className={text.classes.description}>
          <p>{digest ? text.advice.server : text.advice.browser}</p>
          {digest && (
            <p className="font-mono text-xs">
              {text.reference[0]}
              {digest}
              {text.reference[1]}
            </p>
          )}
          <button data-slot="button" type="button" className={text.classes.retry} onClick={() => retry()}>
            {text.retryIcon}
            {text.retry}
          </button>
        </div>
      </div>
    </main>
  );
}
