"use client";

import { Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";

import { useRenderMessage } from "@/components/i18n/use-render-message";
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
  const t = useTranslations("release.view");
  const render = useRenderMessage();
  const { query } = useReleaseState(appId);
  const state = query.data;
  if (!state)
    return query.isError ? (
      <Alert variant="destructive">
        <AlertTitle>{t("readFailed")}</AlertTitle>
        <AlertDescription>
          <p>{render(query.error.message)}</p>
        </AlertDescription>
      </Alert>
    ) : (
      <p role="status">{t("reading")}</p>
    );
  const moving = isRolloutMoving(state);
  return (
    <div className="grid gap-8">
      <p role="status" className="flex min-h-5 items-center gap-2 text-sm text-muted-foreground">
        {moving ? (
          <>
            <Loader2 aria-hidden className="size-4 animate-spin" />
            {t("moving")}
          </>
        ) : (
          t("settled")
        )}
      </p>
      {query.isRefetchError && (
        <Alert variant="warning">
          <AlertTitle>{t("refreshFailed")}</AlertTitle>
          <AlertDescription>
            <p>{t("refreshFailedBody", { error: render(query.error.message) })}</p>
          </AlertDescription>
        </Alert>
      )}
      <section aria-labelledby="staging-title" className="grid gap-4">
        <h2 id="staging-title" className="text-xl font-semibold">
          {t("staging")}
        </h2>
        <EnvironmentStatus status={state.staging} />
        <h3 className="text-base font-semibold">{t("stagingHealth")}</h3>
        <StagingHealth health={state.health} />
      </section>
      <ProductionSection status={state.production} regions={state.regions}>
        {productionControls}
      </ProductionSection>
    </div>
  );
}
