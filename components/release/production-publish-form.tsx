"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useMemo, useState } from "react";
import { useForm, type Path, type Resolver } from "react-hook-form";

import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { releaseHref } from "@/lib/browse/paths";
import type { ProductionContext } from "@/lib/release/production-context-types";
import type { ProductionPlan } from "@/lib/release/production-plan";
import { defaultPlanFormValues, productionPlanFormSchema, type ProductionPlanFormValues } from "@/lib/release/production-plan-form";
import type { ProductionRequestResult } from "@/lib/release/release-results";
import type { ActionFailure } from "@/lib/submit/results";

import { ProductionPlanFields } from "./production-plan-fields";
import { ProductionReview } from "./production-review";

export type ProductionAction = (appId: string, plan: ProductionPlan) => Promise<ProductionRequestResult>;

interface ProductionPublishFormProps {
  appId: string;
  versionId: string;
  context: ProductionContext;
  regions: string[];
  fourEyes: boolean;
  action: ProductionAction;
  /** Why this person may not publish to production (their role); absent when they may. */
  refusal?: string;
}

const UNREACHABLE: ActionFailure = { ok: false, message: "The server could not be reached. Nothing is known to have been sent; check the release view before trying again.", outcomeUnknown: true };

/** Plan → review (diff and plan) → send or request approval → what happened. */
export function ProductionPublishForm({ appId, versionId, context, regions, fourEyes, action, refusal }: ProductionPublishFormProps) {
  const raiseFrom = context.kind === "raise" ? (context.currentPercentage ?? 0) : undefined;
  const schema = useMemo(() => productionPlanFormSchema(), []);
  const defaults = useMemo(() => {
    const values = defaultPlanFormValues(versionId, Intl.DateTimeFormat().resolvedOptions().timeZone);
    return raiseFrom === undefined ? values : { ...values, percentage: Math.min(100, raiseFrom < 50 ? 50 : 100) };
  }, [versionId, raiseFrom]);
  const form = useForm<ProductionPlanFormValues, unknown, ProductionPlan>({ resolver: zodResolver(schema) as unknown as Resolver<ProductionPlanFormValues, unknown, ProductionPlan>, defaultValues: defaults });
  const [plan, setPlan] = useState<ProductionPlan | null>(null);
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<ProductionRequestResult | null>(null);

  const send = async () => {
    if (!plan || sending) return;
    setSending(true);
    const answer = await action(appId, plan).catch(() => UNREACHABLE);
    setSending(false);
    setResult(answer);
    if (!answer.ok && answer.fieldErrors?.length) {
      setPlan(null);
      answer.fieldErrors.forEach((error, index) => {
        const name = (error.path === "startTime" ? "startLocal" : error.path.split(".")[0]) as Path<ProductionPlanFormValues>;
        form.setError(name, { type: "server", message: error.message }, { shouldFocus: index === 0 });
      });
    }
  };

  if (result?.ok) return <ProductionSent appId={appId} result={result} />;
  const verb = fourEyes ? "Request approval" : raiseFrom === undefined ? "Publish to production" : "Raise";
  return (
    <div className="grid gap-6">
      {refusal && (
        <p role="note" className="text-sm text-muted-foreground">
          {refusal}
        </p>
      )}
      {fourEyes && (
        <p className="text-sm">This app needs four eyes: a second person with releaser on it approves the release before it is sent.</p>
      )}
      {result && !result.ok && (
        <Alert variant="destructive">
          <AlertTitle>{result.outcomeUnknown ? "Outcome unknown" : "Not published"}</AlertTitle>
          <AlertDescription>
            <p>{result.message}</p>
            {result.requestId && <p className="font-mono text-xs">RequestId {result.requestId}</p>}
          </AlertDescription>
        </Alert>
      )}
      {plan ? (
        <section aria-labelledby="production-review-title" className="grid gap-4">
          <h2 id="production-review-title" className="text-xl font-semibold">
            Review
          </h2>
          <ProductionReview context={context} plan={plan} />
          <div className="flex gap-3">
            <Button type="button" variant="outline" onClick={() => setPlan(null)} disabled={sending}>
              Back to the plan
            </Button>
            <Button type="button" onClick={send} disabled={sending || refusal !== undefined} title={refusal}>
              {sending ? "Sending…" : verb}
            </Button>
          </div>
        </section>
      ) : (
        <form noValidate aria-label="Production rollout plan" className="grid gap-5" onSubmit={form.handleSubmit((parsed) => { setResult(null); setPlan(parsed); })}>
          <ProductionPlanFields form={form} regions={regions} raiseFrom={raiseFrom} fourEyes={fourEyes} />
          <div>
            <Button type="submit">Review</Button>
          </div>
        </form>
      )}
    </div>
  );
}

function ProductionSent({ appId, result }: { appId: string; result: Extract<ProductionRequestResult, { ok: true }> }) {
  return (
    <Alert variant="success">
      <AlertTitle>{result.held ? "Waiting for approval" : "Sent to production"}</AlertTitle>
      <AlertDescription>
        <p role="status">{result.message}</p>
        {!result.held && result.requestId && <p className="font-mono text-xs">RequestId {result.requestId}</p>}
        <p>
          {result.held ? (
            <Link href="/approvals" className="text-primary underline-offset-4 hover:underline">
              Open the approvals
            </Link>
          ) : (
            <Link href={releaseHref(appId)} className="text-primary underline-offset-4 hover:underline">
              Follow it on the release view
            </Link>
          )}
        </p>
      </AlertDescription>
    </Alert>
  );
}
