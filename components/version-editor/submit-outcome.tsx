import Link from "next/link";
import { CheckCircle2 } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import type { Outcome } from "./use-submission";

/** The result of the last submit: the new version, or what went wrong and what to do next. */
export function SubmitOutcome({ result }: { result: Outcome | null }) {
  if (!result) return null;
  if (result.ok && "validated" in result) {
    return (
      <Alert data-testid="validate-success" variant="success">
        <CheckCircle2 aria-hidden />
        <AlertTitle>Validation passed</AlertTitle>
        <AlertDescription>{result.message}</AlertDescription>
      </Alert>
    );
  }
  if (result.ok) {
    return (
      <Alert data-testid="submit-success" variant="success">
        <CheckCircle2 aria-hidden />
        <AlertTitle>{result.alreadyCreated && !result.answerLost ? "This version already exists" : "Version created"}</AlertTitle>
        <AlertDescription>
          <p>
            <Link className="font-mono font-semibold underline" href={`/apps/${encodeURIComponent(result.appId)}/versions/${encodeURIComponent(result.versionId)}`}>
              {result.versionId}
            </Link>
          </p>
          {result.alreadyCreated && result.note && <p>{result.note}</p>}
          {result.requestId && <p className="font-mono text-xs">RequestId {result.requestId}</p>}
        </AlertDescription>
      </Alert>
    );
  }
  return (
    <Alert variant={result.outcomeUnknown ? "warning" : "destructive"} data-testid="submit-error">
      <AlertTitle>
        {result.outcomeUnknown ? "Outcome unknown" : "Not created"}
        {result.code && <span className="ml-2 font-mono text-xs">{result.code}</span>}
      </AlertTitle>
      <AlertDescription>
        <p>{result.message}</p>
        {result.fieldErrors && result.fieldErrors.length > 0 && <p>The fields concerned are marked below.</p>}
        {result.requestId && <p className="font-mono text-xs">RequestId {result.requestId}</p>}
        {result.connectionCode && <p className="font-mono text-xs">Connection error {result.connectionCode}</p>}
        {result.recommend && (
          <p>
            <a className="underline" href={result.recommend} target="_blank" rel="noreferrer">
              Troubleshoot this error in the Alibaba Cloud diagnostics
            </a>
          </p>
        )}
      </AlertDescription>
    </Alert>
  );
}
