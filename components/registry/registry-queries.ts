"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ApiError, getJson } from "@/lib/browse/api-client";
import type { CrEndpoint, CrInstance, CrNamespace, CrPage, CrRegion, CrRepository, CrTag } from "@/lib/cr/types";

// The registry picker's reads through this app's route (app/api/apps/[appId]/registry/[level]).
// Each level loads when the level above is chosen and stays cached for the session: going back
// to a namespace or a tag page already seen costs no request.

export const TAG_PAGE_SIZE = 30;

const SESSION = { staleTime: 5 * 60_000, gcTime: 30 * 60_000 } as const;

/** A refusal (no RAM permission, no role, not found) is not worth a second try; a blip is. */
const retry = (count: number, error: Error) =>
  count < 1 && !(error instanceof ApiError && (error.status < 500 || error.detail?.retryable === false));

function read<T>(appId: string, level: string, words: Record<string, string | number>, signal: AbortSignal) {
  const query = new URLSearchParams(Object.entries(words).map(([k, v]) => [k, String(v)]));
  const qs = query.size > 0 ? `?${query}` : "";
  return getJson<T>(`/api/apps/${encodeURIComponent(appId)}/registry/${level}${qs}`, signal);
}

const key = (appId: string, level: string, words: object) => ["registry", appId, level, words] as const;

export function useRegistryRead<T>(
  appId: string,
  level: string,
  words: Record<string, string | number> | null,
  keepPrevious = false,
) {
  return useQuery({
    queryKey: key(appId, level, words ?? {}),
    queryFn: ({ signal }) => read<T>(appId, level, words ?? {}, signal),
    enabled: words !== null && appId !== "",
    retry,
    placeholderData: keepPrevious ? keepPreviousData : undefined,
    ...SESSION,
  });
}

export const useRegions = (appId: string, enabled: boolean) =>
  useRegistryRead<CrRegion[]>(appId, "regions", enabled ? {} : null);

export const useInstances = (appId: string, region: string) =>
  useRegistryRead<CrPage<CrInstance>>(appId, "instances", region ? { region } : null);

export const useEndpoints = (appId: string, region: string, instance: string) =>
  useRegistryRead<CrEndpoint[]>(appId, "endpoints", instance ? { region, instance } : null);

export const useNamespaces = (appId: string, region: string, instance: string) =>
  useRegistryRead<CrPage<CrNamespace>>(appId, "namespaces", instance ? { region, instance } : null);

export const useRepositories = (appId: string, region: string, instance: string, namespace: string, q: string) =>
  useRegistryRead<CrPage<CrRepository>>(
    appId,
    "repositories",
    namespace ? { region, instance, namespace, q } : null,
    true,
  );

export const useTags = (appId: string, region: string, instance: string, repo: string, page: number) =>
  useRegistryRead<CrPage<CrTag>>(
    appId,
    "tags",
    repo ? { region, instance, repo, page, size: TAG_PAGE_SIZE } : null,
    true,
  );

export interface NewestTagAnswer {
  current: CrTag | null;
  newer: CrTag | null;
}

export const useNewestTag = (
  appId: string,
  coords: { regionId: string; instanceId: string; repoId: string; tag: string } | null,
) =>
  useRegistryRead<NewestTagAnswer>(
    appId,
    "newest",
    coords ? { region: coords.regionId, instance: coords.instanceId, repo: coords.repoId, tag: coords.tag } : null,
  );
