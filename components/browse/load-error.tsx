"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { RotateCw } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { EsaErrorPublic } from "@/lib/esa/types";

interface LoadErrorProps {
  title: string;
  error: EsaErrorPublic;
}

/**
 * A failed read, with the EsaError's sentence for people (never a stack) and a Retry that
 * re-renders the page on the server. Pages catch EsaError and render this themselves because a
 * production error boundary only ever receives a generic message.
 */
export function LoadError({ title, error }: LoadErrorProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Alert variant="destructive" data-testid="load-error">
      <AlertTitle>
        {title}
        {/* A socket code (ECONNRESET) names no ESA error: it is a detail below, not a headline. */}
        {error.kind !== "network" && <span className="ml-2 font-mono text-xs">{error.code}</span>}
      </AlertTitle>
      <AlertDescription>
        <p>{error.message}</p>
        {error.requestId && <p className="font-mono text-xs">RequestId {error.requestId}</p>}
        {error.kind === "network" && <p className="font-mono text-xs">Connection error {error.code}</p>}
        {error.recommend && (
          <p>
            <a className="underline" href={error.recommend} target="_blank" rel="noreferrer">
              Troubleshoot this error in the Alibaba Cloud diagnostics
            </a>
          </p>
        )}
        <Button
          type="button"
          variant="outline"
          size="sm"
          className="mt-2"
          disabled={pending}
          onClick={() => startTransition(() => router.refresh())}
        >
          <RotateCw aria-hidden className={pending ? "animate-spin" : undefined} />
          {pending ? "Retrying…" : "Retry"}
        </Button>
      </AlertDescription>
    </Alert>
  );
}
