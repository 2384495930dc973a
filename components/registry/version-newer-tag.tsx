"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";

import { newVersionHref } from "@/lib/browse/paths";
import type { RawEsaContainer } from "@/lib/esa/types";
import { retagParam } from "@/lib/version/acr-pick";
import { enterpriseCoordinates, NewerTagHint } from "./newer-tag-hint";

const field = (value: unknown, key: string): unknown =>
  value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
const str = (value: unknown) => (typeof value === "string" ? value : "");

/** On a version's page: a newer tag for this container starts a new version with only that changed. */
export function VersionNewerTag({
  appId,
  versionId,
  index,
  container,
}: {
  appId: string;
  versionId: string;
  index: number;
  container: RawEsaContainer;
}) {
  const t = useTranslations("registry.newer");
  const info = container.ACRImageInfo;
  const coordinates =
    container.IsACRImage === true
      ? enterpriseCoordinates({
          isEnterpriseRegistry: field(info, "IsEnterpriseRegistry") === true,
          regionId: str(field(info, "RegionId")),
          instanceId: str(field(info, "InstanceId")),
          repoId: str(field(info, "RepoId")),
          tag: str(field(info, "Tag")),
        })
      : null;
  return (
    <NewerTagHint
      appId={appId}
      coordinates={coordinates}
      action={(tag) => (
        <Link
          className="font-medium underline"
          href={`${newVersionHref(appId, versionId)}&retag=${encodeURIComponent(retagParam(index, tag))}`}
        >
          {t("newVersion", {
            tag,
            container: str(container.Name) || t("containerFallback", { number: index + 1 }),
          })}
        </Link>
      )}
    />
  );
}
