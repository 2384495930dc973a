import "server-only";

import { msg } from "@/lib/i18n/message-ref";

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

/** One line on what an environment runs, for the person (a message reference; ESA's publish
 * status word and the version IDs stay as ESA sends them). */
export function describeStatus(status: EsaAppStatus): string {
  const env = status.env === "prod" ? "prod" : "staging";
  if (!status.publishingVersionId) return msg("esa.reconcile.noRelease", { env });
  const { publishPercentage: percent, expectPercentage: expected } = status;
  const share =
    percent === undefined
      ? ""
      : expected !== undefined && expected !== percent
        ? msg("esa.reconcile.shareOf", { percent, expected })
        : msg("esa.reconcile.share", { percent });
  return msg("esa.reconcile.status", {
    env,
    versionId: status.publishingVersionId,
    state: status.publishStatus || msg("esa.reconcile.unknownState"),
    share,
    baseline: status.baselineVersionId
      ? msg("esa.reconcile.baseline", { versionId: status.baselineVersionId })
      : "",
  });
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
  const values = { what: write.kind, status: describeStatus(status) };
  const message = applied
    ? msg("esa.reconcile.applied", values)
    : msg("esa.reconcile.notApplied", values);
  return { state: "reconciled", applied, status, message, lostAnswer: lost.toPublic() };
}
