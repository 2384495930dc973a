"use client";

import { useRenderMessage } from "@/components/i18n/use-render-message";
import { Alert, AlertDescription } from "@/components/ui/alert";

/** The form-level message of a refused submit (a message reference or the server's words),
 * announced as it appears. */
export function FormAlert({ message }: { message: string | null }) {
  const render = useRenderMessage();
  if (!message) return null;
  return (
    <Alert variant="destructive">
      <AlertDescription>{render(message)}</AlertDescription>
    </Alert>
  );
}
