"use client";

import { Loader2 } from "lucide-react";

import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { isRolloutMoving } from "@/lib/release/rollout-motion";

import { EnvironmentStatus } from "./environment-status";
import { ProductionSection } from "./production-section";
import { StagingHealth } from "./staging-health";
import { useReleaseState } from "./use-release-state";

interface ReleaseViewProps {
  appId: string;
  /** Production's controls (publish, raise), rendered under its status. After a write they call
   * useReleaseState(appId).follow() so the view reads at once and polls quickly again. */
  productionControls?: React.ReactNode;
}

/**
 * An app's release view: staging (status and health) and production. The server seeds the query
 * cache; while anything moves it is read again with backoff, and not at all once settled.
 */
export function ReleaseView({ appId, productionControls }: ReleaseViewProps) {
  const { query } = useReleaseState(appId);
  const state = query.data;
  if (!state)
    return query.isError ? (
      <Alert variant="destructive">
        <AlertTitle>Could not read the release status</AlertTitle>
        <AlertDescription>
          <p>{query.error.message}</p>
        </AlertDescription>
      </Alert>
    ) : (
      <p role="status">Reading the release status…</p>
    );
  const moving = isRolloutMoving(state);
  return (
    <div className="grid gap-8">
      <p role="status" className="flex min-h-5 items-center gap-2 text-sm text-muted-foreground">
        {moving ? (
          <>
            <Loader2 aria-hidden className="size-4 animate-spin" />A release is in progress; this
            view follows it.
          </>
        ) : (
          "Nothing is moving; this view refreshes when you release something."
        )}
      </p>
      {query.isRefetchError && (
        <Alert variant="warning">
          <AlertTitle>Could not refresh the release status</AlertTitle>
          <AlertDescription>
            <p>{query.error.message} What is shown may be out of date; it will try again.</p>
          </AlertDescription>
        </Alert>
      )}
      <section aria-labelledby="staging-title" className="grid gap-4">
        <h2 id="staging-title" className="text-xl font-semibold">
          Staging
        </h2>
        <EnvironmentStatus status={state.staging} />
        <h3 className="text-base font-semibold">Staging health</h3>
        <StagingHealth health={state.health} />
      </section>
      <ProductionSection status={state.production} regions={state.regions}>
        {productionControls}
      </ProductionSection>
    </div>
  );
}
