import type { RawEsaContainer } from "@/lib/esa/types";
import type { ActionFailure } from "@/lib/submit/results";

/** The answer of the audited reveal action: the version's containers with their real values. */
export type RevealSecretsResult =
  { ok: true; containers: RawEsaContainer[]; requestId?: string } | ActionFailure;

export type RevealSecretsAction = (
  appId: string,
  versionId: string,
) => Promise<RevealSecretsResult>;
