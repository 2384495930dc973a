"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";

import { useRegistryFormat } from "./format";
import { useNewestTag } from "./registry-queries";

export interface RegistryCoordinates {
  regionId: string;
  instanceId: string;
  repoId: string;
  tag: string;
}

/** Coordinates complete enough to ask an Enterprise Edition registry, or null. */
export function enterpriseCoordinates(acr: {
  isEnterpriseRegistry?: boolean;
  regionId?: string;
  instanceId?: string;
  repoId?: string;
  tag?: string;
}): RegistryCoordinates | null {
  const { regionId, instanceId, repoId, tag } = acr;
  if (!acr.isEnterpriseRegistry || !regionId || !instanceId || !repoId || !tag) return null;
  return { regionId, instanceId, repoId, tag };
}

/**
 * "Newer tag available" when the container's repository has a tag updated after its own. Says
 * nothing while loading or when the registry cannot be read: it is a hint, not a check.
 */
export function NewerTagHint({
  appId,
  coordinates,
  action,
}: {
  appId: string;
  coordinates: RegistryCoordinates | null;
  /** The one-click offer for the newest tag. */
  action: (tag: string) => ReactNode;
}) {
  const t = useTranslations("registry.newer");
  const format = useRegistryFormat();
  const newest = useNewestTag(appId, coordinates);
  const newer = newest.data?.newer;
  if (!coordinates || !newer) return null;
  return (
    <div role="status" className="flex flex-wrap items-center gap-3 rounded-md border border-warning/30 bg-warning-background px-3 py-2 text-sm">
      <span>
        {t.rich(newest.data?.current ? "available" : "availableCurrentGone", {
          tag: newer.tag,
          time: format.time(newer.updateTime),
          current: coordinates.tag,
          strong: (chunks) => <strong>{chunks}</strong>,
          code: (chunks) => <span className="font-mono">{chunks}</span>,
        })}
      </span>
      {action(newer.tag)}
    </div>
  );
}
