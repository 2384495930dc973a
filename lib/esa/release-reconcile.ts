import "server-only";

import type { EsaError } from "./errors";
import type {
  EsaAppStatus,
  PublishEnv,
  PublishRequest,
  ReleaseWriteResult,
  RollbackRequest,
} from "./release-types";

// A publish or rollback whose answer was lost (timeout, dropped connection) may or may not have
// happened. Sending it again could start a second release, so the app's status is read instead
// and compared with what was asked.

export type LostWrite =
  { kind: "publish"; request: PublishRequest } | { kind: "rollback"; request: RollbackRequest };

type ReadStatus = (appId: string, env: PublishEnv) => Promise<{ status: EsaAppStatus }>;

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item) => b.includes(item));

/** Whether the status shows the change that was asked for (already moving or done). */
export function statusShows(write: LostWrite, status: EsaAppStatus): boolean {
  const { request } = write;
  if (status.publishingVersionId !== request.versionId) return false;
  if (write.kind === "rollback") {
    const rolling = status.publishStatus === "rollbacking" || status.publishStatus === "rollbacked";
    return rolling && status.expectPercentage === (write.request.percentage ?? 100);
  }
  const publish = write.request;
  if (publish.env === "staging") return true;
  const publishing = status.publishStatus === "publishing" || status.publishStatus === "published";
  if (!publishing) return false;
  const { target } = publish;
  if (target.by === "percentage") return status.expectPercentage === target.percentage;
  return (
    status.publishType === "region" &&
    (target.fullRelease || sameSet(status.regions, target.regions))
  );
}

/** One line on what an environment runs, for the person. */
export function describeStatus(status: EsaAppStatus): string {
  const where = status.env === "prod" ? "Production" : "Staging";
  if (!status.publishingVersionId) return `${where} has no release.`;
  const share =
    status.publishPercentage === undefined
      ? ""
      : ` at ${status.publishPercentage}%${
          status.expectPercentage !== undefined &&
          status.expectPercentage !== status.publishPercentage
            ? ` of ${status.expectPercentage}%`
            : ""
        }`;
  const state = status.publishStatus || "unknown";
  const baseline = status.baselineVersionId ? ` (baseline ${status.baselineVersionId})` : "";
  return `${where}: ${status.publishingVersionId} ${state}${share}${baseline}.`;
}

export async function reconcileLostAnswer(
  write: LostWrite,
  lost: EsaError,
  readStatus: ReadStatus,
): Promise<ReleaseWriteResult> {
  const env = write.kind === "publish" ? write.request.env : "prod";
  let status: EsaAppStatus;
  try {
    ({ status } = await readStatus(write.request.appId, env));
  } catch {
    // Nothing more is known than before: the lost answer's error (outcome unknown) stands.
    throw lost;
  }
  const applied = statusShows(write, status);
  const what = write.kind === "publish" ? "publish" : "rollback";
  const message = applied
    ? `ESA's answer to the ${what} was lost, but the release status shows it under way. ${describeStatus(status)}`
    : `ESA's answer to the ${what} was lost and the release status does not show it (yet). ${describeStatus(status)} ` +
      "It was not sent again; check the status before trying once more.";
  return { state: "reconciled", applied, status, message, lostAnswer: lost.toPublic() };
}
