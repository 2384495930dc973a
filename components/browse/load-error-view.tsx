"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { RotateCw } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { EsaErrorPublic } from "@/lib/esa/types";

/** The words of a LoadError, put into the reader's language on the server. */
export interface LoadErrorWords {
  requestId?: string;
  connection?: string;
  troubleshoot: string;
  retry: string;
  retrying: string;
}

interface LoadErrorViewProps {
  title: string;
  error: EsaErrorPublic;
  words: LoadErrorWords;
}

/** The alert of components/browse/load-error.tsx, with a Retry that re-renders the page on the
 * server. It receives its words ready-made, so it needs no messages in the browser. */
export function LoadErrorView({ title, error, words }: LoadErrorViewProps) {
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
        {words.requestId && <p className="font-mono text-xs">{words.requestId}</p>}
        {words.connection && <p className="font-mono text-xs">{words.connection}</p>}
        {error.recommend && (
          <p>
            <a className="underline" href={error.recommend} target="_blank" rel="noreferrer">
              {words.troubleshoot}
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
          {pending ? words.retrying : words.retry}
        </Button>
      </AlertDescription>
    </Alert>
  );
}
