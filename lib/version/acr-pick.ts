import type { AcrImageForm } from "./schema";

// What a choice in the registry picker fills, per acr-api-facts.md's mapping to ACRImageInfo.
// Pure and structural (no lib/cr import): the picker in the browser and the tests share it.

export type EndpointType = "internet" | "vpc";

export interface PickedEndpoint {
  type: string;
  enabled: boolean;
  domains: { domain: string; type: string }[];
}

export interface RegistryPick {
  instance: { instanceId: string; regionId: string };
  /** The registry host of the chosen endpoint (see domainFor). */
  domain: string;
  repository: { repoId: string; name: string; namespace: string };
  tag: string;
}

/**
 * The domain of an enabled endpoint of the chosen type: its SYSTEM domain
 * (`<instance>-registry[-vpc].<region>.cr.aliyuncs.com`) when it has one, else its first.
 * Which endpoint ESA pulls from is not established, so the person chooses. [INF]
 */
export function domainFor(endpoints: readonly PickedEndpoint[], type: EndpointType): string | undefined {
  const endpoint = endpoints.find((e) => e.type.toLowerCase() === type && e.enabled);
  if (!endpoint) return undefined;
  return (endpoint.domains.find((d) => d.type === "SYSTEM") ?? endpoint.domains[0])?.domain;
}

/** `${Domain}/${RepoNamespace}/${RepoName}:${Tag}`, which the container's Image takes too. */
export function tagUrlOf(domain: string, namespace: string, repoName: string, tag: string): string {
  return `${domain}/${namespace}/${repoName}:${tag}`;
}

/** Every ACRImageInfo field and the image reference, filled from the registry itself. */
export function acrImageFromPick(pick: RegistryPick): { image: string; acr: AcrImageForm } {
  const { instance, domain, repository, tag } = pick;
  const tagUrl = tagUrlOf(domain, repository.namespace, repository.name, tag);
  return {
    image: tagUrl,
    acr: {
      // Only Enterprise Edition instances are listed by the 2018-12-01 API. [INF from the name]
      isEnterpriseRegistry: true,
      domain,
      instanceId: instance.instanceId,
      regionId: instance.regionId,
      repoId: repository.repoId,
      repoName: repository.name,
      repoNamespace: repository.namespace,
      tag,
      tagUrl,
    },
  };
}

/** The same container on another tag of its repository: only Tag, TagUrl and Image change. */
export function withTag(
  current: { image: string; acr: AcrImageForm },
  tag: string,
): { image: string; acr: AcrImageForm } {
  const { acr } = current;
  const tagUrl = tagUrlOf(acr.domain, acr.repoNamespace, acr.repoName, tag);
  // An Image that was not the tag URL (typed by hand) keeps its own form, with the tag replaced.
  const image =
    current.image === acr.tagUrl ? tagUrl : current.image.replace(/:[^:/@]+$/, "") + `:${tag}`;
  return { image, acr: { ...acr, tag, tagUrl } };
}

const RETAG = /^(\d{1,2}):([A-Za-z0-9._-]{1,128})$/;

/** `?retag=<container index>:<tag>` from a version page's "newer tag" offer. */
export function retagParam(index: number, tag: string): string {
  return `${index}:${tag}`;
}

/**
 * Applies a retag offer to values started from a version: that Container Registry container moves
 * to the tag, nothing else changes. Anything malformed or pointing elsewhere leaves them as they are.
 */
export function applyRetag<V extends { containers: { image: string; isAcrImage: boolean; acr: AcrImageForm }[] }>(
  values: V,
  param: unknown,
): V {
  const match = typeof param === "string" ? RETAG.exec(param) : null;
  if (!match) return values;
  const index = Number(match[1]);
  const container = values.containers[index];
  if (!container?.isAcrImage || !container.acr.isEnterpriseRegistry) return values;
  const containers = values.containers.slice();
  containers[index] = { ...container, ...withTag(container, match[2]!) };
  return { ...values, containers };
}
