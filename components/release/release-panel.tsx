"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";

import { useRenderMessage } from "@/components/i18n/use-render-message";
import { fetchVersion } from "@/lib/browse/api-client";
import { releaseHref } from "@/lib/browse/paths";
import { versionKey } from "@/lib/browse/query-keys";
import type { ReleaseAction } from "@/lib/release/release-action";
import { rollbackChoices } from "@/lib/release/rollback-choices";
import type { RollbackTarget } from "@/lib/release/rollback-targets-types";
import { describePlacement, inUseReason, placementOf } from "@/lib/release/version-placement";

import { DeleteVersionDialog } from "./delete-version-dialog";
import { PublishStagingButton } from "./publish-staging-button";
import { RollbackDialog } from "./rollback-dialog";
import { useReleaseState } from "./use-release-state";

export interface VersionReleaseActions {
  publishStaging: ReleaseAction;
  rollback: ReleaseAction;
  deleteVersion: ReleaseAction;
}

export interface ReleasePanelProps {
  appId: string;
  versionId: string;
  name: string;
  targets: RollbackTarget[];
  actions: VersionReleaseActions;
  /** Why this person may not do each (their role); absent when they may. */
  refusals: { publishStaging?: string; rollback?: string; deleteVersion?: string };
}

/** A version's release: where it runs now, and Publish to staging, Roll back, Delete. */
export function ReleasePanel(props: ReleasePanelProps) {
  const { appId, versionId, name, actions } = props;
  const t = useTranslations("release");
  const render = useRenderMessage();
  const refusals = {
    publishStaging: props.refusals.publishStaging && render(props.refusals.publishStaging),
    rollback: props.refusals.rollback && render(props.refusals.rollback),
    deleteVersion: props.refusals.deleteVersion && render(props.refusals.deleteVersion),
  };
  const { query, follow } = useReleaseState(appId);
  // The version's own status, shared with (and kept fresh by) the version detail's query.
  const version = useQuery({
    queryKey: versionKey(appId, versionId),
    queryFn: ({ signal }) => fetchVersion(appId, versionId, signal),
  });
  const versionStatus = version.data?.status ?? "unknown";
  const state = query.data;
  const placement = state ? placementOf(state, versionId) : {};
  const lines = describePlacement(placement).map(render);
  const busyReason = state ? inUseReason(state, versionId) : t("inUse.unknown");
  const publishUnavailable =
    versionStatus !== "created"
      ? t("panel.notCreated", { status: versionStatus })
      : placement.staging === "publishing"
        ? t("panel.stagingPublishing")
        : undefined;
  const { targets, defaultTarget } = rollbackChoices(props.targets, state, versionId);
  return (
    <section aria-labelledby="release-title" className="grid gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="release-title" className="text-xl font-semibold">
          {t("panel.title")}
        </h2>
        <Link
          href={releaseHref(appId)}
          className="text-sm text-primary underline-offset-4 hover:underline"
        >
          {t("panel.statusLink")}
        </Link>
      </div>
      <p role="status" className="text-sm" data-testid="version-placement">
        {state
          ? lines.length > 0
            ? t("panel.runsOn", { places: lines.join("; ") })
            : t("panel.runsNowhere")
          : t("panel.reading")}
      </p>
      <div className="flex flex-wrap items-start gap-4">
        <PublishStagingButton
          appId={appId}
          versionId={versionId}
          action={actions.publishStaging}
          refusal={refusals.publishStaging}
          unavailable={publishUnavailable}
          onDone={follow}
        />
        <RollbackDialog
          appId={appId}
          targets={targets}
          defaultTarget={defaultTarget}
          action={actions.rollback}
          refusal={refusals.rollback}
          onDone={follow}
        />
        {busyReason === null ? (
          <DeleteVersionDialog
            appId={appId}
            versionId={versionId}
            name={name}
            action={actions.deleteVersion}
            refusal={refusals.deleteVersion}
          />
        ) : (
          <p className="max-w-xs text-xs text-muted-foreground">
            {t("panel.deleteNotOffered", { reason: render(busyReason) })}
          </p>
        )}
      </div>
    </section>
  );
}
