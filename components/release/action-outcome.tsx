import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import type { ReleaseActionResult } from "@/lib/release/release-result";

/** A release action's answer: done (with RequestId), done but its answer lost, or why not. */
export function ActionOutcome({ result }: { result: ReleaseActionResult | null }) {
  if (!result) return null;
  if (result.ok)
    return (
      <Alert variant={result.reconciled ? "warning" : "success"}>
        <AlertTitle>{result.reconciled ? "Answer lost; the status shows it" : "Done"}</AlertTitle>
        <AlertDescription>
          <p>{result.message}</p>
          {result.requestId && <p className="font-mono text-xs">RequestId {result.requestId}</p>}
        </AlertDescription>
      </Alert>
    );
  return (
    <Alert variant={result.outcomeUnknown ? "warning" : "destructive"}>
      <AlertTitle>{result.outcomeUnknown ? "Outcome unknown" : "Not done"}</AlertTitle>
      <AlertDescription>
        <p>{result.message}</p>
        {result.code && (
          <p className="font-mono text-xs">
            {result.code}
            {result.requestId && ` · RequestId ${result.requestId}`}
          </p>
        )}
      </AlertDescription>
    </Alert>
  );
}
