"use client";

import { useId, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRenderMessage } from "@/components/i18n/use-render-message";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { fetchVersion } from "@/lib/browse/api-client";
import { SETTLE_POLL_MS, versionKey } from "@/lib/browse/query-keys";
import { isSettling } from "@/lib/browse/version-summary";
import type { RevealSecretsAction } from "@/lib/browse/reveal-result";
import type { EsaVersion, RawEsaContainer } from "@/lib/esa/types";
import { MASK } from "@/lib/version/mask-secrets";
import { lazyClient } from "@/components/lazy-client";
import { ContainerCard } from "./container-card";
import { RawJson } from "./raw-json";
import { RevealSecretsSwitch } from "./reveal-secrets-switch";
import { VersionHeader } from "./version-header";
import { VersionProvenanceLine, type VersionProvenanceProps } from "./version-provenance-line";

// A newer tag in the registry is a hint that shows once the registry answered: its code (and the
// registry queries) loads with the page's data instead of in its first-load JavaScript.
const VersionNewerTag = lazyClient(() =>
  import("@/components/registry/version-newer-tag").then((m) => m.VersionNewerTag),
);

/** The server redacts before sending (lib/browse/redact-version.ts): a mask means something hid. */
const hasHiddenValues = (version: EsaVersion) => JSON.stringify(version.containers).includes(MASK);

interface VersionDetailProps {
  appId: string;
  versionId: string;
  revealAction: RevealSecretsAction;
  /** Why this person may not reveal secret values or create versions here (their role). */
  revealRefusal?: string;
  createRefusal?: string;
  /** Why this person may not read the registry (submitter); absent: "newer tag" hints are shown. */
  registryRefusal?: string;
  provenance: VersionProvenanceProps["provenance"];
  /** Where the version runs and its release controls, shown under the header. */
  release?: React.ReactNode;
}

/**
 * A version's whole definition. The server seeds the query cache with the Get response; while
 * the version is `creating` it is asked for again through the route handler until it settles.
 * Secret-looking values arrive redacted, from the page and the route handler alike; "Reveal
 * secret values" asks the audited reveal action for the real ones, for this version only.
 */
export function VersionDetail({
  appId,
  versionId,
  revealAction,
  revealRefusal,
  createRefusal,
  registryRefusal,
  provenance,
  release,
}: VersionDetailProps) {
  const t = useTranslations("versions");
  const render = useRenderMessage();
  const switchId = useId();
  const [revealed, setRevealed] = useState<RawEsaContainer[] | null>(null);
  const query = useQuery({
    queryKey: versionKey(appId, versionId),
    queryFn: ({ signal }) => fetchVersion(appId, versionId, signal),
    refetchInterval: (q) =>
      q.state.data && isSettling(q.state.data.status) ? SETTLE_POLL_MS : false,
  });
  const version = query.data;
  if (!version)
    return query.isError ? (
      <p role="alert">{render(query.error.message)}</p>
    ) : (
      <p role="status">{t("loadingVersion")}</p>
    );

  const shown = revealed ?? version.containers;
  return (
    <div className="grid gap-8">
      <VersionHeader
        version={version}
        createRefusal={createRefusal}
        provenance={<VersionProvenanceLine provenance={provenance} />}
      />
      {release}
      {query.isRefetchError && (
        <Alert variant="warning">
          <AlertTitle>{t("detail.refreshFailed")}</AlertTitle>
          <AlertDescription>
            <p>{t("detail.refreshFailedBody", { message: render(query.error.message) })}</p>
          </AlertDescription>
        </Alert>
      )}
      <section aria-labelledby="containers-title" className="grid gap-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="containers-title" className="text-xl font-semibold">
            {t("detail.containers", { count: version.containers.length })}
          </h2>
          {hasHiddenValues(version) ? (
            <RevealSecretsSwitch
              id={switchId}
              appId={appId}
              versionId={versionId}
              revealed={revealed}
              onRevealedChange={setRevealed}
              revealAction={revealAction}
              refusal={revealRefusal}
            />
          ) : (
            <p className="text-sm text-muted-foreground">{t("detail.noSecrets")}</p>
          )}
        </div>
        {version.containers.length === 0 && (
          <p className="text-sm text-muted-foreground">{t("detail.noContainers")}</p>
        )}
        {shown.map((container, index) => (
          <div key={index} className="grid gap-2">
            {!registryRefusal && !createRefusal && (
              <VersionNewerTag appId={appId} versionId={versionId} index={index} container={container} />
            )}
            <ContainerCard raw={container} index={index} revealed={revealed !== null} />
          </div>
        ))}
        <RawJson containers={shown} revealed={revealed !== null} />
      </section>
    </div>
  );
}
