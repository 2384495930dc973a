"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useForm, type Path } from "react-hook-form";

import { useRenderMessage } from "@/components/i18n/use-render-message";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { releaseHref } from "@/lib/browse/paths";
import { msg } from "@/lib/i18n/message-ref";
import type { ProductionContext } from "@/lib/release/production-context-types";
import type { ProductionPlan } from "@/lib/release/production-plan";
import { defaultPlanFormValues, type ProductionPlanFormValues } from "@/lib/release/production-plan-values";
import { lazyResolver } from "@/components/forms/lazy-resolver";
import type { ProductionRequestResult } from "@/lib/release/release-results";
import type { ActionFailure } from "@/lib/submit/results";

import { ProductionPlanFields } from "./production-plan-fields";
import { ProductionReview } from "./production-review";
import { useRenderedResolver } from "./use-rendered-resolver";

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

const UNREACHABLE: ActionFailure = { ok: false, message: msg("release.production.unreachable"), outcomeUnknown: true };

/** Plan → review (diff and plan) → send or request approval → what happened. */
const productionPlan = lazyResolver(() => import("./resolvers").then((m) => m.productionPlanResolver));

export function ProductionPublishForm({ appId, versionId, context, regions, fourEyes, action, refusal }: ProductionPublishFormProps) {
  const t = useTranslations("release");
  const render = useRenderMessage();
  const raiseFrom = context.kind === "raise" ? (context.currentPercentage ?? 0) : undefined;
  const defaults = useMemo(() => {
    const values = defaultPlanFormValues(versionId, Intl.DateTimeFormat().resolvedOptions().timeZone);
    return raiseFrom === undefined ? values : { ...values, percentage: Math.min(100, raiseFrom < 50 ? 50 : 100) };
  }, [versionId, raiseFrom]);
  const form = useForm<ProductionPlanFormValues, unknown, ProductionPlan>({ resolver: useRenderedResolver(productionPlan.resolver), defaultValues: defaults });
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
        form.setError(name, { type: "server", message: render(error.message) }, { shouldFocus: index === 0 });
      });
    }
  };

  if (result?.ok) return <ProductionSent appId={appId} result={result} />;
  const verb = fourEyes ? t("production.requestApproval") : raiseFrom === undefined ? t("production.publish") : t("production.raise");
  const refusalText = refusal && render(refusal);
  return (
    <div className="grid gap-6">
      {refusal && (
        <p role="note" className="text-sm text-muted-foreground">
          {refusalText}
        </p>
      )}
      {fourEyes && (
        <p className="text-sm">{t("production.fourEyes")}</p>
      )}
      {result && !result.ok && (
        <Alert variant="destructive">
          <AlertTitle>{result.outcomeUnknown ? t("production.outcomeUnknown") : t("production.notPublished")}</AlertTitle>
          <AlertDescription>
            <p>{render(result.message)}</p>
            {result.requestId && <p className="font-mono text-xs">{t("requestId", { id: result.requestId })}</p>}
          </AlertDescription>
        </Alert>
      )}
      {plan ? (
        <section aria-labelledby="production-review-title" className="grid gap-4">
          <h2 id="production-review-title" className="text-xl font-semibold">
            {t("production.review")}
          </h2>
          <ProductionReview context={context} plan={plan} />
          <div className="flex gap-3">
            <Button type="button" variant="outline" onClick={() => setPlan(null)} disabled={sending}>
              {t("production.back")}
            </Button>
            <Button type="button" onClick={send} disabled={sending || refusal !== undefined} title={refusalText}>
              {sending ? t("production.sending") : verb}
            </Button>
          </div>
        </section>
      ) : (
        <form onFocus={productionPlan.warm} noValidate aria-label={t("production.planForm")} className="grid gap-5" onSubmit={form.handleSubmit((parsed) => { setResult(null); setPlan(parsed); })}>
          <ProductionPlanFields form={form} regions={regions} raiseFrom={raiseFrom} fourEyes={fourEyes} />
          <div>
            <Button type="submit">{t("production.review")}</Button>
          </div>
        </form>
      )}
    </div>
  );
}

function ProductionSent({ appId, result }: { appId: string; result: Extract<ProductionRequestResult, { ok: true }> }) {
  const t = useTranslations("release");
  const render = useRenderMessage();
  return (
    <Alert variant="success">
      <AlertTitle>{result.held ? t("production.waiting") : t("production.sent")}</AlertTitle>
      <AlertDescription>
        <p role="status">{render(result.message)}</p>
        {!result.held && result.requestId && <p className="font-mono text-xs">{t("requestId", { id: result.requestId })}</p>}
        <p>
          {result.held ? (
            <Link href="/approvals" className="text-primary underline-offset-4 hover:underline">
              {t("production.openApprovals")}
            </Link>
          ) : (
            <Link href={releaseHref(appId)} className="text-primary underline-offset-4 hover:underline">
              {t("production.follow")}
            </Link>
          )}
        </p>
      </AlertDescription>
    </Alert>
  );
}
