"use client";

import { useId, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { fetchVersion } from "@/lib/browse/api-client";
import { SETTLE_POLL_MS, versionKey } from "@/lib/browse/query-keys";
import { isSettling } from "@/lib/browse/version-summary";
import { looksSecret } from "@/lib/version/mask-secrets";
import { parseEnvVariables } from "@/lib/version/from-wire";
import type { EsaVersion } from "@/lib/esa/types";
import { ContainerCard } from "./container-card";
import { RawJson } from "./raw-json";
import { RevealSecretsSwitch } from "./reveal-secrets-switch";
import { VersionHeader } from "./version-header";

const hasSecrets = (version: EsaVersion) =>
  version.containers.some(
    (c) =>
      typeof c.EnvVariables === "string" &&
      parseEnvVariables(c.EnvVariables).some((row) => looksSecret(row.key) && row.value !== ""),
  );

/**
 * A version's whole definition. The server seeds the query cache with the Get response; while
 * the version is `creating` it is asked for again through the route handler until it settles.
 * Secret-looking values are in the data (the page rendered them on the server anyway) but stay
 * masked on screen until "Reveal secret values" is switched on, for this version only.
 */
export function VersionDetail({ appId, versionId }: { appId: string; versionId: string }) {
  const switchId = useId();
  const [revealed, setRevealed] = useState(false);
  const query = useQuery({
    queryKey: versionKey(appId, versionId),
    queryFn: ({ signal }) => fetchVersion(appId, versionId, signal),
    refetchInterval: (q) =>
      q.state.data && isSettling(q.state.data.status) ? SETTLE_POLL_MS : false,
  });
  const version = query.data;
  if (!version)
    return query.isError ? (
      <p role="alert">{query.error.message}</p>
    ) : (
      <p role="status">Loading the version…</p>
    );

  return (
    <div className="grid gap-8">
      <VersionHeader version={version} />
      {query.isRefetchError && (
        <Alert variant="warning">
          <AlertTitle>Could not refresh this version</AlertTitle>
          <AlertDescription>
            <p>{query.error.message} What is shown may be out of date; it will try again.</p>
          </AlertDescription>
        </Alert>
      )}
      <section aria-labelledby="containers-title" className="grid gap-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="containers-title" className="text-xl font-semibold">
            Containers ({version.containers.length})
          </h2>
          {hasSecrets(version) ? (
            <RevealSecretsSwitch id={switchId} revealed={revealed} onRevealedChange={setRevealed} />
          ) : (
            <p className="text-sm text-muted-foreground">No secret-looking values to hide.</p>
          )}
        </div>
        {version.containers.length === 0 && (
          <p className="text-sm text-muted-foreground">
            ESA returned no containers for this version.
          </p>
        )}
        {version.containers.map((container, index) => (
          <ContainerCard key={index} raw={container} index={index} revealed={revealed} />
        ))}
        <RawJson containers={version.containers} revealed={revealed} />
      </section>
    </div>
  );
}
