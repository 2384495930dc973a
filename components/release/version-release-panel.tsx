"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";

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

interface VersionReleasePanelProps {
  appId: string;
  versionId: string;
  name: string;
  targets: RollbackTarget[];
  actions: VersionReleaseActions;
  /** Why this person may not do each (their role); absent when they may. */
  refusals: { publishStaging?: string; rollback?: string; deleteVersion?: string };
}

/** A version's release: where it runs now, and Publish to staging, Roll back, Delete. */
export function VersionReleasePanel(props: VersionReleasePanelProps) {
  const { appId, versionId, name, actions, refusals } = props;
  const { query, follow } = useReleaseState(appId);
  // The version's own status, shared with (and kept fresh by) the version detail's query.
  const version = useQuery({
    queryKey: versionKey(appId, versionId),
    queryFn: ({ signal }) => fetchVersion(appId, versionId, signal),
  });
  const versionStatus = version.data?.status ?? "unknown";
  const state = query.data;
  const placement = state ? placementOf(state, versionId) : {};
  const lines = describePlacement(placement);
  const busyReason = state ? inUseReason(state, versionId) : "the release status is not known yet";
  const publishUnavailable =
    versionStatus !== "created"
      ? `Only a created version can be published (this one is ${versionStatus}).`
      : placement.staging === "publishing"
        ? "It is being published to staging now."
        : undefined;
  const { targets, defaultTarget } = rollbackChoices(props.targets, state, versionId);
  return (
    <section aria-labelledby="release-title" className="grid gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="release-title" className="text-xl font-semibold">
          Release
        </h2>
        <Link
          href={releaseHref(appId)}
          className="text-sm text-primary underline-offset-4 hover:underline"
        >
          Release status of this application
        </Link>
      </div>
      <p role="status" className="text-sm" data-testid="version-placement">
        {state
          ? lines.length > 0
            ? `Runs on: ${lines.join("; ")}.`
            : "Runs nowhere."
          : "Reading where it runs…"}
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
            Delete is not offered: {busyReason}.
          </p>
        )}
      </div>
    </section>
  );
}
